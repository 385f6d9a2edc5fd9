package org.duban.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.duban.campaign.CampaignEditing;
import org.duban.campaign.CampaignNotice;
import org.duban.campaign.CampaignService;
import org.duban.campaign.NewCampaign;
import org.duban.org.DubanUser;
import org.duban.org.OrgLevel;
import org.duban.org.Organisations;
import org.duban.org.Role;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UnitKind;
import org.duban.org.UserAccounts;
import org.duban.planimport.DraftReview;
import org.duban.planimport.ImportService;
import org.duban.planimport.TaskEdit;
import org.duban.planreader.TaskDraft;
import org.duban.support.BothDatabases;
import org.duban.support.DemoCampaigns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 下发: a city issues its plan (one with no 文号, so nothing but the issue links them) to its two counties; the demo
 * county finds it waiting on its 导入 page, with the activities and windows filled in and of the units only those it
 * has itself, gives each activity its own lead, confirms it, and its campaign is linked to the city's; the city sees
 * who has it waiting and who has taken it up, and is told when there is no one left to issue it to.
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.test.application=issues"})
@BothDatabases
@AutoConfigureMockMvc
class PlanIssuesTest {

    static final String CITY = "宁德市市场监督管理局";
    static final String TITLE = "2020年宁德市“质量月”活动方案";

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
    UnitDirectoryService units;
    @Autowired
    ImportService imports;
    @Autowired
    PlanIssues issues;
    @Autowired
    CampaignEditing editing;

    DubanUser county;
    long countyOrg;
    long city;
    DubanUser cityCoordinator;
    long otherCounty;

    @BeforeEach
    void aCityOverTheDemoCountyAndAnother() {
        county = (DubanUser) users.loadUserByUsername("zhiliang");
        countyOrg = county.organisationId();
        city = jdbc.sql("select id from organisation where name = ?").param(CITY).query(Long.class).optional()
                .orElseGet(() -> {
                    long id = organisations.create(CITY, null);
                    organisations.setLevel(id, OrgLevel.CITY);
                    jdbc.sql("update organisation set parent_id = ? where id = ?").params(id, countyOrg).update();
                    accounts.create(id, "ningde", "{noop}x", "宁德市局", Role.COORDINATOR, null);
                    organisations.createBelow(id, "霞浦县市场监督管理局");
                    units.addUnit(null, id, "质量发展科", UnitKind.OFFICE, List.of());
                    return id;
                });
        cityCoordinator = (DubanUser) users.loadUserByUsername("ningde");
        otherCounty = jdbc.sql("select id from organisation where name = '霞浦县市场监督管理局'").query(Long.class).single();
    }

