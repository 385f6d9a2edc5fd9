package org.duban.org;

import org.duban.org.DubanUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The unit directory in the browser: coordinators add units, set kinds and aliases, retire units. */
@Controller
@RequestMapping("/units")
class UnitController {

    private final UnitDirectoryService directory;

    UnitController(UnitDirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping
    String list(@AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("units", directory.allUnits(user.organisationId()));
        model.addAttribute("groups", directory.directoryOf(user.organisationId()).groupNames());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("channels", directory.channels(user.organisationId()));
        return "org/units";
    }

    @PostMapping
    String add(@ModelAttribute UnitForm form, @AuthenticationPrincipal DubanUser user) {
        directory.addUnit(user.id(), user.organisationId(), form.name(), form.kindOrOther(), form.aliasList());
        return "redirect:/units?saved";
    }

    /** A blank secret keeps the one stored: secrets are never shown back. */
    @PostMapping("/{id}/channels")
    String channels(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(required = false) String email,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String webhookKind,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String webhookUrl,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String webhookSecret,
            @AuthenticationPrincipal DubanUser user) {
        UnitChannels old = directory.channels(user.organisationId()).get(id);
        String secret = webhookSecret == null || webhookSecret.isBlank() ? (old == null ? null : old.webhookSecret()) : webhookSecret;
        directory.setChannels(user.id(), user.organisationId(), id, email, webhookKind, webhookUrl, secret);
        return "redirect:/units?saved#unit-" + id;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute UnitForm form, @AuthenticationPrincipal DubanUser user) {
        directory.updateUnit(user.id(), user.organisationId(), id, form.name(), form.kindOrOther(),
                form.active() == null || form.active(), form.aliasList());
        return "redirect:/units?saved#unit-" + id;
    }
}
