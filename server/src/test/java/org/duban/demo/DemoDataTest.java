package org.duban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UserAccounts;
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
        }
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
