package org.duban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UserAccounts;
import org.duban.report.ReportService;
import org.duban.supervision.AssignmentStatus;
import org.duban.supervision.TaskRow;
import org.duban.supervision.UnitTasks;
import org.duban.support.BothDatabases;
import org.duban.support.Fresh;
import org.duban.support.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

@BothDatabases
class DemoDataTest {

    /** What a newcomer sees a minute after cloning and starting with the README's command. */
    @Nested
    @SpringBootTest(properties = "duban.demo.enabled=true")
    class FirstStart {

        @Autowired
        UserAccounts accounts;
        @Autowired
        UnitDirectoryService units;
        @Autowired
        CampaignService campaigns;

        @Test
        void createsTheDemoOrganisationWithTheSeedAsACampaign() {
            long org = accounts.byUsername("zhiliang").orElseThrow().organisationId();

            assertThat(units.allUnits(org)).hasSize(31);
            assertThat(units.directoryOf(org).resolve("各市场监督管理所").units()).hasSize(15);
            Campaign seed = campaigns.find(org, campaigns.list(org).get(0).id()).orElseThrow();
            assertThat(seed.activities()).hasSize(23);
            assertThat(seed.notice().issuer()).as("the defaced issuer was corrected").isEqualTo("福鼎市市场监督管理局");
            assertThat(seed.notice().title()).doesNotContain("bet");
            assertThat(seed.notice().periodText()).as("the original-dated import keeps its own words")
                    .isEqualTo("2020年9月份");
            assertThat(seed.notice().issuedOn()).isEqualTo(LocalDate.of(2020, 9, 8));
            assertThat(seed.notice().summaryDeadline()).isEqualTo(LocalDate.of(2020, 10, 1));
        }
    }

    /** What a newcomer's first dashboard shows: the seed plan at work around today, not a campaign long over. */
    @Nested
    @SpringBootTest(properties = {"duban.demo.enabled=true", "duban.demo.around-today=true"})
    class AroundToday {

        @Autowired
        UserAccounts accounts;
        @Autowired
        CampaignService campaigns;
        @Autowired
        UnitTasks tasks;
        @Autowired
        ReportService reports;
        @Autowired
        org.duban.metric.MetricTotals totals;

        @Test
        void theSeedPlanStandsAroundTodayWithSomeReportsInSomeReturnedAndSomeLate() {
            long org = accounts.byUsername("zhiliang").orElseThrow().organisationId();
            long id = campaigns.list(org).get(0).id();
            Campaign c = campaigns.find(org, id).orElseThrow();
            LocalDate today = LocalDate.now();

            assertThat(c.activities()).hasSize(23);
            assertThat(c.notice().title()).isEqualTo("福鼎市市场监督管理局" + today.minusDays(9).getYear() + "年“质量月”活动方案");
            Campaign.Activity first = c.activities().get(0);
            assertThat(first.start()).isEqualTo(today.minusDays(9));
            assertThat(first.end()).isEqualTo(today.minusDays(7));
            assertThat(first.timeText()).as("the time as written follows the moved window")
                    .isEqualTo(DemoCampaign.timeText(first.start(), first.end(), null));
            assertThat(c.notice().summaryDeadline()).isAfter(today);
            assertThat(c.notice().summaryDeadline()).isEqualTo(today.minusDays(9).plusDays(30));
            assertThat(c.notice().issuedOn()).isEqualTo(today.minusDays(2));
            assertThat(c.notice().periodText()).as("the period moved with the windows")
                    .startsWith(today.minusDays(9).getYear() + "年" + today.minusDays(9).getMonthValue() + "月"
                            + today.minusDays(9).getDayOfMonth() + "日至");
            LocalDate deadline = c.notice().summaryDeadline();
            assertThat(c.notice().requirements()).contains("于" + deadline.getMonthValue() + "月"
                    + deadline.getDayOfMonth() + "日前将活动总结");
            if (!deadline.equals(LocalDate.of(deadline.getYear(), 10, 1))) {
                assertThat(c.notice().requirements()).doesNotContain("于10月1日前");
            }
            for (String shown : new String[] {c.notice().title(), c.notice().periodText(), c.notice().requirements(),
                    c.notice().theme()}) {
                assertThat(shown == null ? "" : shown).doesNotContain("2020年9月");
            }

            Map<AssignmentStatus, Long> byStatus = tasks.ofCampaign(org, id).stream()
                    .collect(Collectors.groupingBy(TaskRow::status, Collectors.counting()));
            assertThat(byStatus).containsKeys(AssignmentStatus.DONE, AssignmentStatus.REPORTED, AssignmentStatus.OVERDUE,
                    AssignmentStatus.OPEN);
            assertThat(byStatus.get(AssignmentStatus.OVERDUE)).as("not everything is late")
                    .isLessThan(tasks.ofCampaign(org, id).size() / 2);
            DubanUser coordinator = new DubanUser(accounts.byUsername("zhiliang").orElseThrow());
            assertThat(reports.awaitingReview(coordinator)).as("one report waits for review").hasSize(1);
            assertThat(totals.ofCampaign(org, id).totals()).as("the accepted reports' counts, the returned one's not")
                    .extracting(l -> l.metric().name() + " " + l.accepted().toPlainString())
                    .contains("群发短信 12000", "悬挂横幅 18");
        }
    }

