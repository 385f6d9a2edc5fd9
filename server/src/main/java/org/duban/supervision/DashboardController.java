package org.duban.supervision;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.duban.metric.MetricTotals;
import org.duban.org.DubanUser;
import org.duban.report.ReportService;
import tools.jackson.databind.json.JsonMapper;
import org.duban.org.UnitKind;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's (and, read-only, the leader's) dashboard of a campaign. */
@Controller
class DashboardController {

    private final CampaignDashboards dashboards;
    private final ReportService reports;
    private final JsonMapper json;
    private final MetricTotals counts;
    private final MessageSource messages;

    DashboardController(CampaignDashboards dashboards, ReportService reports, JsonMapper json, MetricTotals counts,
            MessageSource messages) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.json = json;
        this.counts = counts;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{id}/dashboard")
    String show(@PathVariable long id, @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) AssignmentStatus status, @AuthenticationPrincipal DubanUser user,
            HttpServletRequest request, Locale locale, Model model) {
        Dashboard d = dashboards.of(user.organisationId(), id, kind, status);
        model.addAttribute("d", d);
        model.addAttribute("matrixRows", DashboardHtml.matrixRows(d, request.getContextPath()));
        Function<LocalDate, String> endsOn = endsOn(locale);
        model.addAttribute("overdueByUnit", late(d.overdueByUnit(), request.getContextPath(), endsOn));
        model.addAttribute("dueSoonByUnit", late(d.dueSoonByUnit(), request.getContextPath(), endsOn));
        model.addAttribute("charts", true);
        List<ReportService.DayCount> days = reports.progressByDay(user.organisationId(), id);
        model.addAttribute("chartData", json.writeValueAsString(chartData(d, days)));
        model.addAttribute("hasReports", !days.isEmpty());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("statuses", AssignmentStatus.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("counts", counts.ofCampaign(user.organisationId(), id));
        return "supervision/dashboard";
    }

    /** A unit's late assignments, its list already written (DashboardHtml). */
    record LateGroup(Dashboard.UnitLate unit, String itemsHtml) {
    }

    private static List<LateGroup> late(List<Dashboard.UnitLate> units, String contextPath,
            Function<LocalDate, String> endsOn) {
        return units.stream().map(u -> new LateGroup(u, DashboardHtml.lateItems(u.items(), contextPath, endsOn)))
                .toList();
    }

    /** "9月30日截止" as the page's language says it; a campaign has few distinct deadlines, so each is worded once. */
    private Function<LocalDate, String> endsOn(Locale locale) {
        DateTimeFormatter monthDay = DateTimeFormatter.ofPattern(messages.getMessage("format.monthDay", null, locale),
                locale);
        Map<LocalDate, String> worded = new HashMap<>();
        return day -> worded.computeIfAbsent(day,
                d -> messages.getMessage("dashboard.endsOn", new Object[] {monthDay.format(d)}, locale));
    }

    /** What the two charts draw: each unit's assignments by status, and reports submitted and accepted over time. */
    private static Map<String, Object> chartData(Dashboard d, List<ReportService.DayCount> days) {
        List<String> names = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        List<Integer> reported = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        List<Integer> dueSoon = new ArrayList<>();
        List<Integer> overdue = new ArrayList<>();
        for (Dashboard.UnitScore u : d.ranking()) {
            names.add(u.name());
            done.add(u.done());
            reported.add(u.reported());
            dueSoon.add(u.dueSoon());
            overdue.add(u.overdue());
            open.add(u.total() - u.done() - u.reported() - u.dueSoon() - u.overdue());
        }
        Map<String, int[]> byDay = new TreeMap<>();
        for (ReportService.DayCount c : days) {
            int[] n = byDay.computeIfAbsent(c.day().toString(), k -> new int[2]);
            n[c.action().equals("ACCEPTED") ? 1 : 0] += c.count();
        }
        List<String> dates = new ArrayList<>(byDay.keySet());
        List<Integer> submitted = new ArrayList<>();
        List<Integer> accepted = new ArrayList<>();
        int s = 0;
        int a = 0;
        for (int[] n : byDay.values()) {
            submitted.add(s += n[0]);
            accepted.add(a += n[1]);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("units", names);
        data.put("done", done);
        data.put("reported", reported);
        data.put("open", open);
        data.put("dueSoon", dueSoon);
        data.put("overdue", overdue);
        data.put("days", dates);
        data.put("submitted", submitted);
        data.put("accepted", accepted);
        return data;
    }
}
