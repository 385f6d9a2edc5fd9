package org.duban.report;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report form. {@code formKey} is issued with the form and makes a second submission of it (a double tap, a
 * retry on a weak network) find the report the first one made; {@code reportId} continues a draft or a returned
 * report.
 */
public record ReportForm(String formKey, Long reportId, String body,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn, String action) {

    public boolean submits() {
        return "submit".equals(action);
    }
}
