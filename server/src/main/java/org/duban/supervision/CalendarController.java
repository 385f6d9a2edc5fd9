package org.duban.supervision;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.duban.org.DubanUser;
import org.duban.org.Unit;
import org.duban.org.UnitDirectoryService;
import org.duban.web.NotFound;
import org.duban.web.PublicSite;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A unit's calendar: the feed itself (no login, its address is the secret) and the page where a member finds the
 * address or replaces it with a new one.
 */
@Controller
class CalendarController {

    private final UnitDirectoryService units;
    private final UnitTasks tasks;
    private final UnitCalendar calendar;
    private final ApplicationEventPublisher events;
    private final PublicSite site;

    CalendarController(UnitDirectoryService units, UnitTasks tasks, UnitCalendar calendar,
            ApplicationEventPublisher events, PublicSite site) {
        this.events = events;
        this.site = site;
        this.units = units;
        this.tasks = tasks;
        this.calendar = calendar;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request) {
        long[] unit = units.unitOfCalendarToken(token).orElseThrow(NotFound::new);
        Unit u = units.unit(unit[0], unit[1]).orElseThrow(NotFound::new);
        String ics = calendar.of(u.name(), tasks.of(unit[0], unit[1]), base(request));
        events.publishEvent(new CalendarAccessed(unit[0], unit[1], u.name(), null, "FETCHED"));
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header("Cache-Control", "private, max-age=900").body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/tasks/calendar")
    String page(@AuthenticationPrincipal DubanUser user, HttpServletRequest request, org.springframework.ui.Model model) {
        if (user.unitId() == null) {
            throw new NotFound();
        }
        model.addAttribute("feed", base(request) + "/calendar/" + units.calendarToken(user.organisationId(), user.unitId(), false) + ".ics");
        events.publishEvent(new CalendarAccessed(user.organisationId(), user.unitId(), unitName(user), user.id(), "SHOWN"));
        return "supervision/calendar";
    }

    @PostMapping("/tasks/calendar")
    String renew(@AuthenticationPrincipal DubanUser user) {
        if (user.unitId() == null || !user.actsFor(user.unitId())) {
            throw new NotFound();
        }
        units.calendarToken(user.organisationId(), user.unitId(), true);
        events.publishEvent(new CalendarAccessed(user.organisationId(), user.unitId(), unitName(user), user.id(), "RENEWED"));
        return "redirect:/tasks/calendar?renewed";
    }

    private String unitName(DubanUser user) {
        return units.unit(user.organisationId(), user.unitId()).map(Unit::name).orElse("");
    }

    private String base(HttpServletRequest request) {
        return site.baseFor(request);
    }
}
