package org.duban.rollup;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.duban.campaign.CampaignCreated;
import org.duban.org.DubanUser;
import org.duban.org.Organisation;
import org.duban.org.Organisations;
import org.duban.web.NotFound;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which campaign one level up a campaign carries out. A new campaign is linked by itself when its notice cites the
 * 文号 of a campaign of a bureau over its own (闽质强省办〔2020〕5号 → the province's campaign of that number); the
 * coordinator may link another, or none, and decides whether the bureau over it may read its accepted reports.
 */
@Service
public class UpstreamLinks {

    /** Brackets and spaces people write a 文号 with, in any of its forms: 〔2020〕, [2020], （2020）, 【2020】. */
    private static final Pattern OPEN = Pattern.compile("[\\[（(【〔［]");
    private static final Pattern CLOSE = Pattern.compile("[\\]）)】〕］]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

    /** A campaign one level up, as offered to link to. */
    public record Upstream(long campaignId, String organisation, String title, String docNumber, int year) {
    }

    private final JdbcClient jdbc;
    private final Organisations organisations;

    UpstreamLinks(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    @EventListener
    void campaignCreated(CampaignCreated e) {
        String refs = jdbc.sql("select refs from campaign where id = ?").param(e.campaignId()).query(String.class)
                .optional().orElse(null);
        if (refs == null || refs.isBlank()) {
            return;
        }
        String cited = normalised(refs);
        candidates(e.organisationId()).stream()
                .filter(u -> u.docNumber() != null && normalised(u.docNumber()).length() >= 5)
                .filter(u -> cited.contains(normalised(u.docNumber())))
                .findFirst()
                .ifPresent(u -> jdbc.sql("update campaign set upstream_campaign_id = ? where id = ?")
                        .params(u.campaignId(), e.campaignId()).update());
    }

    /** The campaigns of the bureaus over this one, the nearest bureau and the latest year first. */
    @Transactional(readOnly = true)
    public List<Upstream> candidates(long organisationId) {
        List<Long> above = organisations.above(organisationId).stream().map(Organisation::id).toList();
        if (above.isEmpty()) {
            return List.of();
        }
        List<Upstream> all = new java.util.ArrayList<>();
        for (long org : above) {
            all.addAll(jdbc.sql("""
                            select c.id, o.name, c.title, c.doc_number, c.plan_year from campaign c
                            join organisation o on o.id = c.organisation_id
                            where c.organisation_id = ? order by c.plan_year desc, c.id desc""")
                    .param(org)
                    .query((rs, n) -> new Upstream(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
                            rs.getString("doc_number"), rs.getInt("plan_year")))
                    .list());
        }
        return all;
    }

    /** The campaign this one carries out, if linked, and whether its accepted reports are shared with it. */
    @Transactional(readOnly = true)
    public Optional<Upstream> upstreamOf(long organisationId, long campaignId) {
        return jdbc.sql("""
                        select u.id, o.name, u.title, u.doc_number, u.plan_year from campaign c
                        join campaign u on u.id = c.upstream_campaign_id join organisation o on o.id = u.organisation_id
                        where c.id = ? and c.organisation_id = ?""")
                .params(campaignId, organisationId)
                .query((rs, n) -> new Upstream(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
                        rs.getString("doc_number"), rs.getInt("plan_year")))
                .optional();
    }

    @Transactional(readOnly = true)
    public boolean shared(long organisationId, long campaignId) {
        return jdbc.sql("select shared_upstream from campaign where id = ? and organisation_id = ?")
                .params(campaignId, organisationId).query(Boolean.class).optional().orElseThrow(NotFound::new);
    }

    /** Links the coordinator's campaign to one of a bureau over theirs ({@code upstreamId}), or to none (null). */
    @Transactional
    public void link(DubanUser coordinator, long campaignId, Long upstreamId) {
        own(coordinator, campaignId);
        if (upstreamId != null && candidates(coordinator.organisationId()).stream()
                .noneMatch(u -> u.campaignId() == upstreamId)) {
            throw new RollupRefused("rollup.error.notAbove");
        }
        jdbc.sql("update campaign set upstream_campaign_id = ? where id = ?").params(upstreamId, campaignId).update();
    }

    /** Whether the bureau over this one may read the campaign's accepted reports and their photos. */
    @Transactional
    public void share(DubanUser coordinator, long campaignId, boolean shared) {
        own(coordinator, campaignId);
        jdbc.sql("update campaign set shared_upstream = ? where id = ?").params(shared, campaignId).update();
    }

    private void own(DubanUser user, long campaignId) {
        if (jdbc.sql("select count(*) from campaign where id = ? and organisation_id = ?")
                .params(campaignId, user.organisationId()).query(Long.class).single() == 0) {
            throw new NotFound();
        }
    }

    static String normalised(String text) {
        return CLOSE.matcher(OPEN.matcher(SPACE.matcher(text).replaceAll("")).replaceAll("〔")).replaceAll("〕");
    }
}
