package org.duban.report;

/** Where a report is: being written, waiting for review, sent back with a comment, or accepted. */
public enum ReportState {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Only a draft or a returned report can still be changed by its unit. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "report.state." + name();
    }
}
