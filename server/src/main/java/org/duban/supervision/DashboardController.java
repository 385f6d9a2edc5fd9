package org.duban.supervision;

import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.duban.metric.MetricTotals;
import org.duban.org.DubanUser;
import org.duban.report.ReportService;
import org.duban.org.UnitKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The coordinator's (and, read-only, the leader's) dashboard of a campaign. */
@Controller
class DashboardController {

    private final CampaignDashboards dashboards;
    private final ReportService reports;
    private final JsonMapper json;
    private final MetricTotals counts;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration refresh;
    private final long idleSeconds;

    DashboardController(CampaignDashboards dashboards, ReportService reports, JsonMapper json, MetricTotals counts,
            MessageSource messages, Clock clock, SupervisionProperties properties,
            @Value("${server.servlet.session.timeout:30m}") Duration sessionIdleLimit) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.json = json;
        this.counts = counts;
        this.messages = messages;
        this.clock = clock;
        this.refresh = properties.dashboardRefresh();
        // a page left alone stops asking well before the session would end, so polling never keeps a session alive
        this.idleSeconds = Math.max(60, sessionIdleLimit.toSeconds() - 2 * Math.max(1, refresh.toSeconds()) - 60);
    }

    /**
     * The dashboard. An open one asks again every {@code duban.supervision.dashboard-refresh} with the stamp of what it
     * shows ({@code since}): the answer is 204 when nothing it shows has changed, else the page, from which the browser
     * takes the parts that change (htmx).
     */
    @GetMapping("/campaigns/{id}/dashboard")
    Object show(@PathVariable long id, @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) AssignmentStatus status, @RequestParam(required = false) String since,
            @AuthenticationPrincipal DubanUser user, HttpServletRequest request, Locale locale, Model model) {
        Dashboard d = dashboards.of(user.organisationId(), id, kind, status);
        List<ReportService.DayCount> days = reports.progressByDay(user.organisationId(), id);
        MetricTotals.CampaignCounts totals = counts.ofCampaign(user.organisationId(), id);
        String stamp = stamp(d, days, totals);
        if (stamp.equals(since)) {
            return ResponseEntity.noContent().build();
        }
        model.addAttribute("stamp", stamp);
        model.addAttribute("refreshSeconds", Math.max(1, refresh.toSeconds()));
        model.addAttribute("idleSeconds", idleSeconds);
        model.addAttribute("shownAt", LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("d", d);
        model.addAttribute("matrixRows", DashboardHtml.matrixRows(d, request.getContextPath()));
        Function<LocalDate, String> endsOn = endsOn(locale);
        model.addAttribute("overdueByUnit", late(d.overdueByUnit(), request.getContextPath(), endsOn));
        model.addAttribute("dueSoonByUnit", late(d.dueSoonByUnit(), request.getContextPath(), endsOn));
        model.addAttribute("charts", true);
        model.addAttribute("chartData", json.writeValueAsString(chartData(d, days)));
        model.addAttribute("hasReports", !days.isEmpty());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("statuses", AssignmentStatus.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("counts", totals);
        return "supervision/dashboard";
    }

    /**
     * A digest of everything the dashboard shows (cells, counts, lists, charts, counted results, today's date): the
     * same on every node for the same data, so a browser polling through a balancer is not sent pages for nothing.
     */
    private String stamp(Dashboard d, List<ReportService.DayCount> days, MetricTotals.CampaignCounts totals) {
        try {
            // digested as it is written: the page's whole state is never held as bytes
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), sha), List.of(d, days, totals));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
