package org.duban.notify;

import org.duban.org.DubanUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bell and its list, and the coordinator's 催办 button. */
@Controller
class NotifyController {

    private final Notifications notifications;
    private final Reminders reminders;

    NotifyController(Notifications notifications, Reminders reminders) {
        this.notifications = notifications;
        this.reminders = reminders;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("items", notifications.readAll(user));
        return "notify/list";
    }

    @PostMapping("/tasks/{id}/urge")
    String urge(@PathVariable long id, @RequestParam(required = false) String message,
            @AuthenticationPrincipal DubanUser user) {
        reminders.urge(user, id, message);
        return "redirect:/tasks/" + id + "?urged";
    }

    @PostMapping("/campaigns/{campaignId}/units/{unitId}/urge")
    String urgeUnit(@PathVariable long campaignId, @PathVariable long unitId,
            @RequestParam(required = false) String message, @AuthenticationPrincipal DubanUser user) {
        reminders.urgeUnit(user, campaignId, unitId, message);
        return "redirect:/campaigns/" + campaignId + "/dashboard?urged";
    }

    /** Every page's bell shows how many notifications the user's unit has that they have not read. */
    @ControllerAdvice
    static class Bell {

        private final Notifications notifications;

        Bell(Notifications notifications) {
            this.notifications = notifications;
        }

        @ModelAttribute("unread")
        int unread(@AuthenticationPrincipal DubanUser user) {
            return user == null ? 0 : notifications.unread(user);
        }
    }
}
