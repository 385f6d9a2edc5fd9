package org.duban.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report form. {@code formKey} is issued with the form and makes a second submission of it (a double tap, a
 * retry on a weak network) find the report the first one made; {@code reportId} continues a draft or a returned
 * report, and {@code removePhotos} takes photos off it (the commonest reason a report comes back).
 *
 * <p>{@code counts} are the activity's counts as typed ({@code counts[metricId]=500}); null when the form has no
 * counts at all (an older API client), which leaves the report's counts as they are. {@code jointWith} is the unit
 * whose report carries the numbers of an event both held ("与XX联合开展，数字已由对方填报").
 * Serializable: a refused form waits in the session (a flash attribute) to be shown again, on whichever node.
 */
public record ReportForm(String formKey, Long reportId, String body,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn, String action, List<Long> removePhotos,
        Map<Long, String> counts, Long jointWith) implements Serializable {

    public ReportForm {
        removePhotos = removePhotos == null ? List.of() : List.copyOf(removePhotos);
    }

    public ReportForm(String formKey, Long reportId, String body, LocalDate happenedOn, String action) {
        this(formKey, reportId, body, happenedOn, action, List.of(), null, null);
    }

    /** The count typed for a metric, to put back into a refused form. */
    public String typedCount(long metricId) {
        return counts == null ? null : counts.get(metricId);
    }

    public boolean submits() {
        return "submit".equals(action);
    }
}
