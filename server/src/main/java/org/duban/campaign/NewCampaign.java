package org.duban.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A confirmed plan, every name already resolved to units: what {@link CampaignService#create} turns into a campaign.
 */
public record NewCampaign(
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
        List<String> reportTo,
        List<NewActivity> activities) {

    public NewCampaign {
        recipients = List.copyOf(recipients);
        references = List.copyOf(references);
        reportTo = List.copyOf(reportTo);
        activities = List.copyOf(activities);
    }

    /**
     * @param timeKind   WINDOW, ONGOING, NONE or UNPARSED, as the reader understood the time text
     * @param leadText   the lead cell as written (names and groups), kept beside the resolved units
     * @param leadUnits  ids of the units that lead, groups expanded
     */
    public record NewActivity(String no, String content, String timeText, String timeKind, LocalDate start,
            LocalDate end, String leadText, String assistText, List<Long> leadUnits, List<Long> assistUnits) {

        public NewActivity {
            leadUnits = List.copyOf(leadUnits);
            assistUnits = List.copyOf(assistUnits);
        }
    }
}
