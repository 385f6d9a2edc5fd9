package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.org.DubanUser;
import org.duban.org.Organisations;
import org.duban.org.Role;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UnitKind;
import org.duban.org.UserAccounts;
import org.duban.planimport.ImportService;
import org.duban.planimport.NoticeEdit;
import org.duban.planreader.PlanDraft;
import org.duban.report.ReportForm;
import org.duban.report.ReportService;
import org.duban.photo.Upload;
import org.duban.support.DubanTest;
import org.duban.support.TestImages;
import org.duban.support.TestWorkbooks;
import org.duban.upstream.StatTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route Spring MVC maps, tried as every role against objects the caller must not reach: another
 * organisation's campaign, draft, units, assignments, reports and photos, and another station's in the same
 * organisation. Expect 0 leaks: no 2xx for them, no change to any data, and none of their text in any page or API
 * answer that lists things.
 */
@DubanTest
@AutoConfigureMockMvc
class RouteAccessTest {

    private static final String SECRET = "乙局绝密方案";
    private static final String SECRET_UNIT = "乙局专用监管所";

    @Autowired
    MockMvc mvc;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings; // the application's routes; the actuator's have a chain of their own
    @Autowired
    UserDetailsService users;
    @Autowired
    Organisations organisations;
    @Autowired
    UnitDirectoryService units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ImportService imports;
    @Autowired
    Assignments assignments;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.duban.summary.SummaryService summaries;
    @Autowired
    Sessions sessions;
    @Autowired
    AccessTokens tokens;
    @Autowired
    StatTemplates statTemplates;

    /** Ids of the objects nobody in the demo organisation may reach. */
    Map<String, String> foreign;
    /** Ids of 沙埕所's objects, which 前岐所 may not reach. */
    Map<String, String> otherStation;

    @BeforeEach
    void anotherOrganisationAndAnotherStationWithData() {
        long org = organisations.create("乙县市场监督管理局 " + UUID.randomUUID(), null);
        long unit = units.addUnit(null, org, SECRET_UNIT + UUID.randomUUID().toString().substring(0, 4), UnitKind.STATION, List.of());
        String name = "b" + UUID.randomUUID().toString().substring(0, 8);
        long bUserId = accounts.create(org, name, passwords.encode("x"), "乙局协调人", Role.COORDINATOR, unit);
        DubanUser bUser = (DubanUser) users.loadUserByUsername(name);
        String plan = "2021年工作安排\n序号\t工作任务\t牵头单位\t完成时限\n1\t" + SECRET + "\t各市场监督管理所\t9月\n";
        PlanDraft draft = imports.readText(org, plan, null);
        long draftId = imports.keep(org, bUser.id(), "b.txt", draft, null);
        imports.editNotice(org, draftId, new NoticeEdit(SECRET, "乙县市场监督管理局", null, null, null, null));
        long openDraft = imports.keep(org, bUser.id(), "b2.txt", draft, null);
        long campaign = imports.confirm(org, bUser.id(), draftId);
        AssignmentView a = assignments.ofCampaign(org, campaign).get(0);
        var report = reports.save(bUser, a.id(), new ReportForm(UUID.randomUUID().toString(), null, SECRET, null, "submit"),
                List.of(new Upload(100, () -> new java.io.ByteArrayInputStream(TestImages.jpeg(320, 240, 5)))));
        summaries.save(bUser, campaign, SECRET, true, List.of());
        foreign = Map.ofEntries(Map.entry("campaign", str(campaign)), Map.entry("draft", str(openDraft)),
                Map.entry("unit", str(unit)), Map.entry("assignment", str(a.id())), Map.entry("report", str(report.id())),
                Map.entry("photo", str(report.photos().get(0).id())), Map.entry("user", str(bUserId)),
                Map.entry("session", str(sessions.record(bUserId, "10.9.9.9", "Chrome", java.time.Duration.ofHours(1)))),
                Map.entry("token", str(tokens.create(bUser, "乙局令牌", Set.of(Scope.READ), 30).id())),
                Map.entry("activity", str(a.activityId())),
                Map.entry("template", str(statTemplates.upload(bUser, "乙局统计表.xlsx",
                        TestWorkbooks.statTemplate()))),
                Map.entry("metric", str(jdbc.sql("select min(id) from metric where organisation_id = ?").param(org)
                        .query(Long.class).single())));

        DubanUser shacheng = (DubanUser) users.loadUserByUsername("shacheng");
        AssignmentView theirs = assignments.ofUnit(shacheng.organisationId(), shacheng.unitId()).get(0);
        var theirReport = reports.save(shacheng, theirs.id(), new ReportForm(UUID.randomUUID().toString(), null,
                "沙埕所草稿内容", null, "save"), List.of(new Upload(100,
                () -> new java.io.ByteArrayInputStream(TestImages.jpeg(320, 240, 6)))));
        otherStation = Map.of("assignment", str(theirs.id()), "report", str(theirReport.id()),
                "photo", str(theirReport.photos().get(0).id()),
                "session", str(sessions.record(shacheng.id(), "10.9.9.8", "Chrome", java.time.Duration.ofHours(1))),
                "token", str(tokens.create(shacheng, "沙埕所令牌", Set.of(Scope.READ), 30).id()));
    }

