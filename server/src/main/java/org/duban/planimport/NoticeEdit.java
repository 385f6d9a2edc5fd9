package org.duban.planimport;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A coordinator's correction of the notice's facts in the preview. */
public record NoticeEdit(String title, String issuer, String docNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate summaryDeadline,
        String theme) {
}