    @Test
    void timeTextsAreWrittenAsPlansWriteThem() {
        LocalDate d = LocalDate.of(2026, 11, 22);
        assertThat(DemoCampaign.timeText(d, d.plusDays(2), null)).isEqualTo("11月22日-24日");
        assertThat(DemoCampaign.timeText(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null)).isEqualTo("12月");
        assertThat(DemoCampaign.timeText(d, LocalDate.of(2027, 2, 20), null)).isEqualTo("11月22日-次年2月20日");
        assertThat(DemoCampaign.timeText(null, d, null)).isEqualTo("11月22日前");
        assertThat(DemoCampaign.timeText(null, null, "长期坚持")).isEqualTo("长期坚持");
    }

    /**
     * The demo's password is public: its accounts log in only on a start that asks for the demo, and never again once
     * a real administrator exists. Each block is one start of the server on the same database.
     */
    @Test
    void demoAccountsLogInOnlyWhileTheDemoIsAskedForAndNoRealAdministratorExists() throws Exception {
        String db = TestDatabase.freshUrl();
        try (ConfigurableApplicationContext app = Fresh.start(db, "--duban.demo.enabled=true")) {
            assertThat(Fresh.apiStatus(app, "admin", DemoData.PASSWORD)).isEqualTo(200);
        }
        // the same database started without the flag, as in production: no known password works
        try (ConfigurableApplicationContext app = Fresh.start(db)) {
            for (String name : DemoData.ACCOUNTS) {
                assertThat(Fresh.apiStatus(app, name, DemoData.PASSWORD)).as(name).isEqualTo(401);
            }
        }
        try (ConfigurableApplicationContext app = Fresh.start(db, "--duban.demo.enabled=true")) {
            assertThat(Fresh.apiStatus(app, "qianqi", DemoData.PASSWORD)).isEqualTo(200);
        }
        // a real administrator from the environment: from now on the demo accounts stay off, flag or not
        try (ConfigurableApplicationContext app = Fresh.start(db, "--duban.demo.enabled=true",
                "--duban.admin.username=lin", "--duban.admin.password=Fuding#2020-admin")) {
            assertThat(Fresh.formLogin(app, "lin", "Fuding#2020-admin")).isTrue();
            assertThat(Fresh.apiStatus(app, "admin", DemoData.PASSWORD)).isEqualTo(401);
        }
        try (ConfigurableApplicationContext app = Fresh.start(db, "--duban.demo.enabled=true")) {
            assertThat(Fresh.apiStatus(app, "admin", DemoData.PASSWORD)).isEqualTo(401);
            assertThat(Fresh.formLogin(app, "lin", "Fuding#2020-admin")).isTrue();
        }
    }
}
