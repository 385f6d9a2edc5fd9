package org.duban.rollup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.org.DubanUser;
import org.duban.supervision.CampaignDashboards;
import org.duban.supervision.Dashboard;
import org.duban.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upper bureau's view of the campaigns that carry out one of its own: each lower bureau's standing (its own
 * campaign and, further down, those of the bureaus under it), by the dashboard's rules for all of them at once
 * ({@link Standings}) so that the numbers are the ones each lower bureau sees, ranked as a 通报 ranks them.
 */
@Service
public class Rollups {

    /** National → province → city → county: deeper than this is a loop someone made in the data. */
    private static final int MAX_DEPTH = 4;

    /** A campaign one level down, with its standing and that of the campaigns under it. */
    public record Lower(long campaignId, long organisationId, String organisation, String title, boolean shared,
            Standing own, Standing withLower, int lowerCampaigns) {
    }

    /**
     * The view: this campaign's own standing, the lower ones ranked, and their total; {@code furtherAsOf} is when
     * the campaigns two levels down and further were counted (HH:mm), null without any.
     */
    public record Rollup(long campaignId, String title, LocalDate today, Standing own, List<Lower> ranked,
            Standing lowerTotal, String furtherAsOf, int furtherCounting) {

        /** The best first: completion, then on time, then the fewest overdue. */
        static final Comparator<Lower> RANK = Comparator.comparingInt((Lower l) -> l.withLower().completion()).reversed()
                .thenComparing(l -> l.withLower().onTimeRate() == null ? -1 : l.withLower().onTimeRate(),
                        Comparator.reverseOrder())
                .thenComparingInt(l -> l.withLower().overdue())
                .thenComparing(Lower::organisation);
    }

    /**
     * The lower campaigns' progress in the words of a 通报: the totals, who leads and who lags, who has not handed in
     * summaries. Empty without lower campaigns.
     */
    public static String bulletin(Rollup r) {
        if (r.ranked().isEmpty()) {
            return "";
        }
        Standing t = r.lowerTotal();
        StringBuilder text = new StringBuilder();
        text.append(String.format("截至%d月%d日，%d个下级单位共部署活动%d项、任务%d项，已完成%d项，已报送待审核%d项，完成率%d%%",
                r.today().getMonthValue(), r.today().getDayOfMonth(), r.ranked().size(), t.activities(), t.assignments(),
                t.done(), t.reported(), t.completion()));
        if (t.onTimeRate() != null) {
            text.append("；已到期任务").append(t.due()).append("项，按时报送率").append(t.onTimeRate()).append('%');
        }
        text.append('。');
        if (r.ranked().size() >= 2) {
            int n = Math.min(3, r.ranked().size() / 2);
            List<Lower> top = r.ranked().subList(0, n);
            List<Lower> bottom = r.ranked().subList(r.ranked().size() - n, r.ranked().size()).stream()
                    .filter(l -> l.withLower().completion() < t.completion() || l.withLower().overdue() > 0).toList();
            text.append("其中，").append(names(top)).append("进度靠前");
            if (!bottom.isEmpty()) {
                text.append("；").append(names(bottom)).append("进度滞后，逾期未报送任务")
                        .append(bottom.stream().mapToInt(l -> l.withLower().overdue()).sum()).append("项，请抓紧推进");
            }
            text.append('。');
        }
        List<Lower> noSummary = r.ranked().stream()
                .filter(l -> l.withLower().summaryUnits() > l.withLower().summariesIn()).toList();
        if (!noSummary.isEmpty() && r.ranked().stream().anyMatch(l -> l.withLower().summariesIn() > 0)) {
            text.append(names(noSummary)).append("尚有单位未报送活动总结。");
        }
        return text.toString();
    }

    private static String names(List<Lower> lower) {
        return String.join("、", lower.stream().map(Lower::organisation).toList());
    }

    /** A lower campaign as the upper bureau may look into it. */
    public record LowerView(Lower lower, Dashboard dashboard) {
    }

    private final JdbcClient jdbc;
    private final CampaignDashboards dashboards;
    private final Standings standings;
    private final Clock clock;

