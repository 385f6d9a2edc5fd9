package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.duban.org.DubanUser;
import org.duban.org.OrgLevel;
import org.duban.org.Organisations;
import org.duban.org.Role;
import org.duban.org.UserAccounts;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A city's administrator brings its counties in on 上下级机构: each county's bureau one level lower, with a first
 * administrator who sets a password of their own; a county's bureau has none under it. (A context of its own: a real
 * administrator switches the demo's accounts off.)
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.test.application=lower-organisations"})
@BothDatabases
@AutoConfigureMockMvc
class LowerOrganisationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts accounts;

    @Test
    void aCitysAdministratorBringsInACountyWithItsFirstAdministrator() throws Exception {
        long city = organisations.create("宁德市市场监督管理局", null);
        organisations.setLevel(city, OrgLevel.CITY);
        long otherCounty = organisations.createBelow(city, "霞浦县市场监督管理局");
        long cityAdmin = accounts.create(city, "ningde-admin", "{noop}x", "宁德管理员", Role.ADMIN, null);
        DubanUser admin = new DubanUser(accounts.byId(cityAdmin).orElseThrow());

        mvc.perform(post("/admin/organisations").param("name", "柘荣县市场监督管理局").param("username", "zherong")
                .param("displayName", "柘荣县局").param("password", "Qx7#mountain-tea-2020").with(user(admin))
                .with(csrf())).andExpect(status().is3xxRedirection());

        long zherong = jdbc.sql("select id from organisation where name = '柘荣县市场监督管理局'").query(Long.class).single();
        assertThat(organisations.find(zherong)).hasValueSatisfying(o -> {
            assertThat(o.parentId()).isEqualTo(city);
            assertThat(o.level()).isEqualTo(OrgLevel.COUNTY);
        });
        assertThat(accounts.byUsername("zherong")).hasValueSatisfying(a -> {
            assertThat(a.organisationId()).isEqualTo(zherong);
            assertThat(a.role()).isEqualTo(Role.ADMIN);
            assertThat(a.mustChangePassword()).isTrue();
        });
        mvc.perform(get("/admin/organisations").with(user(admin)))
                .andExpect(content().string(containsString("柘荣县市场监督管理局")));

        DubanUser countyAdmin = new DubanUser(accounts.byId(accounts.create(otherCounty, "xiapu-admin", "{noop}x",
                "霞浦管理员", Role.ADMIN, null)).orElseThrow());
        long before = jdbc.sql("select count(*) from organisation").query(Long.class).single();
        mvc.perform(post("/admin/organisations").param("name", "某乡").param("username", "mouxiang")
                        .param("password", "Qx7#river-town-2020").with(user(countyAdmin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("县级机构下面不能再设下级机构")));
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(before);
        assertThat(accounts.byUsername("mouxiang")).isEmpty();
    }
}
