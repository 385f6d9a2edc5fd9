package org.duban.security;

import org.duban.org.DubanUser;
import org.duban.org.Role;
import org.duban.org.UnitDirectoryService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** User administration, for admins (see SecurityConfig). */
@Controller
@RequestMapping("/admin/users")
class UserController {

    private final UserAdministration administration;
    private final UnitDirectoryService units;

    UserController(UserAdministration administration, UnitDirectoryService units) {
        this.administration = administration;
        this.units = units;
    }

    @GetMapping
    String list(@AuthenticationPrincipal DubanUser admin, Model model) {
        model.addAttribute("users", administration.users(admin));
        model.addAttribute("units", units.allUnits(admin.organisationId()));
        model.addAttribute("roles", Role.values());
        return "security/users";
    }

    @PostMapping
    String create(@ModelAttribute UserForm form, @AuthenticationPrincipal DubanUser admin) {
        administration.create(admin, form);
        return "redirect:/admin/users?saved";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute UserForm form, @AuthenticationPrincipal DubanUser admin) {
        administration.update(admin, id, form);
        return "redirect:/admin/users?saved#user-" + id;
    }

    /** A user lost the phone with their authenticator app: they set it up again at their next login. */
    @PostMapping("/{id}/two-factor/reset")
    String resetTwoFactor(@PathVariable long id, @AuthenticationPrincipal DubanUser admin) {
        administration.resetTwoFactor(admin, id);
        return "redirect:/admin/users?twoFactorReset#user-" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
            @AuthenticationPrincipal DubanUser admin) {
        administration.resetPassword(admin, id, password);
        return "redirect:/admin/users?passwordReset#user-" + id;
    }
}
