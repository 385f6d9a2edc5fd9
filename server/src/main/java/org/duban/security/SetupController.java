package org.duban.security;

import org.duban.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The one-time page that creates Duban's first administrator; it does not exist once one does. */
@Controller
@RequestMapping("/setup")
class SetupController {

    private final FirstAdministrator first;

    SetupController(FirstAdministrator first) {
        this.first = first;
    }

    @GetMapping
    String form() {
        if (!first.needed()) {
            throw new NotFound();
        }
        return "security/setup";
    }

    @PostMapping
    String setUp(@ModelAttribute SetupForm form) {
        first.setUp(form);
        return "redirect:/login?setUp";
    }
}
