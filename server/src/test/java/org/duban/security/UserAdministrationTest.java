package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.duban.org.DubanUser;
import org.duban.org.UserAccounts;
import org.duban.support.DubanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@DubanTest
@AutoConfigureMockMvc
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminAddsAStationMemberWhoCanThenLogIn() throws Exception {
        DubanUser admin = (DubanUser) users.loadUserByUsername("admin");
        long dianxia = jdbc.sql("select id from unit where name = '店下市场监督管理所'").query(Long.class).single();

        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("username", "dianxia")
                        .param("displayName", "店下所 林").param("role", "UNIT").param("unitId", String.valueOf(dianxia))
                        .param("password", "dianxia123"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("至少三类")));
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("username", "dianxia")
                        .param("displayName", "店下所 林").param("role", "UNIT").param("password", "Xia#2020-market"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("单位人员必须选择所属单位")));
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("username", "dianxia")
                        .param("displayName", "店下所 林").param("role", "UNIT").param("unitId", String.valueOf(dianxia))
                        .param("password", "Xia#2020-market"))
                .andExpect(status().is3xxRedirection());

        // the password the admin chose works only to replace it (PasswordChangeTest), not on the API
        mvc.perform(get("/api/v1/my/assignments").with(httpBasic("dianxia", "Xia#2020-market")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("请先在网页上登录并修改")));
        DubanUser member = (DubanUser) users.loadUserByUsername("dianxia");
        mvc.perform(post("/account/password").with(user(member)).with(csrf()).param("current", "Xia#2020-market")
                        .param("password", "Dian#2020-harbour").param("repeated", "Dian#2020-harbour"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/my/assignments").with(httpBasic("dianxia", "Dian#2020-harbour"))).andExpect(status().isOk());
        long id = accounts.byUsername("dianxia").orElseThrow().id();
        mvc.perform(post("/admin/users/" + id).with(user(admin)).with(csrf()).param("displayName", "店下所 林")
                        .param("role", "UNIT").param("unitId", String.valueOf(dianxia)).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/my/assignments").with(httpBasic("dianxia", "Dian#2020-harbour")))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'USER_CHANGED' and target = '账号 dianxia'")
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void anAdminCannotLockThemselvesOutAndOthersCannotAdminister() throws Exception {
        DubanUser admin = (DubanUser) users.loadUserByUsername("admin");
        mvc.perform(post("/admin/users/" + admin.id()).with(user(admin)).with(csrf()).param("role", "ADMIN")
                        .param("enabled", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能停用自己的账号")));
        mvc.perform(get("/admin/users").with(user(users.loadUserByUsername("zhiliang")))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(user(users.loadUserByUsername("qianqi"))).with(csrf())
                .param("username", "evil").param("role", "ADMIN").param("password", "Evil#2020-admin"))
                .andExpect(status().isForbidden());
        assertThat(accounts.byUsername("evil")).isEmpty();
    }

    @Test
    void resettingAPasswordFollowsThePolicy() throws Exception {
        DubanUser admin = (DubanUser) users.loadUserByUsername("admin");
        long leader = accounts.byUsername("leader").orElseThrow().id();
        mvc.perform(post("/admin/users/" + leader + "/password").with(user(admin)).with(csrf()).param("password", "leader2020!X"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能包含用户名")));
    }
}
