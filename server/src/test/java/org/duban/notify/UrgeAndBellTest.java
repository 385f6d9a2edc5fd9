package org.duban.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.support.DemoCampaigns;
import org.duban.support.DubanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A coordinator urges a late station from the dashboard; the station's bell lights up. */
@DubanTest
@AutoConfigureMockMvc
class UrgeAndBellTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;
    @Autowired
    Notifications notifications;

    @Test
    void urgingAUnitListsItsLateTasksInItsNotifications() throws Exception {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        DubanUser shacheng = (DubanUser) users.loadUserByUsername("shacheng");
        long campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        int before = notifications.unread(shacheng);

        mvc.perform(post("/campaigns/" + campaign + "/units/" + shacheng.unitId() + "/urge").with(user(coordinator))
                        .with(csrf()).param("message", "明天上午前报送"))
                .andExpect(status().is3xxRedirection());

        assertThat(notifications.unread(shacheng)).isEqualTo(before + 1);
        mvc.perform(get("/tasks").with(user(shacheng)))
                .andExpect(content().string(containsString("class=\"badge rounded-pill text-bg-warning unread\"")));
        mvc.perform(get("/notifications").with(user(shacheng)))
                .andExpect(content().string(containsString("【催办】沙埕市场监督管理所")))
                .andExpect(content().string(containsString("明天上午前报送")));
        assertThat(notifications.unread(shacheng)).as("reading marks them read").isZero();

        mvc.perform(post("/campaigns/" + campaign + "/units/" + shacheng.unitId() + "/urge").with(user(shacheng)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/" + campaign + "/units/" + shacheng.unitId() + "/urge").with(user(users.loadUserByUsername("leader")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDashboardCarriesItsChartDataAndTheChartLibrary() throws Exception {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        long campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        mvc.perform(get("/campaigns/" + campaign + "/dashboard").with(user(coordinator)))
                .andExpect(content().string(containsString("/webjars/echarts/")))
                .andExpect(content().string(containsString("data-chart=\"{&quot;units&quot;:[")))
                .andExpect(content().string(containsString("class=\"timeline-done\"")));
    }
}
