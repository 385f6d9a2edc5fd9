package org.duban.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.support.DemoCampaigns;
import org.duban.support.DubanTest;
import org.duban.support.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A station hands in its 质量月 summary with photos; the coordinator sees who has not. */
@DubanTest
@AutoConfigureMockMvc
class SummaryHandInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SummaryService summaries;

    @Test
    void aStationHandsInAndTheCoordinatorSeesWhoHasNot() throws Exception {
        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        long campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        int missingBefore = (int) summaries.standings(coordinator.organisationId(), campaign).stream()
                .filter(s -> !s.handedIn()).count();

        mvc.perform(multipart("/campaigns/" + campaign + "/summary").param("action", "handIn").param("body", " ")
                        .with(user(qianqi)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写总结内容后再报送")));
        mvc.perform(multipart("/campaigns/" + campaign + "/summary")
                        .file(new MockMultipartFile("photos", "总结.jpg", "image/jpeg", TestImages.jpeg(800, 600, 301)))
                        .param("action", "handIn").param("body", "质量月期间共开展宣传活动5场，检查企业32家。")
                        .with(user(qianqi)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/campaigns/" + campaign + "/summary").with(user(qianqi)))
                .andExpect(content().string(containsString("id=\"handed-in\"")));
        mvc.perform(get("/campaigns/" + campaign + "/summaries").with(user(coordinator)))
                .andExpect(content().string(containsString("前岐市场监督管理所</a>")))
                .andExpect(content().string(containsString("未报送")));
        mvc.perform(get("/campaigns/" + campaign + "/summaries/" + qianqi.unitId()).with(user(coordinator)))
                .andExpect(content().string(containsString("检查企业32家")));
        mvc.perform(get("/campaigns/" + campaign + "/dashboard").with(user(coordinator)))
                .andExpect(content().string(containsString("总结：" + (missingBefore - 1) + " / ")));

        DubanUser shacheng = (DubanUser) users.loadUserByUsername("shacheng");
        mvc.perform(get("/campaigns/" + campaign + "/summaries/" + qianqi.unitId()).with(user(shacheng)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/" + campaign + "/summaries").with(user(shacheng))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + campaign + "/summary").with(user(shacheng)))
                .andExpect(content().string(not(containsString("检查企业32家"))));
        assertThat(summaries.find(coordinator, campaign, qianqi.unitId())).hasValueSatisfying(s -> {
            assertThat(s.photos()).hasSize(1);
            assertThat(s.handedIn()).isTrue();
        });
    }
}
