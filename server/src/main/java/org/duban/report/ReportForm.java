package org.duban.report;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report form. {@code formKey} is issued with the form and makes a second submission of it (a double tap, a
 * retry on a weak network) find the report the first one made; {@code reportId} continues a draft or a returned
 * report, and {@code removePhotos} takes photos off it (the commonest reason a report comes back).
 */
public record ReportForm(String formKey, Long reportId, String body,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn, String action, List<Long> removePhotos) {

    public ReportForm {
        removePhotos = removePhotos == null ? List.of() : List.copyOf(removePhotos);
    }

    public ReportForm(String formKey, Long reportId, String body, LocalDate happenedOn, String action) {
        this(formKey, reportId, body, happenedOn, action, List.of());
    }

    public boolean submits() {
        return "submit".equals(action);
    }
}
