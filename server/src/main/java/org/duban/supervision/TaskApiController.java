package org.duban.supervision;

import java.time.LocalDate;
import java.util.List;
import org.duban.campaign.UnitRole;
import org.duban.org.DubanUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's unit's assignments with their computed status, most urgent first. */
@RestController
class TaskApiController {

    private final UnitTasks tasks;

    TaskApiController(UnitTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/v1/my/assignments")
    List<Task> mine(@AuthenticationPrincipal DubanUser user) {
        if (user.unitId() == null) {
            return List.of();
        }
        return tasks.of(user.organisationId(), user.unitId()).stream().map(r -> new Task(r.assignment().id(),
                r.assignment().campaignId(), r.assignment().campaignTitle(), r.assignment().activityNo(),
                r.assignment().content(), r.assignment().timeText(), r.assignment().start(), r.assignment().end(),
                r.assignment().role(), r.status())).toList();
    }

    record Task(long id, long campaignId, String campaign, String activityNo, String content, String timeText,
            LocalDate start, LocalDate end, UnitRole role, AssignmentStatus status) {
    }
}
