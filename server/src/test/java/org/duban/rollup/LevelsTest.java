package org.duban.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.org.OrgLevel;
import org.duban.org.Organisations;
import org.duban.org.Role;
import org.duban.org.UserAccounts;
import org.duban.photo.PhotoService;
import org.duban.planimport.ImportService;
import org.duban.supervision.AssignmentStatus;
import org.duban.supervision.CampaignDashboards;
import org.duban.supervision.Dashboard;
import org.duban.support.BothDatabases;
import org.duban.support.DemoCampaigns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A city bureau over the demo county (福鼎): the county's campaign is linked to the city's by the 文号 its notice
 * cites; the city sees the county's standing with the numbers of the county's own dashboard, ranked against another
 * county; it looks into the county's reports only once the county shares them; nobody reaches a campaign that is not
 * above or below their own.
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.demo.around-today=true",
        "duban.test.application=levels"})
@BothDatabases
@AutoConfigureMockMvc
class LevelsTest {

    static final String CITY_NUMBER = "宁市监〔2020〕184号";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignDashboards dashboards;
    @Autowired
    ImportService imports;
    @Autowired
    UpstreamLinks links;
    @Autowired
    Standings standings;
    @Autowired
    PhotoService photos;
    @Autowired
    Rollups rollups;
    @Autowired
    org.duban.metric.MetricTotals counts;

    DubanUser county;
    long countyOrg;
    long seed;
    long city;
    long cityCampaign;
    DubanUser cityCoordinator;
    long otherCounty;
    long otherCampaign;

    @BeforeEach
    void aCityOverTheDemoCounty() {
        county = (DubanUser) users.loadUserByUsername("zhiliang");
        countyOrg = county.organisationId();
        seed = DemoCampaigns.seed(campaigns, countyOrg);
        city = jdbc.sql("select id from organisation where name = '宁德市市场监督管理局'").query(Long.class).optional()
                .orElseGet(() -> {
                    long id = organisations.create("宁德市市场监督管理局", null);
                    organisations.setLevel(id, OrgLevel.CITY);
                    jdbc.sql("update organisation set parent_id = ? where id = ?").params(id, countyOrg).update();
                    campaign(id, "2020年宁德市“质量月”活动方案", CITY_NUMBER);
                    accounts.create(id, "ningde", "{noop}x", "宁德市局", Role.COORDINATOR, null);
                    long other = organisations.createBelow(id, "霞浦县市场监督管理局");
                    campaign(other, "2020年霞浦县“质量月”活动方案", null);
                    return id;
                });
        cityCampaign = jdbc.sql("select id from campaign where organisation_id = ?").param(city).query(Long.class).single();
        cityCoordinator = (DubanUser) users.loadUserByUsername("ningde");
        otherCounty = jdbc.sql("select id from organisation where name = '霞浦县市场监督管理局'").query(Long.class).single();
        otherCampaign = jdbc.sql("select id from campaign where organisation_id = ?").param(otherCounty)
                .query(Long.class).single();
    }

    @Test
    void aCountyNoticeCitingTheCitysNumberIsLinkedByItself() throws Exception {
        String notice = """
                关于印发《2020年福鼎市“质量月”补充活动方案》的通知
                各股室、各市场监督管理所：
                根据《宁德市市场监督管理局关于开展2020年“质量月”活动的通知》（宁市监〔2020〕184号）要求，现将补充活动方案印发给你们，请认真贯彻执行。
                序号|活动内容|时间|牵头单位|配合单位
                1|开展质量开放日活动|9月10日|质量安全监督管理股|各市场监督管理所
                福鼎市市场监督管理局
                2020年9月8日
                """;
        var draft = imports.readText(countyOrg, notice, 2020);
        long draftId = imports.keep(countyOrg, county.id(), "notice.txt", draft, notice.getBytes(StandardCharsets.UTF_8));
        assertThat(imports.review(countyOrg, draftId).confirmable()).as(() -> imports.review(countyOrg, draftId).toString())
                .isTrue();
        long created = imports.confirm(countyOrg, county.id(), draftId);

        assertThat(links.upstreamOf(countyOrg, created)).hasValueSatisfying(u -> {
            assertThat(u.campaignId()).isEqualTo(cityCampaign);
            assertThat(u.docNumber()).isEqualTo(CITY_NUMBER);
        });
        assertThat(links.upstreamOf(otherCounty, otherCampaign)).as("a notice citing nothing stays unlinked").isEmpty();
    }

