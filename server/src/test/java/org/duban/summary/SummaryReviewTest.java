package org.duban.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.report.Report;
import org.duban.report.ReportState;
import org.duban.support.DemoCampaigns;
import org.duban.support.DubanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator returns a station's summary with a reason; the station sees it, hands in again; it is accepted. */
@DubanTest
@AutoConfigureMockMvc
class SummaryReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SummaryService summaries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReturnedSummaryShowsTheReasonIsHandedInAgainAndAcceptedWithItsHistoryKept() throws Exception {
        DubanUser station = (DubanUser) users.loadUserByUsername("shacheng");
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        long campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        String summaryUrl = "/campaigns/" + campaign + "/summaries/" + station.unitId();

        mvc.perform(multipart("/campaigns/" + campaign + "/summary").param("action", "handIn")
                        .param("body", "质量月期间开展宣传活动5场。").with(user(station)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/campaigns/" + campaign + "/summaries").with(user(coordinator)))
                .andExpect(content().string(containsString("待审")));
        mvc.perform(get(summaryUrl).with(user(coordinator)))
                .andExpect(content().string(containsString("id=\"return\"")));

        mvc.perform(post(summaryUrl + "/return").param("comment", " ").with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(summaryUrl + "/return").param("comment", "请补充检查企业家数和发现的问题。")
                        .with(user(station)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(summaryUrl + "/return").param("comment", "请补充检查企业家数和发现的问题。")
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(summaryUrl + "/accept").with(user(coordinator)).with(csrf()))
                .andExpect(status().isConflict());

        mvc.perform(get("/campaigns/" + campaign + "/summary").with(user(station)))
                .andExpect(content().string(containsString("已退回")))
                .andExpect(content().string(containsString("请补充检查企业家数和发现的问题。")));
        mvc.perform(get("/campaigns/" + campaign + "/summaries").with(user(coordinator)))
                .andExpect(content().string(containsString("已退回")));
        mvc.perform(get("/campaigns/" + campaign + "/dashboard").with(user(coordinator)))
                .andExpect(content().string(containsString("已退回 1 · 已通过 0")));

        mvc.perform(multipart("/campaigns/" + campaign + "/summary").param("action", "handIn")
                        .param("body", "质量月期间开展宣传活动5场，检查企业32家，发现问题3个。").with(user(station)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(summaries.find(coordinator, campaign, station.unitId()).orElseThrow().state())
                .isEqualTo(ReportState.SUBMITTED);
        mvc.perform(post(summaryUrl + "/accept").param("comment", "内容完整。").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        UnitSummary accepted = summaries.find(coordinator, campaign, station.unitId()).orElseThrow();
        assertThat(accepted.state()).isEqualTo(ReportState.ACCEPTED);
        assertThat(accepted.history()).extracting(Report.Event::action)
                .containsExactly("SUBMITTED", "RETURNED", "RESUBMITTED", "ACCEPTED");
        mvc.perform(get("/campaigns/" + campaign + "/summary").with(user(station)))
                .andExpect(content().string(containsString("已通过")))
                .andExpect(content().string(not(containsString("name=\"body\""))));
        mvc.perform(multipart("/campaigns/" + campaign + "/summary").param("action", "handIn").param("body", "再改")
                        .with(user(station)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("总结已通过审核，不能再修改")));
        mvc.perform(get("/campaigns/" + campaign + "/dashboard").with(user(coordinator)))
                .andExpect(content().string(containsString("已退回 0 · 已通过 1")));
        assertThat(jdbc.sql("select action from audit_event where action like 'SUMMARY_%' order by id")
                .query(String.class).list()).containsExactly("SUMMARY_RETURNED", "SUMMARY_ACCEPTED");
    }
}
