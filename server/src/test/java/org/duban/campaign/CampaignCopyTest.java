package org.duban.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.duban.org.DubanUser;
import org.duban.support.BothDatabases;
import org.duban.support.DemoCampaigns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Next year's 质量月 made from this year's in one step, to be checked and adjusted rather than typed again. */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.test.application=campaign-copy"})
@BothDatabases
@AutoConfigureMockMvc
class CampaignCopyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCopyMovesEveryDateByAYearKeepsUnitsAndTargetsAndLeavesTheNewNoticesFactsOpen() throws Exception {
        DubanUser coordinator = account("zhiliang");
        long from = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        Campaign old = campaigns.find(coordinator.organisationId(), from).orElseThrow();
        String location = mvc.perform(post("/campaigns/" + from + "/copy").param("year", "2021")
                        .with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/campaigns/\\d+/edit\\?copied");
        long to = Long.parseLong(location.replaceAll("/campaigns/(\\d+)/.*", "$1"));
        Campaign copy = campaigns.find(coordinator.organisationId(), to).orElseThrow();

        assertThat(old.notice().year()).isEqualTo(2020);
        assertThat(copy.notice().year()).isEqualTo(2021);
        assertThat(copy.notice().title()).isEqualTo(old.notice().title().replace("2020年", "2021年")).contains("2021年");
        assertThat(copy.notice().docNumber()).isNull();
        assertThat(copy.notice().references()).isEmpty();
        assertThat(copy.notice().summaryDeadline()).isEqualTo(old.notice().summaryDeadline().plusYears(1));
        assertThat(copy.activities()).hasSameSizeAs(old.activities());
        for (int i = 0; i < old.activities().size(); i++) {
            Campaign.Activity a = old.activities().get(i);
            Campaign.Activity b = copy.activities().get(i);
            assertThat(b.content()).isEqualTo(a.content().replace("2020", "2021"));
            assertThat(b.start()).isEqualTo(a.start() == null ? null : a.start().plusYears(1));
            assertThat(b.end()).isEqualTo(a.end() == null ? null : a.end().plusYears(1));
            assertThat(b.assignments().stream().map(s -> s.unitId() + s.role().name()).toList())
                    .containsExactlyInAnyOrderElementsOf(a.assignments().stream().map(s -> s.unitId() + s.role().name()).toList());
        }
        assertThat(copy.activities().get(0).start()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(targets(to)).as("the counts asked and their targets, as last year").isEqualTo(targets(from))
                .isNotEmpty();
    }

    @Test
    void aYearThatIsNoYearOrThePlansOwnIsRefusedAndNothingIsMade() throws Exception {
        DubanUser coordinator = account("zhiliang");
        long from = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        int before = count();
        for (String year : new String[] {"", "二〇二一", "2020", "1999"}) {
            String body = mvc.perform(post("/campaigns/" + from + "/copy").param("year", year)
                            .with(csrf()).with(user(coordinator)))
                    .andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(year).contains("请填写 2000 至 2100 之间");
        }
        mvc.perform(post("/campaigns/" + from + "/copy").param("year", "2021").with(csrf()).with(user(account("qianqi"))))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void yearsInTheTextMoveButCitationsOfLastYearsDocumentsDoNot() {
        assertThat(CampaignCopies.years("2020年12月至2021年1月", 2020, 2021)).isEqualTo("2021年12月至2022年1月");
        assertThat(CampaignCopies.years("按照国市监质〔2020〕133号要求，2020年9月开展", 2020, 2021))
                .isEqualTo("按照国市监质〔2020〕133号要求，2021年9月开展");
        assertThat(CampaignCopies.years("电话12020345", 2020, 2021)).isEqualTo("电话12020345");
        assertThat(CampaignCopies.shift(LocalDate.of(2020, 2, 29), 1)).isEqualTo(LocalDate.of(2021, 2, 28));
    }

    private List<String> targets(long campaign) {
        return jdbc.sql("""
                        select a.sort_order || ':' || m.metric_id || ':' || coalesce(cast(m.target as varchar(30)), '-')
                        from activity_metric m join activity a on a.id = m.activity_id where a.campaign_id = ?
                        order by a.sort_order, m.metric_id""")
                .param(campaign).query(String.class).list();
    }

    private int count() {
        return jdbc.sql("select count(*) from campaign").query(Integer.class).single();
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }
}
