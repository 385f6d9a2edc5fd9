package org.duban.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.UnitRole;
import org.springframework.stereotype.Component;

/**
 * A unit's assignments as an iCalendar (RFC 5545) feed: one all-day event per window, one per summary deadline.
 * Text is escaped and lines are folded at 75 octets without splitting a UTF-8 character.
 */
@Component
class UnitCalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Clock clock;

    UnitCalendar(Clock clock) {
        this.clock = clock;
    }

    String of(String unitName, List<TaskRow> rows, String baseUrl) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Duban//督办//ZH");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text("督办 · " + unitName));
        String stamp = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).format(STAMP);
        Map<Long, AssignmentView> deadlines = new LinkedHashMap<>();
        for (TaskRow row : rows) {
            AssignmentView a = row.assignment();
            if (a.summaryDeadline() != null) {
                deadlines.putIfAbsent(a.campaignId(), a);
            }
            if (a.start() == null && a.end() == null) {
                continue;
            }
            LocalDate first = a.start() != null ? a.start() : a.end();
            LocalDate last = a.end() != null ? a.end() : a.start();
            event(ics, "assignment-" + a.id() + "@duban", stamp, first, last,
                    (a.role() == UnitRole.LEAD ? "【牵头】" : "【协助】") + a.activityNo() + ". " + a.content(),
                    a.campaignTitle() + "\n时间：" + a.timeText() + "\n" + baseUrl + "/tasks/" + a.id());
        }
        for (AssignmentView a : deadlines.values()) {
            event(ics, "summary-" + a.campaignId() + "@duban", stamp, a.summaryDeadline(), a.summaryDeadline(),
                    "【总结截止】" + a.campaignTitle(), "请于当日前报送活动总结及相关图片。\n" + baseUrl + "/tasks");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void event(StringBuilder ics, String uid, String stamp, LocalDate first, LocalDate last,
            String summary, String description) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + first.format(DATE));
        line(ics, "DTEND;VALUE=DATE:" + last.plusDays(1).format(DATE)); // all-day events end the day after
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "DESCRIPTION:" + text(description));
        line(ics, "END:VEVENT");
    }

    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** Appends a content line, folded at 75 octets (RFC 5545 §3.1) on character boundaries. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
