package org.duban.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String slowed, Model model) {
        // the seconds to wait, as LoginGuardFilter put them in the address; anything else typed there is ignored
        if (slowed != null && slowed.matches("\\d{1,5}")) {
            model.addAttribute("slowed", Integer.parseInt(slowed));
        }
        return "security/login";
    }
}