    /** A new campaign of the city's for each test, so that each issues afresh. */
    private long cityCampaign() {
        long office = units.allUnits(city).get(0).id();
        CampaignNotice notice = new CampaignNotice(TITLE, CITY, null, LocalDate.of(2020, 8, 28), 2020, List.of(),
                List.of(), null, "建设质量强国", "9月", LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30),
                "各地于10月8日前报送活动总结。", null, null, LocalDate.of(2020, 10, 8), List.of());
        return campaigns.create(city, cityCoordinator.id(), new NewCampaign(notice, List.of(
                new NewCampaign.NewActivity("1", "开展“质量月”宣传进企业活动", "9月1日-9月30日", "WINDOW",
                        LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30), "质量发展科", "办公室、各市场监督管理所",
                        List.of(office), List.of()),
                new NewCampaign.NewActivity("2", "组织质量开放日活动", "9月15日", "WINDOW", LocalDate.of(2020, 9, 15),
                        LocalDate.of(2020, 9, 15), "各县（市、区）市场监管局", "", List.of(office), List.of()))));
    }

    @Test
    void theCountyReviewsTheIssuedPlanAndItsCampaignIsLinkedToTheCitys() throws Exception {
        long plan = cityCampaign();
        mvc.perform(get("/campaigns/" + plan + "/rollup").with(user(cityCoordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("下发给 2 个尚未收到的下级机构")));

        mvc.perform(post("/campaigns/" + plan + "/issue").with(user(cityCoordinator)).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/" + plan + "/rollup?issued=2#issue"));

        assertThat(issues.lowerOf(cityCoordinator, plan)).extracting(PlanIssues.Lower::state)
                .containsOnly(PlanIssues.State.WAITING);
        assertThat(jdbc.sql("select detail from audit_event where action = 'PLAN_ISSUED' and target = ?")
                .param("活动计划 " + plan).query(String.class).single())
                .contains("下发给 2 个下级机构").contains("霞浦县市场监督管理局");
        String importPage = mvc.perform(get("/imports/new").with(user(county))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(importPage).contains("上级下发：" + CITY).contains(TITLE).contains("issued-waiting");

        long draftId = imports.openDrafts(countyOrg).stream().filter(ImportService.OpenDraft::issued)
                .filter(d -> TITLE.equals(d.title())).findFirst().orElseThrow().id();
        DraftReview review = imports.review(countyOrg, draftId);
        List<TaskDraft> tasks = review.draft().tasks();
        assertThat(tasks).extracting(TaskDraft::content).containsExactly("开展“质量月”宣传进企业活动", "组织质量开放日活动");
        assertThat(tasks.get(0).start()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(tasks.get(1).end()).isEqualTo(LocalDate.of(2020, 9, 15));
        assertThat(review.draft().issuer()).as("the county issues its own plan")
                .isEqualTo(organisations.find(countyOrg).orElseThrow().name());
        assertThat(review.draft().summaryDeadline()).isEqualTo(LocalDate.of(2020, 10, 8));
        assertThat(tasks.get(0).lead()).as("the city's own office means nothing in the county").isEmpty();
        assertThat(tasks.get(0).assist()).as("names the county has itself stay").containsExactly("办公室", "各市场监督管理所");
        assertThat(review.confirmable()).as("each activity still needs the county's own lead").isFalse();
        mvc.perform(get("/imports/" + draftId).with(user(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("本方案由" + CITY + "下发")));

        imports.editTask(countyOrg, draftId, 0, new TaskEdit("1", tasks.get(0).content(), tasks.get(0).timeText(),
                null, null, List.of("质量股"), tasks.get(0).assist()));
        imports.editTask(countyOrg, draftId, 1, new TaskEdit("2", tasks.get(1).content(), tasks.get(1).timeText(),
                null, null, List.of("质量计量检测所"), List.of()));
        long adopted = imports.confirm(countyOrg, county.id(), draftId);

        assertThat(jdbc.sql("select upstream_campaign_id from campaign where id = ?").param(adopted).query(Long.class)
                .single()).isEqualTo(plan);
        assertThat(issues.lowerOf(cityCoordinator, plan)).extracting(PlanIssues.Lower::organisationId,
                PlanIssues.Lower::state).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(countyOrg, PlanIssues.State.TAKEN_UP),
                        org.assertj.core.groups.Tuple.tuple(otherCounty, PlanIssues.State.WAITING));
        mvc.perform(get("/campaigns/" + plan + "/rollup").with(user(cityCoordinator)))
                .andExpect(content().string(containsString("已采用：《" + TITLE + "》")))
                .andExpect(content().string(containsString("lower-row")));

        // issuing again gives nobody a second copy
        mvc.perform(post("/campaigns/" + plan + "/issue").with(user(cityCoordinator)).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/" + plan + "/rollup?issued=0#issue"));
        assertThat(jdbc.sql("select count(*) from plan_draft where issued_from_campaign_id = ?").param(plan)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void onlyTheCitysCoordinatorIssuesItsOwnLivePlanToBureausItHas() throws Exception {
        long plan = cityCampaign();
        long seed = DemoCampaigns.seed(campaigns, countyOrg);

        mvc.perform(post("/campaigns/" + plan + "/issue").with(user(county)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/campaigns/" + seed + "/issue").with(user(county)).with(csrf()))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("本机构下面还没有下级机构")));
        editing.archive(cityCoordinator, plan, true);
        mvc.perform(post("/campaigns/" + plan + "/issue").with(user(cityCoordinator)).with(csrf()))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("已归档的方案不能下发")));

        assertThat(jdbc.sql("select count(*) from plan_draft where issued_from_campaign_id in (?, ?)")
                .params(plan, seed).query(Integer.class).single()).as("nothing was issued").isZero();
    }
}
