package org.duban.security;

import org.duban.org.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final UserAccounts accounts;
    private final FirstAdministrator first;

    LoginController(UserAccounts accounts, FirstAdministrator first) {
        this.accounts = accounts;
        this.first = first;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String slowed, Model model) {
        // the seconds to wait, as LoginGuardFilter put them in the address; anything else typed there is ignored
        if (slowed != null && slowed.matches("\\d{1,5}")) {
            model.addAttribute("slowed", Integer.parseInt(slowed));
        }
        // the demo's password is shown only while it works; the way to the setup page only while it is needed
        model.addAttribute("demo", accounts.demoAccountsEnabled());
        model.addAttribute("setupNeeded", first.needed());
        return "security/login";
    }
}