    @Test
    void noRoleReachesAnotherOrganisationsObjectsOnAnyRoute() throws Exception {
        List<String> leaks = new ArrayList<>();
        String before = fingerprint();
        for (String username : List.of("admin", "zhiliang", "qianqi", "leader")) {
            DubanUser caller = (DubanUser) users.loadUserByUsername(username);
            for (Route route : routes()) {
                if (!route.hasObject()) {
                    continue;
                }
                MvcResult result = mvc.perform(route.request(foreign).with(user(caller)).with(csrf())).andReturn();
                int status = result.getResponse().getStatus();
                if (status < 300 || status >= 500 || body(result).contains(SECRET)) {
                    leaks.add(username + " " + route + " → " + status);
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(fingerprint()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void aStationReachesNoneOfAnotherStationsAssignmentsReportsOrPhotos() throws Exception {
        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        List<String> leaks = new ArrayList<>();
        String before = fingerprint();
        for (Route route : routes()) {
            if (!route.path.matches(".*/(tasks|reports|assignments)/\\{.*")) {
                continue;
            }
            MvcResult result = mvc.perform(route.request(otherStation).with(user(qianqi)).with(csrf())).andReturn();
            int status = result.getResponse().getStatus();
            if (status < 300 || status >= 500 || body(result).contains("沙埕所草稿内容")) {
                leaks.add(route + " → " + status);
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void listsShowNothingOfAnotherOrganisation() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String username : List.of("admin", "zhiliang", "qianqi", "leader")) {
            DubanUser caller = (DubanUser) users.loadUserByUsername(username);
            for (Route route : routes()) {
                if (route.hasObject() || route.method != HttpMethod.GET) {
                    continue;
                }
                String body = body(mvc.perform(route.request(Map.of()).with(user(caller))).andReturn());
                if (body.contains(SECRET) || body.contains(SECRET_UNIT) || body.contains("沙埕所草稿内容")) {
                    leaks.add(username + " " + route);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void withoutLoggingInOnlyTheLoginPageAnswers() throws Exception {
        List<String> open = new ArrayList<>();
        for (Route route : routes()) {
            int status = mvc.perform(route.request(foreign).with(csrf())).andReturn().getResponse().getStatus();
            boolean refused = status == 401 || status == 403 || status == 302;
            // a calendar feed answers without login, but only to the secret address it was given
            boolean unknownFeed = route.path.startsWith("/calendar/") && status == 404;
            // the first-administrator page exists only while nobody can administer Duban
            boolean setupGone = route.path.equals("/setup") && status == 404;
            if (!refused && !unknownFeed && !setupGone && !route.path.equals("/login")) {
                open.add(route + " → " + status);
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void everyRouteIsCovered() {
        Set<String> paths = new TreeSet<>();
        routes().forEach(r -> paths.add(r.method + " " + r.path));
        // a new route fails here until this test knows how to fill its path variables
        assertThat(paths).allSatisfy(p -> assertThat(p.replaceAll("\\{(id|assignmentId|photoId|variant|index|token|campaignId|unitId|activityId|template|number|kind|lowerId)(:[^}]*)?}", ""))
                .doesNotContain("{"));
        assertThat(paths).contains("GET /tasks/{id}", "POST /tasks/{assignmentId}/reports", "POST /reports/{id}/accept",
                "GET /api/v1/campaigns/{id}", "POST /imports/{id}/confirm", "POST /units/{id}", "POST /account/sessions/{id}/end",
                "POST /account/tokens/{id}/revoke");
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPathPatternsCondition().getPatternValues()) {
                if (path.startsWith("/error") || path.startsWith("/v3/api-docs")) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(HttpMethod.valueOf(m.name()), path,
                            info.getConsumesCondition().getConsumableMediaTypes().stream()
                                    .anyMatch(t -> t.toString().startsWith("multipart"))));
                }
            }
        }
        return routes;
    }

    private record Route(HttpMethod method, String path, boolean multipart) {

        boolean hasObject() {
            return path.contains("{");
        }

        AbstractMockHttpServletRequestBuilder<?> request(Map<String, String> ids) {
            String url = path
                    .replaceAll("/campaigns/\\{(id|campaignId)}", "/campaigns/" + ids.getOrDefault("campaign", "1"))
                    .replaceAll("\\{lowerId}", ids.getOrDefault("campaign", "1"))
                    .replaceAll("\\{unitId}", ids.getOrDefault("unit", "1"))
                    .replaceAll("\\{activityId}", ids.getOrDefault("activity", "1"))
                    .replaceAll("/metrics/\\{id}", "/metrics/" + ids.getOrDefault("metric", "1"))
                    .replaceAll("/imports/\\{id}", "/imports/" + ids.getOrDefault("draft", "1"))
                    .replaceAll("/units/\\{id}", "/units/" + ids.getOrDefault("unit", "1"))
                    .replaceAll("/admin/users/\\{id}", "/admin/users/" + ids.getOrDefault("user", "1"))
                    .replaceAll("/account/sessions/\\{id}", "/account/sessions/" + ids.getOrDefault("session", "1"))
                    .replaceAll("/account/tokens/\\{id}", "/account/tokens/" + ids.getOrDefault("token", "1"))
                    .replaceAll("/tasks/\\{(id|assignmentId)}", "/tasks/" + ids.getOrDefault("assignment", "1"))
                    .replaceAll("/assignments/\\{id}", "/assignments/" + ids.getOrDefault("assignment", "1"))
                    .replaceAll("\\{assignmentId}", ids.getOrDefault("assignment", "1"))
                    .replaceAll("\\{activityId}", ids.getOrDefault("activity", "1"))
                    .replaceAll("/reports/\\{id}", "/reports/" + ids.getOrDefault("report", "1"))
                    .replaceAll("\\{photoId}", ids.getOrDefault("photo", "1"))
                    .replaceAll("\\{variant[^}]*}", "original")
                    .replaceAll("\\{index}", "0")
                    .replaceAll("\\{template}", ids.getOrDefault("template", "1"))
                    .replaceAll("\\{number}", "1")
                    .replaceAll("\\{kind[^}]*}", "pdf")
                    .replaceAll("\\{token}", "0".repeat(48)); // a token nobody was given
            AbstractMockHttpServletRequestBuilder<?> request = multipart && method == HttpMethod.POST
                    ? MockMvcRequestBuilders.multipart(url).file(new MockMultipartFile("photos", "a.jpg", "image/jpeg",
                            TestImages.jpeg(64, 64, 1)))
                    : (AbstractMockHttpServletRequestBuilder<?>) MockMvcRequestBuilders.request(method, url);
            // plausible input, so a missing access check would show as a success, not hide behind a 400
            return request.param("formKey", UUID.randomUUID().toString()).param("action", "submit")
                    .param("body", "越权内容").param("comment", "越权意见").param("note", "越权办结")
                    .param("name", "越权改名").param("kind", "STATION").param("title", "越权标题")
                    .param("issuer", "越权单位").param("content", "越权任务").param("lead", "办公室")
                    .param("text", "越权文本").param("password", "Yuequan#2020x").param("role", "ADMIN")
                    .param("displayName", "越权").param("start", "2026-12-01").param("end", "2026-12-20")
                    .param("unitId", ids.getOrDefault("unit", "1")).param("leads", ids.getOrDefault("unit", "1")).param("username", "yq" + UUID.randomUUID().toString().substring(0, 6));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A digest of everything a request could change. */
    private String fingerprint() {
        return String.join("|",
                jdbc.sql("select count(*) || ':' || coalesce(sum(length(body)), 0) from report").query(String.class).single(),
                jdbc.sql("select count(*) from report_event").query(String.class).single(),
                jdbc.sql("select count(*) from report_photo").query(String.class).single(),
                jdbc.sql("select count(*) from activity_closing").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(length(draft_json)), 0) from plan_draft").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || count(archived_at) || ':' || coalesce(sum(length(title)), 0) from campaign")
                        .query(String.class).single(),
                jdbc.sql("select count(*) || ':' || count(cancelled_at) || ':' || coalesce(sum(length(content)), 0) from activity")
                        .query(String.class).single(),
                jdbc.sql("select count(*) from assignment").query(String.class).single(),
                jdbc.sql("select coalesce(string_agg(state, ','), '') from unit_summary").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(length(name)), 0) from unit").query(String.class).single(),
                jdbc.sql("select string_agg(state, ',') from report").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || string_agg(user_role || password_hash || enabled, ',') from app_user")
                        .query(String.class).single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(length(body)), 0) from unit_summary").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || count(ended_at) from user_session").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || count(revoked_at) from access_token").query(String.class).single(),
                jdbc.sql("select count(*) from second_factor").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(length(name) + length(unit)), 0) || ':' || count(case when retired then 1 end) from metric")
                        .query(String.class).single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(target), 0) from activity_metric").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(amount), 0) from report_count").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(length(body)), 0) from report_edit").query(String.class).single(),
                jdbc.sql("select count(*) from report_version").query(String.class).single(),
                jdbc.sql("select count(*) from stat_template").query(String.class).single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(length(source)), 0) from stat_template_cell")
                        .query(String.class).single());
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String str(long id) {
        return String.valueOf(id);
    }
}
