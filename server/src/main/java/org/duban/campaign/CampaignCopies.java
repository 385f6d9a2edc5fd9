package org.duban.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.org.DubanUser;
import org.duban.org.OrgDirectory;
import org.duban.org.UnitDirectoryService;
import org.duban.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Next year's campaign from this year's: the same activities with every date moved by whole years (29 February
 * becomes the 28th), the year in the title, theme, period and times written anew, the same units where they are still
 * in the directory, and the counts asked with their targets (through {@link CampaignCopied}). What belongs to this
 * year's notice only is left for the new one: its 文号, date and the upstream documents it cites.
 */
@Service
public class CampaignCopies {

    static final int EARLIEST_YEAR = 2000;
    static final int LATEST_YEAR = 2100;

    private final CampaignService campaigns;
    private final UnitDirectoryService units;
    private final ApplicationEventPublisher events;

    CampaignCopies(CampaignService campaigns, UnitDirectoryService units, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.units = units;
        this.events = events;
    }

    /** The copy, and the units it could not take over (no longer in the directory). */
    public record Copy(long campaignId, List<String> unitsLeftOut) {
    }

    /**
     * @throws CampaignRuleBroken for anyone but a coordinator, or a year outside 2000–2100 or the campaign's own
     */
    @Transactional
    public Copy copy(DubanUser user, long campaignId, int year) {
        if (!user.canCoordinate()) {
            throw new CampaignRuleBroken("campaign.error.notCoordinator");
        }
        Campaign from = campaigns.find(user.organisationId(), campaignId).orElseThrow(NotFound::new);
        CampaignNotice n = from.notice();
        if (year < EARLIEST_YEAR || year > LATEST_YEAR || year == n.year()) {
            throw new CampaignRuleBroken("campaign.copy.badYear", String.valueOf(n.year()));
        }
        int years = year - n.year();
        OrgDirectory directory = units.directoryOf(user.organisationId());
        Set<String> leftOut = new LinkedHashSet<>();
        List<NewCampaign.NewActivity> activities = new ArrayList<>();
        for (Campaign.Activity a : from.activities()) {
            List<Long> leads = new ArrayList<>();
            List<Long> assists = new ArrayList<>();
            for (Campaign.Assignment s : a.assignments()) {
                if (directory.unit(s.unitId()).isEmpty()) {
                    leftOut.add(s.unitName());
                } else {
                    (s.role() == UnitRole.LEAD ? leads : assists).add(s.unitId());
                }
            }
            activities.add(new NewCampaign.NewActivity(a.no(), years(a.content(), n.year(), year),
                    years(a.timeText(), n.year(), year), a.timeKind(), shift(a.start(), years), shift(a.end(), years),
                    a.leadText(), a.assistText(), leads, assists));
        }
        CampaignNotice copy = new CampaignNotice(years(n.title(), n.year(), year), n.issuer(), null, null, year,
                n.recipients(), List.of(), n.disclosure(), years(n.theme(), n.year(), year),
                years(n.periodText(), n.year(), year), shift(n.periodStart(), years), shift(n.periodEnd(), years),
                years(n.requirements(), n.year(), year), n.contactName(), n.contactPhone(),
                shift(n.summaryDeadline(), years), n.reportTo());
        long to = campaigns.create(user.organisationId(), user.id(), new NewCampaign(copy, activities));
        Campaign made = campaigns.find(user.organisationId(), to).orElseThrow();
        Map<Long, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < from.activities().size(); i++) {
            map.put(from.activities().get(i).id(), made.activities().get(i).id());
        }
        events.publishEvent(new CampaignCopied(user.organisationId(), campaignId, to, user.id(), map));
        return new Copy(to, List.copyOf(leftOut));
    }

    static LocalDate shift(LocalDate d, int years) {
        return d == null ? null : d.plusYears(years);
    }

    /**
     * The plan's years written as the new ones: its own year and the next (a period running into January), as 2020年
     * or a bare 2020, moved by the same number of years; not a year inside a longer number, nor one in a 文号's
     * brackets (〔2020〕133号 cites last year's document as it was).
     */
    static String years(String text, int from, int to) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            m.appendReplacement(out, y == from || y == from + 1 ? String.valueOf(y + to - from) : m.group());
        }
        return m.appendTail(out).toString();
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![0-9〔\\[(（])[12][0-9]{3}(?![0-9])");
}
