package org.duban.planimport;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A coordinator's correction of one row of the preview. When only the time text changed, the window is read again
 * from it; when the dates were changed, they win.
 */
public record TaskEdit(String no, String content, String timeText,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
        List<String> lead, List<String> assist) {

    public TaskEdit {
        lead = lead == null ? List.of() : lead.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        assist = assist == null ? List.of() : assist.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