    Rollups(JdbcClient jdbc, CampaignDashboards dashboards, Standings standings, Clock clock) {
        this.jdbc = jdbc;
        this.dashboards = dashboards;
        this.standings = standings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Rollup of(DubanUser user, long campaignId) {
        String title = jdbc.sql("select title from campaign where id = ? and organisation_id = ?")
                .params(campaignId, user.organisationId()).query(String.class).optional().orElseThrow(NotFound::new);
        Tree tree = tree(campaignId, user.organisationId());
        // this campaign and those directly below, live; those further down as recently counted
        Map<Long, Long> near = new HashMap<>();
        near.put(campaignId, user.organisationId());
        tree.lowerOf(campaignId).forEach(id -> near.put(id, tree.organisationOf().get(id)));
        Map<Long, Long> further = new HashMap<>(tree.organisationOf());
        further.keySet().removeAll(near.keySet());
        Map<Long, Standing> standings = new HashMap<>(this.standings.of(near));
        String furtherAsOf = null;
        int furtherCounting = 0;
        if (!further.isEmpty()) {
            Standings.Recent recent = this.standings.recent(further);
            standings.putAll(recent.standings());
            furtherAsOf = DateTimeFormatter.ofPattern("HH:mm")
                    .format(recent.oldest().atZone(clock.getZone()));
            furtherCounting = recent.counting();
        }
        List<Lower> lower = new ArrayList<>(tree.lowerOf(campaignId).stream().map(id -> row(id, tree, standings)).toList());
        lower.sort(Rollup.RANK);
        Standing total = lower.stream().map(Lower::withLower).reduce(Standing.NONE, Standing::plus);
        return new Rollup(campaignId, title, LocalDate.now(clock), standings.get(campaignId), lower, total, furtherAsOf,
                furtherCounting);
    }

    /** The campaigns under one, level by level: who carries out what, whose they are, how they are named. */
    private record Tree(Map<Long, Long> organisationOf, Map<Long, List<Long>> lower, Map<Long, String[]> names,
            Map<Long, Boolean> shared) {

        List<Long> lowerOf(long campaignId) {
            return lower.getOrDefault(campaignId, List.of());
        }
    }

    private Tree tree(long campaignId, long organisationId) {
        Map<Long, Long> organisationOf = new LinkedHashMap<>();
        Map<Long, List<Long>> lower = new HashMap<>();
        Map<Long, String[]> names = new HashMap<>();
        Map<Long, Boolean> shared = new HashMap<>();
        organisationOf.put(campaignId, organisationId);
        List<Long> level = List.of(campaignId);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            List<Long> next = new ArrayList<>();
            jdbc.sql("""
                            select c.id, c.organisation_id, c.upstream_campaign_id, o.name, c.title, c.shared_upstream
                            from campaign c join organisation o on o.id = c.organisation_id
                            where c.upstream_campaign_id in (:ids) order by o.name, c.id""")
                    .param("ids", level)
                    .query((rs, n) -> {
                        long id = rs.getLong(1);
                        if (organisationOf.putIfAbsent(id, rs.getLong(2)) == null) { // a loop in the links stops here
                            lower.computeIfAbsent(rs.getLong(3), k -> new ArrayList<>()).add(id);
                            names.put(id, new String[] {rs.getString(4), rs.getString(5)});
                            shared.put(id, rs.getBoolean(6));
                            next.add(id);
                        }
                        return null;
                    })
                    .list();
            level = next;
        }
        return new Tree(organisationOf, lower, names, shared);
    }

    private static Lower row(long campaignId, Tree tree, Map<Long, Standing> standings) {
        List<Lower> further = tree.lowerOf(campaignId).stream().map(id -> row(id, tree, standings)).toList();
        // a campaign still being counted for the first time adds nothing yet (the page says so)
        Standing own = standings.getOrDefault(campaignId, Standing.NONE);
        Standing withLower = further.stream().map(Lower::withLower).reduce(own, Standing::plus);
        int lowerCampaigns = further.stream().mapToInt(l -> 1 + l.lowerCampaigns()).sum();
        String[] names = tree.names().get(campaignId);
        return new Lower(campaignId, tree.organisationOf().get(campaignId), names[0], names[1],
                tree.shared().get(campaignId), own, withLower, lowerCampaigns);
    }

