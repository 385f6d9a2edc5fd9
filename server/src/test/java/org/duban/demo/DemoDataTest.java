package org.duban.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UserAccounts;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@BothDatabases
class DemoDataTest {

    /** What a newcomer sees a minute after cloning. */
    @Nested
    @SpringBootTest
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

    /** Production: the demo accounts stay in the database but cannot log in. */
    @Nested
    @SpringBootTest(properties = "duban.demo.accounts-enabled=false")
    @AutoConfigureMockMvc
    class AccountsDisabled {

        @Autowired
        MockMvc mvc;
        @Autowired
        UserAccounts accounts;

        @Test
        void demoAccountsCannotLogIn() throws Exception {
            assertThat(accounts.byUsername("admin")).hasValueSatisfying(a -> assertThat(a.enabled()).isFalse());
            mvc.perform(get("/api/v1/campaigns").with(httpBasic("zhiliang", DemoData.PASSWORD)))
                    .andExpect(status().isUnauthorized());
        }
    }
}