    @Test
    void aCampaignsStandingIsWhatItsOwnDashboardShows() {
        Dashboard d = dashboards.of(countyOrg, seed, null, null);

        Standing s = standings.of(Map.of(seed, countyOrg)).get(seed);

        assertThat(d.counts()).as("the demo has work in every state").containsKeys(AssignmentStatus.DONE,
                AssignmentStatus.REPORTED, AssignmentStatus.OVERDUE);
        assertThat(s.assignments()).isEqualTo(d.total());
        assertThat(s.done()).isEqualTo(d.counts().get(AssignmentStatus.DONE));
        assertThat(s.reported()).isEqualTo(d.counts().get(AssignmentStatus.REPORTED));
        assertThat(s.overdue()).isEqualTo(d.counts().get(AssignmentStatus.OVERDUE));
        assertThat(s.activities()).isEqualTo(d.rows().size());
        assertThat(s.activitiesDone()).isEqualTo(d.rows().stream().filter(r -> r.cells().stream()
                .filter(java.util.Objects::nonNull).allMatch(c -> c.status() == AssignmentStatus.DONE)).count());
        assertThat(s.summaryUnits()).isEqualTo(d.summaryUnits());
        assertThat(s.summariesIn()).isEqualTo(d.summariesIn("SUBMITTED") + d.summariesIn("ACCEPTED"));
        assertThat(s.due()).isPositive();
        assertThat(s.onTime()).isLessThanOrEqualTo(s.due());

        // the counted results are the campaign's totals as its 统计 page adds them up (MetricTotals), by name
        Map<String, java.math.BigDecimal> totals = new java.util.TreeMap<>();
        counts.ofCampaign(countyOrg, seed).totals().forEach(l -> totals.merge(l.metric().name()
                + (l.metric().unit() == null || l.metric().unit().isBlank() ? "" : "（" + l.metric().unit() + "）"),
                l.accepted(), java.math.BigDecimal::add));
        assertThat(totals.values()).as("the demo has accepted counts").anyMatch(v -> v.signum() > 0);
        assertThat(s.counted()).isEqualTo(totals);
    }

    @Test
    void aReportSentWithinItsWindowCountsAsOnTime() {
        long report = jdbc.sql("""
                        select min(r.id) from report r join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id
                        where a.campaign_id = ? and r.state = 'ACCEPTED' and a.ends_on < current_date""")
                .param(seed).query(Long.class).single();
        java.time.LocalDate end = jdbc.sql("""
                        select a.ends_on from report r join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id where r.id = ?""")
                .param(report).query(java.time.LocalDate.class).single();
        Standing before = standings.of(Map.of(seed, countyOrg)).get(seed);

        // as if it had been sent on the window's last afternoon
        jdbc.sql("update report_event set at = ? where report_id = ?")
                .params(end.atTime(16, 0).atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime(), report).update();

        Standing after = standings.of(Map.of(seed, countyOrg)).get(seed);
        assertThat(after.onTime()).isEqualTo(before.onTime() + 1);
        assertThat(after.onTimeRate()).isPositive();
    }

