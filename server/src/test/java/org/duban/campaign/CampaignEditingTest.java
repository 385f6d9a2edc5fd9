package org.duban.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.duban.org.DubanUser;
import org.duban.supervision.AssignmentStatus;
import org.duban.supervision.TaskRow;
import org.duban.supervision.UnitTasks;
import org.duban.support.DemoCampaigns;
import org.duban.support.DubanTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coordinator changes the demo's 质量月 plan after confirmation: windows, text, activities and units, archiving.
 * Units see the change in their tasks and are told; reports already in stay; bad input changes nothing.
 */
@DubanTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "duban.demo.around-today=true") // with reports in: the work that must survive
class CampaignEditingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;
    @Autowired
    UnitTasks tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    DubanUser coordinator;
    DubanUser qianqi;
    DubanUser shacheng;
    long campaignId;

    @BeforeEach
    void demo() {
        coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        shacheng = (DubanUser) users.loadUserByUsername("shacheng");
        campaignId = DemoCampaigns.seed(campaigns, coordinator.organisationId());
    }

    @Test
    void aClosedWindowMovedIntoTheFutureIsNoLongerOverdueAndTheUnitIsTold() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Campaign.Activity fifth = numbered("5");
        mvc.perform(post("/campaigns/" + campaignId + "/activities/" + fifth.id()).param("content", fifth.content())
                        .param("start", today.minusDays(10).toString()).param("end", today.minusDays(3).toString())
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        TaskRow late = campaignTasks().stream().filter(r -> r.assignment().activityId() == fifth.id()).findFirst()
                .orElseThrow();
        assertThat(late.status()).isEqualTo(AssignmentStatus.OVERDUE);
        long activity = fifth.id();

        mvc.perform(post("/campaigns/" + campaignId + "/activities/" + activity).param("content", "新的活动内容：质量开放日")
                        .param("start", today.minusDays(2).toString()).param("end", today.plusDays(20).toString())
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        TaskRow now = row(tasks.of(coordinator.organisationId(), late.assignment().unitId()), late.assignment().id());
        assertThat(now.status()).isEqualTo(AssignmentStatus.OPEN);
        assertThat(now.assignment().content()).isEqualTo("新的活动内容：质量开放日");
        assertThat(now.assignment().end()).isEqualTo(today.plusDays(20));
        assertThat(jdbc.sql("select message from notification where unit_id = ? and kind = 'PLAN_CHANGED'")
                .param(late.assignment().unitId()).query(String.class).list())
                .anySatisfy(m -> assertThat(m).startsWith("【计划变更】").contains("新的活动内容：质量开放日")
                        .contains(late.assignment().content()));
        assertThat(auditActions()).contains("CAMPAIGN_ACTIVITY_CHANGED");
    }

    @Test
    void anAcceptedReportStaysAcceptedWhenItsWindowMoves() throws Exception {
        Campaign.Activity first = numbered("1");
        long qianqiOnFirst = first.assists().stream().filter(a -> a.unitName().equals("前岐市场监督管理所"))
                .findFirst().orElseThrow().id();
        assertThat(row(qianqisTasks(), qianqiOnFirst).status()).isEqualTo(AssignmentStatus.DONE);
        LocalDate today = LocalDate.now(clock);

        mvc.perform(post("/campaigns/" + campaignId + "/activities/" + first.id()).param("content", first.content())
                        .param("start", today.plusDays(3).toString()).param("end", today.plusDays(9).toString())
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(row(qianqisTasks(), qianqiOnFirst).status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(numbered("1").start()).isEqualTo(today.plusDays(3));
    }

    @Test
    void badChangesAreRefusedInChineseAndChangeNothing() throws Exception {
        Campaign before = campaign();
        Campaign.Activity a = before.activities().get(2);
        String url = "/campaigns/" + campaignId + "/activities/" + a.id();

        mvc.perform(post(url).param("content", "改后的内容甲").param("start", "2026-12-20").param("end", "2026-12-01")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("结束日期（12月1日）早于开始日期（12月20日）")))
                .andExpect(content().string(containsString(">改后的内容甲</textarea>")))
                .andExpect(content().string(containsString("value=\"2026-12-20\"")));
        mvc.perform(post(url).param("content", "  ").param("end", "2026-12-01").with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写活动内容")));
        mvc.perform(post(url).param("content", "内容").param("end", "12月20日").with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("无法识别")));
        mvc.perform(post(url + "/units").param("unitId", "987654").param("role", "ASSIST")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不属于本机构")));
        mvc.perform(post("/campaigns/" + campaignId + "/activities").param("content", "新活动")
                        .param("leads", "987654").with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不属于本机构")));
        mvc.perform(post("/campaigns/" + campaignId + "/edit").param("title", " ").with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写计划标题")));
        mvc.perform(post(url).param("content", "内容").with(user(qianqi)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(campaign()).isEqualTo(before);
    }

    @Test
    void anActivityAddedLaterReachesItsUnitsAndUnitsComeAndGo() throws Exception {
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/campaigns/" + campaignId + "/activities").param("content", "开展计量器具免费检定进社区活动")
                        .param("start", today.toString()).param("end", today.plusDays(10).toString())
                        .param("leads", String.valueOf(qianqi.unitId())).with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Campaign.Activity added = campaign().activities().stream()
                .filter(a -> a.content().equals("开展计量器具免费检定进社区活动")).findFirst().orElseThrow();
        assertThat(added.no()).isEqualTo("24");
        mvc.perform(get("/tasks").with(user(qianqi))).andExpect(content().string(containsString("开展计量器具免费检定进社区活动")));
        mvc.perform(get("/tasks").with(user(shacheng)))
                .andExpect(content().string(not(containsString("开展计量器具免费检定进社区活动"))));

        mvc.perform(post("/campaigns/" + campaignId + "/activities/" + added.id() + "/units")
                        .param("unitId", String.valueOf(shacheng.unitId())).param("role", "ASSIST")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/tasks").with(user(shacheng))).andExpect(content().string(containsString("开展计量器具免费检定进社区活动")));
        mvc.perform(post("/campaigns/" + campaignId + "/activities/" + added.id() + "/units")
                        .param("unitId", String.valueOf(shacheng.unitId())).param("role", "LEAD")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("已在第 24 项中")));

        long shachengOnIt = activity(added.id()).assists().get(0).id();
        mvc.perform(post("/campaigns/" + campaignId + "/assignments/" + shachengOnIt + "/remove")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/tasks").with(user(shacheng)))
                .andExpect(content().string(not(containsString("开展计量器具免费检定进社区活动"))));

        mvc.perform(post("/campaigns/" + campaignId + "/activities/" + added.id() + "/remove")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(campaign().activities()).noneMatch(a -> a.id() == added.id());
        mvc.perform(get("/tasks").with(user(qianqi)))
                .andExpect(content().string(not(containsString("开展计量器具免费检定进社区活动"))));
        assertThat(auditActions()).contains("CAMPAIGN_ACTIVITY_ADDED", "CAMPAIGN_UNIT_ADDED", "CAMPAIGN_UNIT_REMOVED",
                "CAMPAIGN_ACTIVITY_REMOVED");
    }

    @Test
    void anActivityWithReportsIsCancelledNotDeletedAndItsReportsStay() throws Exception {
        Campaign.Activity meeting = numbered("21");
        long qianqiOnIt = meeting.assignments().stream().filter(a -> a.unitName().equals("前岐市场监督管理所"))
                .findFirst().orElseThrow().id();
        long report = jdbc.sql("select min(id) from report where assignment_id = ?").param(qianqiOnIt)
                .query(Long.class).single();

        mvc.perform(post("/campaigns/" + campaignId + "/activities/" + meeting.id() + "/remove")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("第 21 项已有单位报送，不能删除")));
        mvc.perform(post("/campaigns/" + campaignId + "/assignments/" + qianqiOnIt + "/remove")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("前岐市场监督管理所 已在第 21 项报送过")));
        assertThat(activity(meeting.id()).assignments()).hasSameSizeAs(meeting.assignments());

        mvc.perform(post("/campaigns/" + campaignId + "/activities/" + meeting.id() + "/cancel")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(qianqisTasks()).noneMatch(r -> r.assignment().activityId() == meeting.id());
        assertThat(campaign().cancelled()).extracting(Campaign.Activity::id).containsExactly(meeting.id());
        mvc.perform(get("/campaigns/" + campaignId).with(user(coordinator)))
                .andExpect(content().string(containsString("已取消")));
        mvc.perform(get("/campaigns/" + campaignId + "/dashboard").with(user(coordinator)))
                .andExpect(content().string(not(containsString(meeting.content()))));
        mvc.perform(get("/reports/" + report).with(user(coordinator))).andExpect(status().isOk());
        mvc.perform(post("/tasks/" + qianqiOnIt + "/reports").param("formKey", UUID.randomUUID().toString())
                        .param("body", "补充报送").param("action", "submit").with(user(qianqi)).with(csrf()))
                .andExpect(flash().attribute("reportRefused", "该项活动已取消，不能再报送。"));
        assertThat(auditActions()).contains("CAMPAIGN_ACTIVITY_CANCELLED");
    }

    @Test
    void anArchivedCampaignLeavesTheListsTakesNoReportsAndComesBack() throws Exception {
        String title = campaign().notice().title();
        long qianqiTask = qianqisTasks().stream().filter(r -> r.assignment().campaignId() == campaignId)
                .findFirst().orElseThrow().assignment().id();

        mvc.perform(post("/campaigns/" + campaignId + "/archive").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        try {
            mvc.perform(get("/campaigns").with(user(coordinator))).andExpect(content().string(not(containsString(title))));
            mvc.perform(get("/campaigns").param("archived", "true").with(user(coordinator)))
                    .andExpect(content().string(containsString(title)));
            mvc.perform(get("/campaigns/" + campaignId).with(user(coordinator)))
                    .andExpect(content().string(containsString("归档：只读，不再接收报送")));
            assertThat(qianqisTasks()).noneMatch(r -> r.assignment().campaignId() == campaignId);
            mvc.perform(post("/tasks/" + qianqiTask + "/reports").param("formKey", UUID.randomUUID().toString())
                            .param("body", "归档后补报").param("action", "submit").with(user(qianqi)).with(csrf()))
                    .andExpect(flash().attribute("reportRefused", "该活动计划已归档，不能再报送。"));
            mvc.perform(post("/campaigns/" + campaignId + "/edit").param("title", "改名")
                            .with(user(coordinator)).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("此计划已归档，不能修改")));
            assertThat(jdbc.sql("select count(*) from report where body = '归档后补报'").query(Long.class).single())
                    .isZero();
        } finally {
            mvc.perform(post("/campaigns/" + campaignId + "/unarchive").with(user(coordinator)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/campaigns").with(user(coordinator))).andExpect(content().string(containsString(title)));
        assertThat(qianqisTasks()).anyMatch(r -> r.assignment().campaignId() == campaignId);
        assertThat(auditActions()).contains("CAMPAIGN_ARCHIVED", "CAMPAIGN_UNARCHIVED");
    }

    @Test
    void theTitleAndSummaryDeadlineChange() throws Exception {
        LocalDate deadline = LocalDate.now(clock).plusDays(40);
        mvc.perform(post("/campaigns/" + campaignId + "/edit").param("title", "福鼎市质量月活动方案（修订）")
                        .param("summaryDeadline", deadline.toString()).with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(campaign().notice().title()).isEqualTo("福鼎市质量月活动方案（修订）");
        assertThat(campaign().notice().summaryDeadline()).isEqualTo(deadline);
        mvc.perform(get("/campaigns/" + campaignId + "/edit").with(user(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("福鼎市质量月活动方案（修订）")));
    }

    private List<TaskRow> campaignTasks() {
        return tasks.ofCampaign(coordinator.organisationId(), campaignId);
    }

    private List<TaskRow> qianqisTasks() {
        return tasks.of(qianqi.organisationId(), qianqi.unitId());
    }

    private static TaskRow row(List<TaskRow> rows, long assignmentId) {
        return rows.stream().filter(r -> r.assignment().id() == assignmentId).findFirst().orElseThrow();
    }

    private Campaign campaign() {
        return campaigns.find(coordinator.organisationId(), campaignId).orElseThrow();
    }

    private Campaign.Activity numbered(String no) {
        return campaign().activities().stream().filter(a -> a.no().equals(no)).findFirst().orElseThrow();
    }

    private Campaign.Activity activity(long id) {
        return campaign().activities().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event where organisation_id = ?").param(coordinator.organisationId())
                .query(String.class).list();
    }
}