    /**
     * One lower campaign, with its dashboard, when it carries out (at any depth) the user's campaign; empty
     * otherwise, so that nobody reads another bureau's campaign by guessing its number.
     */
    @Transactional(readOnly = true)
    public Optional<LowerView> lower(DubanUser user, long campaignId, long lowerId) {
        if (!carriesOut(lowerId, campaignId, user.organisationId())) {
            return Optional.empty();
        }
        Tree tree = tree(lowerId, jdbc.sql("select organisation_id from campaign where id = ?").param(lowerId)
                .query(Long.class).single());
        String[] names = jdbc.sql("""
                        select o.name, c.title from campaign c join organisation o on o.id = c.organisation_id
                        where c.id = ?""").param(lowerId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        tree.names().put(lowerId, names);
        tree.shared().put(lowerId, sharesReports(lowerId));
        Lower lower = row(lowerId, tree, standings.of(tree.organisationOf()));
        return Optional.of(new LowerView(lower, dashboards.of(lower.organisationId(), lowerId, null, null)));
    }

    /** An accepted report of a lower campaign that shares its reports. */
    public record SharedReport(long id, String activityNo, String activity, String unit, LocalDate happenedOn,
            String body, List<Long> photoIds) {
    }

    /** The lower campaign's accepted reports, in the plan's order; none unless it shares them. */
    @Transactional(readOnly = true)
    public List<SharedReport> sharedReports(DubanUser user, long campaignId, long lowerId) {
        if (!carriesOut(lowerId, campaignId, user.organisationId()) || !sharesReports(lowerId)) {
            return List.of();
        }
        Map<Long, List<Long>> photos = new HashMap<>();
        jdbc.sql("""
                        select p.report_id, p.photo_id from report_photo p join report r on r.id = p.report_id
                        join assignment s on s.id = r.assignment_id join activity a on a.id = s.activity_id
                        where a.campaign_id = ? and r.state = 'ACCEPTED' order by p.report_id, p.sort_order""")
                .param(lowerId)
                .query((rs, n) -> photos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return jdbc.sql("""
                        select r.id, a.task_no, a.content, u.name, r.happened_on, r.body from report r
                        join assignment s on s.id = r.assignment_id join activity a on a.id = s.activity_id
                        join unit u on u.id = r.unit_id
                        where a.campaign_id = ? and r.state = 'ACCEPTED' order by a.sort_order, u.name, r.id""")
                .param(lowerId)
                .query((rs, n) -> new SharedReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), photos.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /**
     * The organisation whose photo the upper bureau may see: one of an accepted report of a lower campaign that
     * shares its reports; empty for any other photo.
     */
    @Transactional(readOnly = true)
    public Optional<Long> sharedPhotoOwner(DubanUser user, long campaignId, long lowerId, long photoId) {
        if (!carriesOut(lowerId, campaignId, user.organisationId()) || !sharesReports(lowerId)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select c.organisation_id from report_photo p join report r on r.id = p.report_id
                        join assignment s on s.id = r.assignment_id join activity a on a.id = s.activity_id
                        join campaign c on c.id = a.campaign_id
                        where a.campaign_id = ? and r.state = 'ACCEPTED' and p.photo_id = ?""")
                .params(lowerId, photoId).query(Long.class).list().stream().findFirst();
    }

    private boolean sharesReports(long campaignId) {
        return jdbc.sql("select shared_upstream from campaign where id = ?").param(campaignId).query(Boolean.class)
                .optional().orElse(false);
    }

    /** Whether {@code lowerId} carries out {@code campaignId} of {@code organisationId}, directly or further down. */
    boolean carriesOut(long lowerId, long campaignId, long organisationId) {
        if (jdbc.sql("select count(*) from campaign where id = ? and organisation_id = ?")
                .params(campaignId, organisationId).query(Long.class).single() == 0) {
            return false;
        }
        Long at = lowerId;
        for (int depth = 0; depth < MAX_DEPTH && at != null; depth++) {
            at = jdbc.sql("select upstream_campaign_id from campaign where id = ?").param(at).query(Long.class)
                    .optional().orElse(null);
            if (at != null && at == campaignId) {
                return true;
            }
        }
        return false;
    }
}
