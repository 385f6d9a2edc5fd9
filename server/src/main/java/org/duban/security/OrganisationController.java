package org.duban.security;

import org.duban.org.DubanUser;
import org.duban.org.OrgLevel;
import org.duban.org.Organisations;
import org.duban.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bureau's place among the levels, for its admins: its own level, the bureau over it, and the bureaus under it,
 * each added here with its first administrator (a city's admin brings in its counties).
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationController {

    private final Organisations organisations;
    private final UserAdministration administration;

    OrganisationController(Organisations organisations, UserAdministration administration) {
        this.organisations = organisations;
        this.administration = administration;
    }

    @GetMapping
    String show(@AuthenticationPrincipal DubanUser admin, Model model) {
        model.addAttribute("org", organisations.find(admin.organisationId()).orElseThrow(NotFound::new));
        model.addAttribute("above", organisations.above(admin.organisationId()));
        model.addAttribute("below", organisations.below(admin.organisationId()));
        model.addAttribute("levels", OrgLevel.values());
        return "security/organisations";
    }

    @PostMapping
    String addLower(@RequestParam(required = false) String name, @RequestParam(required = false) String username,
            @RequestParam(required = false) String displayName, @RequestParam(required = false) String password,
            @AuthenticationPrincipal DubanUser admin) {
        administration.createLowerOrganisation(admin, name, username, displayName, password);
        return "redirect:/admin/organisations?added";
    }

    @PostMapping("/level")
    String setLevel(@RequestParam(required = false) OrgLevel level, @AuthenticationPrincipal DubanUser admin) {
        if (level == null) {
            throw new UserAdministration.Refused("org.error.level");
        }
        organisations.setLevel(admin.organisationId(), level);
        return "redirect:/admin/organisations?saved";
    }
}
