package org.duban.ledger;

import java.time.OffsetDateTime;

/**
 * An export that was handed out: what it was, who made it when, the cut-off it counted to, the hash of the data in
 * it (the same for the same cut-off) and of the file itself.
 */
public record ExportRecord(long id, String kind, String madeBy, OffsetDateTime madeAt, OffsetDateTime asOf,
        String dataSha256, String fileSha256, long sizeBytes) {

    public boolean workbook() {
        return Kind.WORKBOOK.name().equals(kind);
    }

    /** A workbook (台账) or a report package (上报包). */
    public enum Kind { WORKBOOK, PACKAGE }
}
