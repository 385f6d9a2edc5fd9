package org.duban.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A line of the campaign list. */
public record CampaignSummary(long id, String title, String issuer, int year, LocalDate periodStart,
        LocalDate periodEnd, LocalDate summaryDeadline, int activities, int assignments, OffsetDateTime createdAt) {
}