    @Test
    void theCitySeesTheCountysOwnNumbersRankedAgainstAnotherCounty() throws Exception {
        link(seed);
        link(otherCampaign);
        Dashboard own = dashboards.of(countyOrg, seed, null, null);
        int done = own.counts().getOrDefault(AssignmentStatus.DONE, 0);
        int reported = own.counts().getOrDefault(AssignmentStatus.REPORTED, 0);
        int overdue = own.counts().getOrDefault(AssignmentStatus.OVERDUE, 0);
        assertThat(done + reported).as("the demo has reports in").isPositive();

        String page = mvc.perform(get("/campaigns/" + cityCampaign + "/rollup").with(user(cityCoordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        int completion = Math.round(100f * (done + reported) / own.total());
        assertThat(page).contains("福鼎").contains("霞浦县市场监督管理局").contains(completion + "%")
                .contains("截至").contains("进度靠前");
        assertThat(page.indexOf("福鼎")).as("the county with work done ranks above the one with none")
                .isLessThan(page.indexOf("霞浦县市场监督管理局"));
        assertThat(page).contains(">" + overdue + "<");
    }

    @Test
    void theCityReadsTheCountysReportsOnlyOnceTheCountySharesThem() throws Exception {
        link(seed);
        links.share(county, seed, false);
        photos.settle(countyOrg); // the demo's photos get their copies off the request
        long acceptedPhoto = jdbc.sql("""
                        select min(p.photo_id) from report_photo p join report r on r.id = p.report_id
                        join assignment s on s.id = r.assignment_id join activity a on a.id = s.activity_id
                        where a.campaign_id = ? and r.state = 'ACCEPTED'""").param(seed).query(Long.class).single();
        String body = jdbc.sql("""
                        select min(r.body) from report r join assignment s on s.id = r.assignment_id
                        join activity a on a.id = s.activity_id where a.campaign_id = ? and r.state = 'ACCEPTED'""")
                .param(seed).query(String.class).single();
        String drill = "/campaigns/" + cityCampaign + "/rollup/" + seed;

        mvc.perform(get(drill).with(user(cityCoordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"matrix\"")))
                .andExpect(content().string(containsString("未向上级共享")))
                .andExpect(content().string(not(containsString(body))));
        mvc.perform(get(drill + "/photos/" + acceptedPhoto + "/thumb").with(user(cityCoordinator)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/campaigns/" + seed + "/upstream/share").param("shared", "true").with(user(county))
                .with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(drill).with(user(cityCoordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString(body)));
        mvc.perform(get(drill + "/photos/" + acceptedPhoto + "/thumb").with(user(cityCoordinator)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).isEqualTo("image/jpeg"));
    }

    @Test
    void nobodyReachesACampaignThatIsNeitherAboveNorBelowTheirOwn() throws Exception {
        link(seed);
        mvc.perform(get("/campaigns/" + cityCampaign + "/rollup").with(user(county))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/" + cityCampaign + "/rollup/" + otherCampaign).with(user(cityCoordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/" + seed + "/rollup/" + seed).with(user(county))).andExpect(status().isNotFound());

        mvc.perform(post("/campaigns/" + seed + "/upstream").param("upstreamId", String.valueOf(otherCampaign))
                        .with(user(county)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("只能关联上级机构的方案")));
        assertThat(links.upstreamOf(countyOrg, seed)).as("nothing changed").hasValueSatisfying(
                u -> assertThat(u.campaignId()).isEqualTo(cityCampaign));

        mvc.perform(post("/campaigns/" + seed + "/upstream").param("upstreamId", String.valueOf(cityCampaign))
                .with(user((DubanUser) users.loadUserByUsername("qianqi"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNationalBureauSeesEachProvincesCampaignsWithTheCountiesUnderIt() throws Exception {
        long nationalCampaign = nationalAboveTheCity();
        // what the city sees of its counties, and its own campaign: the province's row one level up adds up to it
        Rollups.Rollup cityView = rollups.of(cityCoordinator, cityCampaign);
        int overdue = cityView.own().overdue() + cityView.lowerTotal().overdue();
        assertThat(cityView.ranked()).extracting(Rollups.Lower::campaignId).contains(seed);
        assertThat(overdue).as("the demo has overdue work")
                .isGreaterThanOrEqualTo(dashboards.of(countyOrg, seed, null, null).counts().get(AssignmentStatus.OVERDUE));

        String page = mvc.perform(get("/campaigns/" + nationalCampaign + "/rollup")
                        .with(user((DubanUser) users.loadUserByUsername("zongju"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).as("the province, with the city's and the county's campaigns under it")
                .contains("福建省市场监督管理局").contains(">" + overdue + "<").contains("截至");
        assertThat(Rollups.bulletin(rollups.of((DubanUser) users.loadUserByUsername("zongju"), nationalCampaign)))
                .contains("1个下级单位").contains("已到期任务");
    }

    @Test
    void theFirstLookAtMoreCampaignsThanItCountsAtOnceAnswersAtOnceAndSaysWhatIsStillBeingCounted() throws Exception {
        long nationalCampaign = nationalAboveTheCity();
        DubanUser zongju = (DubanUser) users.loadUserByUsername("zongju");
        int overdue = rollups.of(zongju, nationalCampaign).lowerTotal().overdue();
        // as after a restart, on a node that counts no more than it must while a person waits
        ((Map<?, ?>) ReflectionTestUtils.getField(standings, "kept")).clear();
        Object limit = ReflectionTestUtils.getField(standings, "countNowLimit");
        ReflectionTestUtils.setField(standings, "countNowLimit", 0);
        try {
            String first = mvc.perform(get("/campaigns/" + nationalCampaign + "/rollup").with(user(zongju)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(first).as("the counties and the city under the province are being counted")
                    .containsPattern("\\d+ 个方案的数字正在统计").contains("hx-trigger=\"every 5s\"");

            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (rollups.of(zongju, nationalCampaign).furtherCounting() > 0 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            String later = mvc.perform(get("/campaigns/" + nationalCampaign + "/rollup").with(user(zongju)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(later).as("counted: the same numbers as counted at once, and no more asking")
                    .doesNotContain("正在统计").doesNotContain("every 5s").contains(">" + overdue + "<");
        } finally {
            ReflectionTestUtils.setField(standings, "countNowLimit", limit);
        }
    }

    /** The country's bureau over the province over the city: each with its campaign, linked up the chain. */
    private long nationalAboveTheCity() {
        link(seed);
        long nation = jdbc.sql("select id from organisation where name = '国家市场监督管理总局'").query(Long.class)
                .optional().orElseGet(() -> {
                    long id = organisations.create("国家市场监督管理总局", null);
                    organisations.setLevel(id, OrgLevel.NATIONAL);
                    long province = organisations.createBelow(id, "福建省市场监督管理局");
                    jdbc.sql("update organisation set parent_id = ? where id = ?").params(province, city).update();
                    campaign(id, "2020年全国“质量月”活动方案", "国市监质〔2020〕133号");
                    campaign(province, "2020年福建省“质量月”活动方案", "闽质强省办〔2020〕5号");
                    accounts.create(id, "zongju", "{noop}x", "总局", Role.COORDINATOR, null);
                    return id;
                });
        long province = organisations.below(nation).get(0).id();
        assertThat(organisations.find(province).orElseThrow().level()).as("the level under the national one")
                .isEqualTo(OrgLevel.PROVINCE);
        long nationalCampaign = jdbc.sql("select id from campaign where organisation_id = ?").param(nation)
                .query(Long.class).single();
        long provinceCampaign = jdbc.sql("select id from campaign where organisation_id = ?").param(province)
                .query(Long.class).single();
        jdbc.sql("update campaign set upstream_campaign_id = ? where id = ?").params(nationalCampaign, provinceCampaign)
                .update();
        jdbc.sql("update campaign set upstream_campaign_id = ? where id = ?").params(provinceCampaign, cityCampaign)
                .update();
        return nationalCampaign;
    }

    private void link(long campaignId) {
        jdbc.sql("update campaign set upstream_campaign_id = ? where id = ?").params(cityCampaign, campaignId).update();
    }

    private void campaign(long organisation, String title, String docNumber) {
        jdbc.sql("""
                        insert into campaign (organisation_id, title, doc_number, plan_year, created_at)
                        values (?, ?, ?, 2020, ?)""")
                .params(organisation, title, docNumber, OffsetDateTime.now()).update(new GeneratedKeyHolder(), "id");
    }
}
