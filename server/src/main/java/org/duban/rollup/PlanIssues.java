package org.duban.rollup;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignNotice;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.org.OrgDirectory;
import org.duban.org.Organisation;
import org.duban.org.Organisations;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UnitName;
import org.duban.planimport.ImportService;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.TaskDraft;
import org.duban.planreader.Warning;
import org.duban.planreader.time.TimeKind;
import org.duban.planreader.unit.UnitNames;
import org.duban.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 下发: a bureau issues its plan to the bureaus directly under it. Each gets the plan as a draft on its 导入 page to
 * review as it would a notice it had read in: the activities, their windows and the upper plan's period, summary
 * deadline and requirements; of the units, those its own directory knows by the same name (各市场监督管理所 is its own
 * stations), the rest for its coordinator to fill in from its own division of work. Confirmed, the draft becomes the
 * lower bureau's campaign, linked to the plan it was issued from; the upper bureau sees who has it waiting and who has
 * taken it up.
 */
@Service
public class PlanIssues {

    /** Where a bureau below stands with the plan. */
    public enum State {
        /** Not issued to it, and it has no campaign linked to the plan. */
        NOT_ISSUED,
        /** Issued, its draft not yet confirmed. */
        WAITING,
        /** It has a campaign linked to the plan: the one issued, or one it made from its own notice. */
        TAKEN_UP
    }

    /** A bureau directly below, with its state and, once taken up, its campaign. */
    public record Lower(long organisationId, String organisation, State state, OffsetDateTime issuedAt,
            Long campaignId, String campaignTitle) {
    }

    private final JdbcClient jdbc;
    private final CampaignService campaigns;
    private final Organisations organisations;
    private final UnitDirectoryService units;
    private final ImportService imports;
    private final ApplicationEventPublisher events;

    PlanIssues(JdbcClient jdbc, CampaignService campaigns, Organisations organisations, UnitDirectoryService units,
            ImportService imports, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.units = units;
        this.imports = imports;
        this.events = events;
    }

    /** The bureaus directly under the user's, by name, each with where it stands with this campaign. */
    @Transactional(readOnly = true)
    public List<Lower> lowerOf(DubanUser user, long campaignId) {
        // the activities only: whose campaign it is, without reading its assignments
        campaigns.outline(user.organisationId(), campaignId).orElseThrow(NotFound::new);
        return lower(user.organisationId(), campaignId);
    }

    /** A campaign a bureau below has linked to this one: the first it made. */
    private record Linked(long campaignId, String title) {
    }

    private List<Lower> lower(long organisationId, long campaignId) {
        List<Organisation> below = organisations.below(organisationId);
        if (below.isEmpty()) {
            return List.of();
        }
        Map<Long, Linked> linked = new HashMap<>();
        jdbc.sql("select organisation_id, id, title from campaign where upstream_campaign_id = ? order by id")
                .param(campaignId)
                .query((rs, n) -> linked.putIfAbsent(rs.getLong(1), new Linked(rs.getLong(2), rs.getString(3))))
                .list();
        Map<Long, OffsetDateTime> waiting = new HashMap<>();
        jdbc.sql("""
                        select organisation_id, created_at from plan_draft
                        where issued_from_campaign_id = ? and confirmed_campaign_id is null order by created_at""")
                .param(campaignId)
                .query((rs, n) -> waiting.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)))
                .list();
        List<Lower> lower = new ArrayList<>();
        for (Organisation o : below) {
            Linked c = linked.get(o.id());
            if (c != null) {
                lower.add(new Lower(o.id(), o.name(), State.TAKEN_UP, null, c.campaignId(), c.title()));
            } else if (waiting.containsKey(o.id())) {
                lower.add(new Lower(o.id(), o.name(), State.WAITING, waiting.get(o.id()), null, null));
            } else {
                lower.add(new Lower(o.id(), o.name(), State.NOT_ISSUED, null, null, null));
            }
        }
        return lower;
    }

    /**
     * Issues the coordinator's campaign to every bureau directly under theirs that has neither a draft of it waiting
     * nor a campaign linked to it; returns how many got one.
     *
     * @throws RollupRefused for anyone but a coordinator, an archived campaign, or a bureau with none under it
     */
    @Transactional
    public int issue(DubanUser coordinator, long campaignId) {
        if (!coordinator.canCoordinate()) {
            throw new RollupRefused("rollup.issue.notCoordinator");
        }
        // the plan's activities with their units as written: the lower bureau's own units are found from those
        Campaign campaign = campaigns.outline(coordinator.organisationId(), campaignId).orElseThrow(NotFound::new);
        if (campaign.archived()) {
            throw new RollupRefused("rollup.issue.archived");
        }
        List<Lower> lower = lower(coordinator.organisationId(), campaignId);
        if (lower.isEmpty()) {
            throw new RollupRefused("rollup.issue.noLower");
        }
        String issuer = organisations.find(coordinator.organisationId()).map(Organisation::name).orElseThrow();
        List<String> issuedTo = new ArrayList<>();
        for (Lower l : lower) {
            if (l.state() == State.NOT_ISSUED) {
                PlanDraft draft = draftFor(campaign, issuer, l.organisation(), units.directoryOf(l.organisationId()));
                imports.keepIssued(l.organisationId(), coordinator.id(), issuer, draft, campaignId);
                issuedTo.add(l.organisation());
            }
        }
        if (!issuedTo.isEmpty()) {
            events.publishEvent(new PlanIssued(coordinator.organisationId(), coordinator.id(), campaignId, issuedTo));
        }
        return issuedTo.size();
    }

    /**
     * The plan as a draft for a bureau below: issued by that bureau (its plan carries out this one, citing its 文号),
     * reporting to the issuing bureau, with only the units that bureau's directory knows.
     */
    static PlanDraft draftFor(Campaign campaign, String issuer, String lower, OrgDirectory directory) {
        CampaignNotice n = campaign.notice();
        List<TaskDraft> tasks = new ArrayList<>();
        for (Campaign.Activity a : campaign.activities()) {
            List<String> lead = known(a.leadText(), directory);
            List<String> assist = new ArrayList<>(known(a.assistText(), directory));
            assist.removeAll(lead);
            tasks.add(new TaskDraft(a.no(), a.content(), a.timeText(), a.start(), a.end(),
                    a.timeKind() == null ? TimeKind.NONE : TimeKind.valueOf(a.timeKind()), lead, assist, List.of(),
                    null));
        }
        PlanDraft.Period period = n.periodText() == null && n.periodStart() == null && n.periodEnd() == null ? null
                : new PlanDraft.Period(n.periodText(), n.periodStart(), n.periodEnd());
        return new PlanDraft(n.title(), lower, null, null, n.year(), List.of(),
                n.docNumber() == null ? List.of() : List.of(n.docNumber()), n.disclosure(), n.theme(), period, null,
                n.summaryDeadline(), List.of(issuer), n.requirements(), tasks,
                List.of(new Warning(ImportService.ISSUED_FROM_ABOVE, issuer, "notice")),
                new PlanDraft.Reading(ImportService.ISSUED_FINDER, 1, List.of(), List.of(), List.of(), null));
    }

    /** The names in a unit cell that the directory resolves to units of its own. */
    private static List<String> known(String text, OrgDirectory directory) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return UnitNames.split(text).stream().filter(name -> {
            UnitName resolved = directory.resolve(name);
            return !(resolved instanceof UnitName.Unknown) && !resolved.units().isEmpty();
        }).toList();
    }
}
