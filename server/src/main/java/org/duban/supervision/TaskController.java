package org.duban.supervision;

import java.util.List;
import java.util.UUID;
import org.duban.campaign.AssignmentView;
import org.duban.metric.ActivityMetrics;
import org.duban.org.DubanUser;
import org.duban.report.Report;
import org.duban.report.ReportService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 我的任务: a unit member's assignments, and one assignment with its reports and the report form. */
@Controller
class TaskController {

    private final UnitTasks tasks;
    private final ReportService reports;
    private final ActivityMetrics metrics;

    TaskController(UnitTasks tasks, ReportService reports, ActivityMetrics metrics) {
        this.tasks = tasks;
        this.reports = reports;
        this.metrics = metrics;
    }

    @GetMapping("/tasks")
    String list(@AuthenticationPrincipal DubanUser user, Model model) {
        List<TaskRow> rows = user.unitId() == null ? List.of() : tasks.of(user.organisationId(), user.unitId());
        java.util.Map<Long, String> campaigns = new java.util.LinkedHashMap<>();
        rows.forEach(r -> campaigns.putIfAbsent(r.assignment().campaignId(), r.assignment().campaignTitle()));
        model.addAttribute("rows", rows);
        model.addAttribute("campaigns", campaigns);
        return "supervision/tasks";
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        AssignmentView assignment = reports.assignment(user, id);
        List<Report> history = reports.ofAssignment(user, id);
        model.addAttribute("row", tasks.row(assignment));
        model.addAttribute("reports", history);
        model.addAttribute("closing", reports.closingOf(assignment.activityId()).orElse(null));
        model.addAttribute("canWrite", user.actsFor(assignment.unitId()) && assignment.takesReports());
        // the report being written: a draft or a returned report is continued, else a new one
        model.addAttribute("editing", history.stream().filter(r -> r.state().editable()).findFirst().orElse(null));
        model.addAttribute("formKey", UUID.randomUUID().toString());
        // the report form asks only for the counts this activity is counted in
        model.addAttribute("asked", metrics.ofActivity(assignment.activityId()));
        model.addAttribute("partners", reports.partners(user, assignment));
        model.addAttribute("maxPhotoMb", reports.maxPhotoBytes() / 1024 / 1024);
        return "supervision/task";
    }
}
