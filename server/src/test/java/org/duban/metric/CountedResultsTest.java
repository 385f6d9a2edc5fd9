package org.duban.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.campaign.CampaignNotice;
import org.duban.campaign.CampaignService;
import org.duban.campaign.NewCampaign;
import org.duban.org.DubanUser;
import org.duban.org.Role;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UserAccounts;
import org.duban.planreader.count.CountCatalog;
import org.duban.report.ReportService;
import org.duban.support.DubanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Counted results on the demo organisation: its catalog, the counts the seed's activities get, units giving counts
 * with their reports, and totals in which a joint event is added once.
 */
@DubanTest
@AutoConfigureMockMvc
class CountedResultsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Assignments assignments;
    @Autowired
    MetricCatalog catalog;
    @Autowired
    ActivityMetrics activityMetrics;
    @Autowired
    MetricTotals totals;
    @Autowired
    ReportService reports;
    @Autowired
    CampaignService campaigns;
    @Autowired
    UnitDirectoryService units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOrganisationStartsWithTheDefaultCatalogOnce() throws Exception {
        long org = account("zhiliang").organisationId();
        List<Metric> first = catalog.all(org);
        assertThat(first).extracting(Metric::label).startsWith("开展宣传活动（场次）", "发放宣传资料（份）", "接受咨询（人次）")
                .contains("群发短信（条）", "检查经营主体（家/户次）", "案值/罚没（万元）", "媒体报道（篇）");
        assertThat(first).hasSameSizeAs(CountCatalog.DEFAULTS);
        assertThat(catalog.all(org)).as("read again, not seeded again").hasSameSizeAs(first);

        mvc.perform(get("/metrics").with(user(account("zhiliang"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("发放宣传资料")));
        mvc.perform(get("/metrics").with(user(account("qianqi")))).andExpect(status().isForbidden());
    }

    @Test
    void theSeedsActivitiesAreGivenTheCountsTheirTextNames() {
        DubanUser coordinator = account("zhiliang");
        assertThat(askedOf(coordinator, "1")).contains("群发短信", "悬挂横幅");
        assertThat(askedOf(coordinator, "2")).contains("培训");
        assertThat(askedOf(coordinator, "6")).as("对…企业进行检查").contains("检查经营主体");
        assertThat(askedOf(coordinator, "7")).as("质量抽查").contains("抽检");
    }

    @Test
    void aPlansTargetsAreReadWhenTheCampaignIsCreated() {
        DubanUser coordinator = account("zhiliang");
        long unit = coordinator.unitId();
        long campaign = campaigns.create(coordinator.organisationId(), coordinator.id(), new NewCampaign(
                new CampaignNotice("2024年“质量月”活动方案", "测试局", null, null, 2024, List.of(), List.of(), null, null,
                        null, null, null, null, null, null, null, List.of()),
                List.of(activity("1", "制作、群发“质量月”公益宣传手机短信10000条", unit),
                        activity("2", "在农贸市场开展宣传活动，发放宣传资料500余份，接受咨询不少于两百人次", unit),
                        activity("3", "组织召开质量工作推进会", unit))));

        MetricTotals.CampaignCounts counts = totals.ofCampaign(coordinator.organisationId(), campaign);
        assertThat(target(counts, 0, "群发短信")).isEqualByComparingTo("10000");
        assertThat(target(counts, 1, "发放宣传资料")).isEqualByComparingTo("500");
        assertThat(target(counts, 1, "接受咨询")).isEqualByComparingTo("200");
        assertThat(counts.activities().get(1).lines()).filteredOn(l -> l.metric().name().equals("开展宣传活动"))
                .singleElement().satisfies(l -> assertThat(l.target()).as("no number next to it").isNull());
        assertThat(counts.activities().get(2).lines()).as("a meeting counts nothing of the catalog").isEmpty();
    }

    @Test
    void aUnitGivesCountsWithItsReportAndTheReviewerSeesThem() throws Exception {
        DubanUser qianqi = account("qianqi");
        DubanUser coordinator = account("zhiliang");
        AssignmentView share = assignmentOf(qianqi, "1");
        Metric sms = metric(qianqi, "群发短信");
        Metric banners = metric(qianqi, "悬挂横幅");

        mvc.perform(get("/tasks/" + share.id()).with(user(qianqi)))
                .andExpect(content().string(containsString("name=\"counts[" + sms.id() + "]\"")))
                .andExpect(content().string(containsString("inputmode=\"numeric\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("检查经营主体"))));

        mvc.perform(report(qianqi, share, "save", "群发短信，悬挂横幅").param("counts[" + sms.id() + "]", "1200"))
                .andExpect(status().is3xxRedirection());
        long reportId = latestReport(share);
        assertThat(reports.find(qianqi, reportId).counts()).extracting(c -> c.name() + c.amount().toPlainString())
                .containsExactly("群发短信1200");

        mvc.perform(report(qianqi, share, "submit", "群发短信，悬挂横幅").param("reportId", String.valueOf(reportId))
                        .param("counts[" + sms.id() + "]", "1,500").param("counts[" + banners.id() + "]", "３"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/" + reportId).with(user(coordinator)))
                .andExpect(content().string(containsString("群发短信</span> <b>1500</b> <span>条")))
                .andExpect(content().string(containsString("悬挂横幅</span> <b>3</b>")));
        mvc.perform(get("/api/v1/reports/" + reportId).with(httpBasic("qianqi", "Duban@2020")))
                .andExpect(jsonPath("$.counts[0].name").value("群发短信"))
                .andExpect(jsonPath("$.counts[0].amount").value(1500));

        // returned: the unit corrects its numbers on the same report
        reports.returnToUnit(coordinator, reportId, "横幅数量有误");
        mvc.perform(get("/tasks/" + share.id()).with(user(qianqi)))
                .andExpect(content().string(containsString("value=\"1500\"")));
        mvc.perform(report(qianqi, share, "submit", "群发短信，悬挂横幅").param("reportId", String.valueOf(reportId))
                        .param("counts[" + sms.id() + "]", "1500").param("counts[" + banners.id() + "]", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.find(qianqi, reportId).counts()).extracting(ReportCounts.Count::name).containsExactly("群发短信");
    }

    @Test
    void aCountThatIsNoSaneNumberIsRefusedInChineseAndNothingChanges() throws Exception {
        DubanUser shacheng = account("shacheng");
        AssignmentView share = assignmentOf(shacheng, "1");
        Metric sms = metric(shacheng, "群发短信");
        mvc.perform(report(shacheng, share, "save", "短信").param("counts[" + sms.id() + "]", "800"));
        long reportId = latestReport(share);

        for (Map.Entry<String, String> bad : Map.of("-5", "不能是负数", "3.5", "只能填整数", "很多", "应填写数字",
                "100000000", "超过 9999999 条").entrySet()) {
            MvcResult refused = mvc.perform(report(shacheng, share, "submit", "改过的文字")
                            .param("reportId", String.valueOf(reportId)).param("counts[" + sms.id() + "]", bad.getKey()))
                    .andExpect(status().is3xxRedirection()).andReturn();
            mvc.perform(get("/tasks/" + share.id()).with(user(shacheng)).flashAttrs(refused.getFlashMap()))
                    .andExpect(content().string(containsString(bad.getValue())))
                    .andExpect(content().string(containsString("未做任何更改")));
        }
        // a count this activity does not ask for, over the API
        Metric cases = metric(shacheng, "立案查处");
        mvc.perform(multipart("/api/v1/assignments/" + share.id() + "/reports").with(httpBasic("shacheng", "Duban@2020"))
                        .param("formKey", UUID.randomUUID().toString()).param("action", "submit").param("body", "短信")
                        .param("counts[" + cases.id() + "]", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("本活动不统计")));

        assertThat(reports.find(shacheng, reportId).state().name()).isEqualTo("DRAFT");
        assertThat(reports.find(shacheng, reportId).body()).isEqualTo("短信");
        assertThat(reports.find(shacheng, reportId).counts()).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("800"));
        assertThat(jdbc.sql("select count(*) from report where assignment_id = ?").param(share.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyMoneyTakesDecimals() {
        DubanUser coordinator = account("zhiliang");
        AssignmentView lead = assignmentOf(coordinator, "7");
        Metric fines = metric(coordinator, "案值/罚没");
        Metric samples = metric(coordinator, "抽检");
        activityMetrics.set(coordinator, lead.campaignId(), lead.activityId(), List.of(samples.id(), fines.id()),
                Map.of(samples.id(), "60"));
        var report = reports.save(coordinator, lead.id(), form("submit", Map.of(fines.id(), "3.25", samples.id(), "12")),
                List.of());
        assertThat(report.counts()).extracting(c -> c.amount().toPlainString()).containsExactly("12", "3.25");
        assertThatThrownBy(() -> activityMetrics.set(coordinator, lead.campaignId(), lead.activityId(),
                List.of(fines.id()), Map.of())).as("抽检 has been reported on this activity")
                .isInstanceOf(MetricRuleBroken.class).hasMessage("metric.error.reportedOnActivity");
        assertThatThrownBy(() -> catalog.delete(coordinator, fines.id())).isInstanceOf(MetricRuleBroken.class);
        catalog.retire(coordinator, fines.id(), true);
        assertThat(catalog.active(coordinator.organisationId())).extracting(Metric::id).doesNotContain(fines.id());
        assertThat(reports.find(coordinator, report.id()).counts()).as("retired, its data kept").hasSize(2);
    }

    /**
     * Activity 7 (重点商品质量抽查) is led by 质量安全监督管理股 and 消费者权益保护股 together. They sample 30 batches in one
     * joint operation: 质量股 gives the 30, 消保股 marks its report as joint. 前岐所 samples 5 more on its own; 沙埕所's 7
     * wait for review. The activity's actual is 35, not 65, and every unit keeps its credit.
     */
    @Test
    void aJointEventIsCountedOnceInTheTotalsWhileEachUnitKeepsItsCredit() throws Exception {
        DubanUser quality = account("zhiliang");
        long consumerUnit = units.allUnits(quality.organisationId()).stream()
                .filter(u -> u.name().equals("消费者权益保护股")).findFirst().orElseThrow().id();
        accounts.create(quality.organisationId(), "xiaobao", "{noop}x", "消费者权益保护股", Role.UNIT, consumerUnit);
        DubanUser consumer = account("xiaobao");
        DubanUser qianqi = account("qianqi");
        DubanUser shacheng = account("shacheng");
        Metric samples = metric(quality, "抽检");
        AssignmentView qualityLead = assignmentOf(quality, "7");
        long campaign = qualityLead.campaignId();
        activityMetrics.set(quality, campaign, qualityLead.activityId(), List.of(samples.id()), Map.of(samples.id(), "70"));

        long a = reports.save(quality, qualityLead.id(), form("submit", Map.of(samples.id(), "30")), List.of()).id();
        mvc.perform(report(consumer, assignmentOf(consumer, "7"), "submit", "与质量股联合抽检")
                        .param("counts[" + samples.id() + "]", "30").param("jointWith", String.valueOf(quality.unitId())))
                .andExpect(status().is3xxRedirection());
        long b = latestReport(assignmentOf(consumer, "7"));
        long c = reports.save(qianqi, assignmentOf(qianqi, "7").id(), form("submit", Map.of(samples.id(), "5")),
                List.of()).id();
        reports.save(shacheng, assignmentOf(shacheng, "7").id(), form("submit", Map.of(samples.id(), "7")), List.of());
        for (long id : List.of(a, b, c)) {
            reports.accept(quality, id, null);
        }

        MetricTotals.CampaignCounts counts = totals.ofCampaign(quality.organisationId(), campaign);
        MetricTotals.Line line = counts.activity(qualityLead.activityId()).lines().get(0);
        assertThat(line.accepted()).isEqualByComparingTo("35");
        assertThat(line.awaiting()).isEqualByComparingTo("7");
        assertThat(line.percent()).isEqualTo(50);
        assertThat(line.units()).extracting(u -> u.unitName() + " " + u.accepted().toPlainString() + (u.joint() ? " 联合" : ""))
                .containsExactlyInAnyOrder("质量安全监督管理股 30", "消费者权益保护股 30 联合", "前岐市场监督管理所 5",
                        "沙埕市场监督管理所 0");
        assertThat(counts.totals()).filteredOn(t -> t.metric().id() == samples.id()).singleElement()
                .satisfies(t -> assertThat(t.accepted()).isEqualByComparingTo("35"));
        assertThat(counts.creditByUnit().get(consumerUnit).get(samples.id())).isEqualByComparingTo("30");

        mvc.perform(get("/reports/" + b).with(user(quality)))
                .andExpect(content().string(containsString("与质量安全监督管理股联合开展，数字已由对方填报")));
        mvc.perform(get("/campaigns/" + campaign + "/dashboard").with(user(account("leader"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("抽检（批次）")));
        mvc.perform(get("/campaigns/" + campaign + "/counts").with(user(quality)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("50%")));
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/counts").with(httpBasic("qianqi", "Duban@2020")))
                .andExpect(status().isForbidden());
        // as of a moment: what had been accepted by then (质量股's report on 9月5日, the others on 9月20日)
        jdbc.sql("update report_event set at = ? where action = 'ACCEPTED' and report_id = ?")
                .params(java.time.OffsetDateTime.parse("2020-09-05T10:00:00+08:00"), a).update();
        jdbc.sql("update report_event set at = ? where action = 'ACCEPTED' and report_id in (?, ?)")
                .params(java.time.OffsetDateTime.parse("2020-09-20T10:00:00+08:00"), b, c).update();
        MetricTotals.Line then = totals.ofCampaign(quality.organisationId(), campaign,
                java.time.OffsetDateTime.parse("2020-09-10T00:00:00+08:00")).activity(qualityLead.activityId()).lines().get(0);
        assertThat(then.accepted()).isEqualByComparingTo("30");
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/counts").param("asOf", "2020-09-01T00:00:00+08:00")
                        .with(httpBasic("leader", "Duban@2020")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals[?(@.metric.name == '抽检')].accepted").value(0));

        // a partner must take part in the activity
        long office = units.allUnits(quality.organisationId()).stream().filter(u -> u.name().equals("办公室"))
                .findFirst().orElseThrow().id();
        mvc.perform(report(qianqi, assignmentOf(qianqi, "7"), "submit", "联合")
                        .param("counts[" + samples.id() + "]", "1").param("jointWith", String.valueOf(office)))
                .andExpect(status().is3xxRedirection());
        assertThat(totals.ofCampaign(quality.organisationId(), campaign).activity(qualityLead.activityId()).lines()
                .get(0).awaiting()).as("the refused report changed nothing").isEqualByComparingTo("7");
    }

    @Test
    void theCoordinatorChangesAnActivitysCountsAndTargetsOnTheCountsPage() throws Exception {
        DubanUser coordinator = account("zhiliang");
        AssignmentView lead = assignmentOf(coordinator, "2");
        Metric trained = metric(coordinator, "培训");
        Metric sessions = metric(coordinator, "举办培训班");
        String route = "/campaigns/" + lead.campaignId() + "/activities/" + lead.activityId() + "/metrics";

        mvc.perform(post(route).with(user(coordinator)).with(csrf()).param("metricIds", String.valueOf(trained.id()),
                        String.valueOf(sessions.id())).param("target." + trained.id(), "120")
                        .param("target." + sessions.id(), ""))
                .andExpect(status().is3xxRedirection());
        assertThat(activityMetrics.ofActivity(lead.activityId()))
                .extracting(x -> x.metric().name() + " " + (x.target() == null ? "—" : x.target().toPlainString()))
                .containsExactly("培训 120", "举办培训班 —");

        MvcResult refused = mvc.perform(post(route).with(user(coordinator)).with(csrf())
                        .param("metricIds", String.valueOf(trained.id())).param("target." + trained.id(), "一百二十人"))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get("/campaigns/" + lead.campaignId() + "/counts").with(user(coordinator))
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("“培训”应填写数字")));
        assertThat(activityMetrics.ofActivity(lead.activityId())).as("nothing changed").hasSize(2);

        mvc.perform(post(route).with(user(account("leader"))).with(csrf()).param("metricIds", String.valueOf(trained.id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + lead.campaignId() + "/counts").with(user(account("leader"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("培训（人次）")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("activity-metrics-form"))));
    }

    @Test
    void theCatalogIsEditedAndAnEntryWithDataOnlyRetires() throws Exception {
        DubanUser coordinator = account("zhiliang");
        mvc.perform(post("/metrics").with(user(coordinator)).with(csrf()).param("name", "张贴海报").param("unit", "张")
                        .param("keywords", "海报、张贴"))
                .andExpect(status().is3xxRedirection());
        Metric posters = metric(coordinator, "张贴海报");
        assertThat(posters.keywords()).containsExactly("海报", "张贴");
        MvcResult taken = mvc.perform(post("/metrics").with(user(coordinator)).with(csrf()).param("name", "张贴海报")
                .param("unit", "张")).andReturn();
        mvc.perform(get("/metrics").with(user(coordinator)).flashAttrs(taken.getFlashMap()))
                .andExpect(content().string(containsString("已有名为“张贴海报”的指标")));
        mvc.perform(post("/metrics/" + posters.id()).with(user(coordinator)).with(csrf()).param("name", "张贴宣传海报")
                .param("unit", "幅").param("keywords", "海报"));
        assertThat(metric(coordinator, "张贴宣传海报").unit()).isEqualTo("幅");
        mvc.perform(post("/metrics/" + posters.id() + "/delete").with(user(coordinator)).with(csrf()));
        assertThat(catalog.find(coordinator.organisationId(), posters.id())).as("unused: deleted").isEmpty();

        Metric sms = metric(coordinator, "群发短信");
        MvcResult inUse = mvc.perform(post("/metrics/" + sms.id() + "/delete").with(user(coordinator)).with(csrf()))
                .andReturn();
        mvc.perform(get("/metrics").with(user(coordinator)).flashAttrs(inUse.getFlashMap()))
                .andExpect(content().string(containsString("不能删除，可以停用")));
        assertThat(catalog.find(coordinator.organisationId(), sms.id())).isPresent();
    }

    private static NewCampaign.NewActivity activity(String no, String content, long unit) {
        return new NewCampaign.NewActivity(no, content, "9月", "WINDOW", LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 9, 30), "质量安全监督管理股", "", List.of(unit), List.of());
    }

    private static BigDecimal target(MetricTotals.CampaignCounts counts, int activity, String name) {
        return counts.activities().get(activity).lines().stream().filter(l -> l.metric().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not asked")).target();
    }

    private List<String> askedOf(DubanUser user, String activityNo) {
        AssignmentView a = assignmentOf(user, activityNo);
        return activityMetrics.ofActivity(a.activityId()).stream().map(x -> x.metric().name()).toList();
    }

    private Metric metric(DubanUser user, String name) {
        return catalog.all(user.organisationId()).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static org.duban.report.ReportForm form(String action, Map<Long, String> counts) {
        return new org.duban.report.ReportForm(UUID.randomUUID().toString(), null, "抽检情况", null, action, List.of(),
                counts, null);
    }

    private MockMultipartHttpServletRequestBuilder report(DubanUser who, AssignmentView a, String action, String body) {
        MockMultipartHttpServletRequestBuilder request = multipart("/tasks/" + a.id() + "/reports");
        request.param("formKey", UUID.randomUUID().toString()).param("action", action).param("body", body)
                .param("happenedOn", "2020-09-10");
        request.with(user(who)).with(csrf());
        return request;
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }

    private AssignmentView assignmentOf(DubanUser member, String activityNo) {
        return assignments.ofUnit(member.organisationId(), member.unitId()).stream()
                .filter(a -> a.activityNo().equals(activityNo)).findFirst().orElseThrow();
    }

    private long latestReport(AssignmentView a) {
        return jdbc.sql("select max(id) from report where assignment_id = ?").param(a.id()).query(Long.class).single();
    }
}
