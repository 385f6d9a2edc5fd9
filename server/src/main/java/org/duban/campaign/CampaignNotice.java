package org.duban.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * What the notice says about the campaign as a whole: the notice's own facts (issuer, 文号, date, recipients, the
 * upstream documents it implements, disclosure) and the plan's (title, theme, period, requirements, contact, the
 * summary deadline and to whom units report).
 */
public record CampaignNotice(
        String title,
        String issuer,
        String docNumber,
        LocalDate issuedOn,
        int year,
        List<String> recipients,
        List<String> references,
        String disclosure,
        String theme,
        String periodText,
        LocalDate periodStart,
        LocalDate periodEnd,
        String requirements,
        String contactName,
        String contactPhone,
        LocalDate summaryDeadline,
        List<String> reportTo) {

    public CampaignNotice {
        recipients = List.copyOf(recipients);
        references = List.copyOf(references);
        reportTo = List.copyOf(reportTo);
    }
}
