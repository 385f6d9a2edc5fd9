package org.duban.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A confirmed plan, every name already resolved to units: what {@link CampaignService#create} turns into a campaign.
 */
public record NewCampaign(CampaignNotice notice, List<NewActivity> activities) {

    public NewCampaign {
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
