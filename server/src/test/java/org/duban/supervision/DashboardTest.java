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
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.org.UnitKind;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.duban.support.BothDatabases;
import org.duban.support.DemoCampaigns;
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

    private static List<AssignmentStatus> statuses(Dashboard d, String no) {
        return d.rows().stream().filter(r -> r.no().equals(no)).findFirst().orElseThrow().cells().stream()
                .filter(c -> c != null).map(Dashboard.Cell::status).toList();
    }
}
