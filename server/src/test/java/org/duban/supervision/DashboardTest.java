package org.duban.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.campaign.CampaignNotice;
import org.duban.campaign.CampaignService;
import org.duban.campaign.NewCampaign;
import org.duban.campaign.UnitRole;
import org.duban.org.DubanUser;
import org.duban.org.UnitKind;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.duban.support.BothDatabases;
import org.duban.support.DemoCampaigns;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The seed campaign as its coordinator saw it on 29 September 2020, two days before summaries were due. */
@SpringBootTest
@BothDatabases
@AutoConfigureMockMvc
class DashboardTest {

    static final LocalDate DAY = LocalDate.of(2020, 9, 29);

    @TestConfiguration
    static class OnTheTwentyNinth {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(DAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    CampaignDashboards dashboards;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ReportService reports;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    Assignments assignments;

    @Test
    void showsEachAssignmentsStatusOnTheDay() {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        long campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        Dashboard d = dashboards.of(coordinator.organisationId(), campaign, null, null);

        assertThat(d.daysToSummary()).isEqualTo(2);
        assertThat(d.rows()).hasSize(23);
        assertThat(d.columns()).as("units with no part in the plan get no column").hasSize(28);
        assertThat(d.columns().get(0).kind()).isEqualTo(UnitKind.OFFICE);
        assertThat(d.columns().get(d.columns().size() - 1).kind()).isEqualTo(UnitKind.STATION);
        assertThat(statuses(d, "1")).as("9月1日-3日 is over").containsOnly(AssignmentStatus.OVERDUE);
        assertThat(statuses(d, "2")).as("9月 ends tomorrow").containsOnly(AssignmentStatus.DUE_SOON);
        assertThat(statuses(d, "6")).as("9月-10月 runs on").containsOnly(AssignmentStatus.OPEN);
        assertThat(statuses(d, "14")).as("8-11月").containsOnly(AssignmentStatus.OPEN);
        assertThat(d.counts().get(AssignmentStatus.OVERDUE)).as("activity 1 (lead + 16) and 21 (lead + 15)").isEqualTo(17 + 16);
        assertThat(d.overdueByUnit()).isNotEmpty();
        assertThat(d.ranking()).hasSize(28);
    }

    @Test
    void aReportTurnsItsCellAndTheUnitsScore() {
        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        long campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        Dashboard before = dashboards.of(coordinator.organisationId(), campaign, UnitKind.STATION, null);
        int column = before.columns().stream().map(Dashboard.Column::unitId).toList().indexOf(qianqi.unitId());
        long assignment = before.rows().stream().filter(r -> r.no().equals("9")).findFirst().orElseThrow()
                .cells().get(column).assignmentId();
        var report = reports.save(qianqi, assignment,
                new ReportForm(UUID.randomUUID().toString(), null, "电子烟专项检查3家", null, "submit"), List.of());
        reports.accept(coordinator, report.id(), null);

        Dashboard d = dashboards.of(coordinator.organisationId(), campaign, UnitKind.STATION, AssignmentStatus.DONE);
        assertThat(d.rows()).extracting(Dashboard.Row::no).containsExactly("9");
        assertThat(d.rows().get(0).cells().get(column).status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(d.ranking()).filteredOn(u -> u.unitId() == qianqi.unitId()).singleElement()
                .satisfies(u -> assertThat(u.done()).isEqualTo(1));
        assertThat(d.columns()).allMatch(c -> c.kind() == UnitKind.STATION);
    }

    @Test
    void theProgressChartCountsTheCampaignsOwnReportsByDay() throws Exception {
        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        long campaign = campaignOfOne(coordinator, "进度图测试方案", qianqi.unitId());
        long other = campaignOfOne(coordinator, "另一方案", qianqi.unitId());
        var accepted = reports.save(qianqi, firstAssignmentOf(qianqi, campaign),
                new ReportForm(UUID.randomUUID().toString(), null, "电子烟专项检查3家", null, "submit"), List.of());
        reports.accept(coordinator, accepted.id(), null);
        reports.save(qianqi, firstAssignmentOf(qianqi, other),
                new ReportForm(UUID.randomUUID().toString(), null, "另一方案的报送", null, "submit"), List.of());

        assertThat(progressChart(coordinator, campaign)).as("this campaign's report, not the other one's")
                .isEqualTo("[\"2020-09-29\"] [1] [1]");
        assertThat(progressChart(coordinator, other)).isEqualTo("[\"2020-09-29\"] [1] [0]");
    }

    private long campaignOfOne(DubanUser coordinator, String title, long unit) {
        return campaigns.create(coordinator.organisationId(), coordinator.id(), new NewCampaign(
                new CampaignNotice(title, "测试局", null, null, 2020, List.of(), List.of(), null, null, null, null, null,
                        null, null, null, null, List.of()),
                List.of(activity("1", "检查", LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30), List.of(unit),
                        List.of()))));
    }

    private long firstAssignmentOf(DubanUser unit, long campaign) {
        return assignments.ofCampaign(unit.organisationId(), campaign).stream()
                .filter(a -> a.unitId() == unit.unitId()).findFirst().orElseThrow().id();
    }

    /** The progress chart's days, submitted and accepted (running totals), as the page gives them to its script. */
    private String progressChart(DubanUser coordinator, long campaign) throws Exception {
        String json = Jsoup.parse(mvc.perform(get("/campaigns/" + campaign + "/dashboard").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).getElementById("charts")
                .attr("data-chart");
        var chart = new tools.jackson.databind.ObjectMapper().readTree(json);
        return chart.get("days") + " " + chart.get("submitted") + " " + chart.get("accepted");
    }

    @Test
    void coordinatorsAndLeadersSeeItStationsDoNot() throws Exception {
        long campaign = DemoCampaigns.seed(campaigns, ((DubanUser) users.loadUserByUsername("zhiliang")).organisationId());
        mvc.perform(get("/campaigns/" + campaign + "/dashboard").with(user(users.loadUserByUsername("zhiliang"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("距总结报送截止还有 2 天")))
                .andExpect(content().string(containsString("class=\"s-DUE_SOON\"")))
                // a column head says 前岐所 as bureaus do, the full name on hover, so heads fit their height
                .andExpect(content().string(containsString("title=\"前岐市场监督管理所\"><span>前岐所</span>")))
                .andExpect(content().string(containsString("title=\"质量安全监督管理股\"><span>质量安全股</span>")));
        mvc.perform(get("/campaigns/" + campaign + "/dashboard").with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isOk());
        mvc.perform(get("/campaigns/" + campaign + "/dashboard").with(user(users.loadUserByUsername("qianqi"))))
                .andExpect(status().isForbidden());
    }

    /**
     * A small campaign seen in the matrix: each coloured cell links to that unit's task on that activity and says 牵 or
     * 协, a unit with no part has an empty cell, and an activity's text reads as written, markup characters and all;
     * the late lists link each late share to its task and say when it was due, in the page's language.
     */
    @Test
    void eachCellAndLateLineLinksToItsUnitsTask() throws Exception {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        long office = coordinator.unitId();
        long qianqi = ((DubanUser) users.loadUserByUsername("qianqi")).unitId();
        long shacheng = ((DubanUser) users.loadUserByUsername("shacheng")).unitId();
        long campaign = campaigns.create(coordinator.organisationId(), coordinator.id(), new NewCampaign(
                new CampaignNotice("矩阵测试方案", "测试局", null, null, 2020, List.of(), List.of(), null, null, null,
                        null, null, null, null, null, null, List.of()),
                List.of(activity("1", "检查<食品>&“药品” 'A\"", LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 10),
                                List.of(qianqi), List.of(shacheng)),
                        activity("2", "宣传活动", LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 31),
                                List.of(shacheng), List.of(office)),
                        activity("3", "总结会", LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 20),
                                List.of(qianqi), List.of()))));
        String path = "/campaigns/" + campaign + "/dashboard";

        Document page = Jsoup.parse(mvc.perform(get(path).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Element matrix = page.selectFirst("table.matrix");
        assertThat(matrix.select("thead th.unit").eachAttr("title")).as("the office first, then the stations")
                .containsExactly("质量安全监督管理股", "前岐市场监督管理所", "沙埕市场监督管理所");
        List<Element> rows = matrix.select("tbody tr");
        assertThat(rows).extracting(r -> r.selectFirst("th.act").text())
                .containsExactly("1. 检查<食品>&“药品” 'A\"", "2. 宣传活动", "3. 总结会");
        assertThat(rows.get(0).selectFirst("th.act").attr("title")).isEqualTo("检查<食品>&“药品” 'A\"");
        assertThat(cells(rows.get(0))).containsExactly("x", "s-OVERDUE 牵 " + task(campaign, "1", qianqi),
                "s-OVERDUE 协 " + task(campaign, "1", shacheng));
        assertThat(cells(rows.get(1))).containsExactly("s-OPEN 协 " + task(campaign, "2", office), "x",
                "s-OPEN 牵 " + task(campaign, "2", shacheng));
        assertThat(cells(rows.get(2))).containsExactly("x", "s-PLANNED 牵 " + task(campaign, "3", qianqi), "x");
        assertThat(matrix.select("td.x a")).as("an empty cell has no link").isEmpty();
        assertThat(matrix.attr("data-role-LEAD")).as("the hover text's words").isEqualTo("牵头");
        assertThat(matrix.attr("data-status-OVERDUE")).isEqualTo("已逾期");

        assertThat(page.select(".late-list li")).as("both units' share of activity 1 is late, each with its task")
                .extracting(li -> li.selectFirst("a").attr("href") + " " + li.text()).containsExactlyInAnyOrder(
                        task(campaign, "1", qianqi) + " 1. 检查<食品>&“药品” 'A\" 9月10日截止",
                        task(campaign, "1", shacheng) + " 1. 检查<食品>&“药品” 'A\" 9月10日截止");
        assertThat(Jsoup.parse(mvc.perform(get(path).param("lang", "en").with(user(coordinator))).andReturn()
                .getResponse().getContentAsString()).select(".late-list li")).extracting(Element::text)
                .containsOnly("1. 检查<食品>&“药品” 'A\" due Sep 10");

        mvc.perform(get(matrix.selectFirst("td.s-PLANNED a").attr("href")).with(user(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("总结会")));

        Element overdueOnly = Jsoup.parse(mvc.perform(get(path).param("status", "OVERDUE").with(user(coordinator)))
                .andReturn().getResponse().getContentAsString()).selectFirst("table.matrix");
        assertThat(overdueOnly.classNames()).contains("only-OVERDUE");
        assertThat(overdueOnly.select("tbody th.act")).extracting(Element::text).containsExactly("1. 检查<食品>&“药品” 'A\"");
        Element stations = Jsoup.parse(mvc.perform(get(path).param("kind", "STATION").with(user(coordinator)))
                .andReturn().getResponse().getContentAsString()).selectFirst("table.matrix");
        assertThat(stations.select("thead th.unit").eachAttr("title")).containsExactly("前岐市场监督管理所", "沙埕市场监督管理所");
        assertThat(cells(stations.select("tbody tr").get(1))).containsExactly("x", "s-OPEN 牵 " + task(campaign, "2", shacheng));
        mvc.perform(get(path).param("status", "LATE").with(user(coordinator))).andExpect(status().isBadRequest());
    }

    /**
     * A dashboard left open asks again with the stamp of what it shows: nothing changed, nothing sent (204); a unit's
     * report comes in, and the answer is the page with that cell turned, the filters kept, and a new stamp.
     */
    @Test
    void anOpenDashboardIsSentOnlyWhatChanged() throws Exception {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        long campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        String path = "/campaigns/" + campaign + "/dashboard";
        Document first = Jsoup.parse(mvc.perform(get(path).param("kind", "STATION").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element live = first.getElementById("dash-live");
        String again = live.attr("hx-get");
        assertThat(again).startsWith(path + "?").contains("kind=STATION").contains("since=");
        assertThat(live.attr("hx-trigger")).isEqualTo("every 30s");
        assertThat(live.attr("hx-select-oob").split(",")).allSatisfy(id -> assertThat(first.selectFirst(id))
                .as("%s is on the page", id).isNotNull());
        assertThat(Long.parseLong(live.attr("data-idle-after"))).as("stops asking before a 30 min session ends")
                .isBetween(60L, 30 * 60L - 60);

        mvc.perform(get(again).with(user(coordinator))).andExpect(status().isNoContent())
                .andExpect(content().string(""));

        long assignment = assignments.ofCampaign(coordinator.organisationId(), campaign).stream()
                .filter(a -> a.activityNo().equals("9") && a.unitId() == qianqi.unitId()).findFirst()
                .map(AssignmentView::id).orElseThrow();
        reports.save(qianqi, assignment,
                new ReportForm(UUID.randomUUID().toString(), null, "电子烟专项检查3家", null, "submit"), List.of());

        Document fresh = Jsoup.parse(mvc.perform(get(again).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(fresh.select("#dash-matrix a[href=/tasks/" + assignment + "]").parents().first().className())
                .isEqualTo("s-REPORTED");
        assertThat(first.select("#dash-matrix a[href=/tasks/" + assignment + "]").parents().first().className())
                .isNotEqualTo("s-REPORTED");
        assertThat(fresh.select("#dash-matrix thead th.unit")).as("still only the stations")
                .hasSameSizeAs(first.select("#dash-matrix thead th.unit"));
        String next = fresh.getElementById("dash-live").attr("hx-get");
        assertThat(next).isNotEqualTo(again);
        mvc.perform(get(next).with(user(coordinator))).andExpect(status().isNoContent());
        mvc.perform(get(next).with(user(users.loadUserByUsername("qianqi")))).andExpect(status().isForbidden());
    }

    /** A cell as its class, mark and link, or just its class when empty. */
    private static List<String> cells(Element row) {
        return row.select("td").stream().map(td -> {
            Element a = td.selectFirst("a");
            return a == null ? td.className() : td.className() + " " + a.text() + " " + a.attr("href");
        }).toList();
    }

    private String task(long campaign, String activityNo, long unitId) {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        return "/tasks/" + assignments.ofCampaign(coordinator.organisationId(), campaign).stream()
                .filter(a -> a.activityNo().equals(activityNo) && a.unitId() == unitId).findFirst()
                .map(AssignmentView::id).orElseThrow();
    }

    private static NewCampaign.NewActivity activity(String no, String content, LocalDate start, LocalDate end,
            List<Long> lead, List<Long> assist) {
        return new NewCampaign.NewActivity(no, content, start + "至" + end, "WINDOW", start, end, "", "", lead, assist);
    }

    private static List<AssignmentStatus> statuses(Dashboard d, String no) {
        return d.rows().stream().filter(r -> r.no().equals(no)).findFirst().orElseThrow().cells().stream()
                .filter(c -> c != null).map(Dashboard.Cell::status).toList();
    }
}
