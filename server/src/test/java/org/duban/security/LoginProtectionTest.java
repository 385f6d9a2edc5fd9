package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.duban.support.BothDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The lockout's rules one request at a time; GuessingOverHttpTest plays whole attacks over HTTP. */
// not @DubanTest's shared context: the failures counted here must not hold up logins in other tests
@BothDatabases
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:login-${random.uuid};DB_CLOSE_DELAY=-1",
        "duban.demo.enabled=true"})
@AutoConfigureMockMvc
class LoginProtectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void fiveWrongPasswordsLockTheAccountFromThatAddressOnly() throws Exception {
        login("qianqi", "Duban@2020", "10.1.0.2").andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            login("qianqi", "wrong", "10.1.0.1").andExpect(redirectedUrl("/login?error"));
        }
        login("qianqi", "Duban@2020", "10.1.0.1").andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login?locked")).andExpect(content().string(containsString("已暂时锁定 15 分钟")));
        // the station itself, at its own computer where it logged in before, is not held up by someone guessing elsewhere
        login("qianqi", "Duban@2020", "10.1.0.2").andExpect(redirectedUrl("/"));

        List<String> actions = jdbc.sql("select action from audit_event where detail = '来自 10.1.0.1' order by id")
                .query(String.class).list();
        assertThat(actions).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCKOUT",
                "LOGIN_BLOCKED");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LOGIN' and detail = '来自 10.1.0.2'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anAddressFailingWithManyAccountsIsThrottled() throws Exception {
        for (int i = 0; i < 20; i++) {
            login("nobody" + i, "guess", "10.2.0.1");
        }
        login("shacheng", "Duban@2020", "10.2.0.1").andExpect(redirectedUrl("/login?throttled"));
        login("shacheng", "Duban@2020", "10.2.0.9").andExpect(redirectedUrl("/"));
    }

    @Test
    void theApiAnswers429WhenLocked() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/campaigns").with(httpBasic("leader", "wrong")).with(from("10.3.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/campaigns").with(httpBasic("leader", "Duban@2020")).with(from("10.3.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.detail").value(containsString("已暂时锁定")));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/units").with(user(users.loadUserByUsername("zhiliang"))).param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAdminsReadTheAuditLogAndCanFilterIt() throws Exception {
        login("admin", "wrong", "10.5.0.1");
        mvc.perform(get("/audit").with(user(users.loadUserByUsername("admin"))).param("action", "LOGIN_FAILED")
                        .param("actor", "admin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("来自 10.5.0.1")))
                .andExpect(content().string(containsString("登录失败")));
        mvc.perform(get("/audit").with(user(users.loadUserByUsername("zhiliang")))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user(users.loadUserByUsername("qianqi")))).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password, String address)
            throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
