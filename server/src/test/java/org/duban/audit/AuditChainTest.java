package org.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.org.UnitDirectoryService;
import org.duban.support.BothDatabases;
import org.duban.support.DemoCampaigns;
import org.duban.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operation log as an auditor relies on it: chained, checked to the entry, kept through purges, exported, and
 * complete (催办, exports and directory changes with who did them). Its own context: these tests tamper with the log.
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.audit.purge-every=PT12H"})
@BothDatabases
@AutoConfigureMockMvc
class AuditChainTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final MutableClock CLOCK = new MutableClock(LocalDateTime.now(CHINA), CHINA);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog log;
    @Autowired
    AuditVerification verification;
    @Autowired
    AuditVerifyCommand command;
    @Autowired
    AuditRetention retention;
    @Autowired
    CampaignService campaigns;
    @Autowired
    UnitDirectoryService units;
    @Autowired
    TransactionTemplate transaction;

    DubanUser admin() {
        return (DubanUser) users.loadUserByUsername("admin");
    }

    @Test
    void everyEntryIsChainedHasItsActorAndTheLogVerifies() throws Exception {
        assertThat(jdbc.sql("select count(*) from audit_event").query(Integer.class).single())
                .as("the demo's start wrote entries").isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event where hash is null or prev_hash is null or actor is null")
                .query(Integer.class).single()).isZero();
        assertThat(verification.verifyAll().intact()).isTrue();
        mvc.perform(post("/audit/verify").with(user(admin())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("完整")))
                .andExpect(content().string(containsString("哈希链完整")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'AUDIT_VERIFIED' and result = 'OK'")
                .query(Integer.class).single()).isPositive();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.verifyAndPrint(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("操作日志完整");
    }

    @Test
    void aChangedEntryIsReportedAtThatEntryByThePageAndTheCommand() throws Exception {
        DubanUser admin = admin();
        long victim = middleOf(admin.organisationId());
        String detail = jdbc.sql("select detail from audit_event where id = ?").param(victim).query(String.class)
                .optional().orElse(null);
        jdbc.sql("update audit_event set detail = ? where id = ?").params("nothing happened here", victim).update();
        try {
            mvc.perform(post("/audit/verify").with(user(admin)).with(csrf()))
                    .andExpect(content().string(containsString("被篡改")))
                    .andExpect(content().string(containsString("第 #" + victim + " 条记录的内容已被改动")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(command.verifyAndPrint(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("entry #" + victim + " ").contains("content was changed");
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'AUDIT_VERIFIED' and result = 'BROKEN'")
                    .query(Integer.class).single()).isPositive();
        } finally {
            jdbc.sql("update audit_event set detail = ? where id = ?").params(detail, victim).update();
        }
        assertThat(verification.verifyAll().intact()).isTrue();
    }

    @Test
    void aRemovedEntryIsReportedAtTheNextAndRemovedLastEntriesAtTheHead() throws Exception {
        long org = admin().organisationId();
        long victim = middleOf(org);
        long next = jdbc.sql("select min(id) from audit_event where chain_key = ? and id > ?").params(org, victim)
                .query(Long.class).single();
        Map<String, Object> removed = remove(victim);
        try {
            AuditVerification.Break broken = verification.verifyAll().broken();
            assertThat(broken.kind()).isEqualTo(AuditVerification.Kind.LINK_BROKEN);
            assertThat(broken.entryId()).isEqualTo(next);
        } finally {
            putBack(removed);
        }
        assertThat(verification.verifyAll().intact()).isTrue();

        log.recordAlone(org, null, "test", "LOGIN_FAILED", "somebody", "DENIED", "the last one");
        long last = jdbc.sql("select max(id) from audit_event where chain_key = ?").param(org).query(Long.class).single();
        Map<String, Object> lastRow = remove(last);
        try {
            AuditVerification.Break broken = verification.verifyOrganisation(org).broken();
            assertThat(broken.kind()).isEqualTo(AuditVerification.Kind.TAIL_MISSING);
            assertThat(broken.entryId()).isEqualTo(last);
        } finally {
            putBack(lastRow);
        }
        assertThat(verification.verifyAll().intact()).isTrue();
    }

    @Test
    void writersAtTheSameMomentNeverLinkToTheSamePredecessor() throws Exception {
        long org = admin().organisationId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int writer = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        if (i % 2 == 0) {
                            log.recordAlone(org, null, "writer " + writer, "LOGIN_FAILED", "x", "DENIED", "alone " + i);
                        } else {
                            // one transaction writing to two chains, in opposite orders on alternate writers
                            int n = i;
                            Long first = writer % 2 == 0 ? org : null;
                            Long second = writer % 2 == 0 ? null : org;
                            transaction.executeWithoutResult(s -> {
                                log.record(first, null, "writer " + writer, "LOGIN_FAILED", "x", "DENIED", "in a transaction " + n);
                                log.record(second, null, "writer " + writer, "LOGIN_FAILED", "x", "DENIED", "and " + n);
                            });
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where actor like 'writer %'").query(Integer.class).single())
                .isEqualTo(8 * (8 + 7 * 2));
        assertThat(jdbc.sql("select count(*) - count(distinct prev_hash) from audit_event where chain_key = ?").param(org)
                .query(Integer.class).single()).as("no fork").isZero();
        assertThat(jdbc.sql("select count(*) - count(distinct prev_hash) from audit_event where chain_key = 0")
                .query(Integer.class).single()).as("no fork").isZero();
        assertThat(verification.verifyAll().intact()).isTrue();
    }

    @Test
    void anEntryOfATransactionThatRollsBackIsNotKept() {
        long org = admin().organisationId();
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            log.record(org, null, "rolled back", "USER_CHANGED", "x", "OK", null);
            throw new IllegalStateException("the change fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'rolled back'").query(Integer.class).single())
                .isZero();
        assertThat(verification.verifyAll().intact()).isTrue();
    }

    @Test
    void thePurgeRemovesOldEntriesAndTheRestStillVerifies() {
        long org = admin().organisationId();
        CLOCK.set(LocalDateTime.now(CHINA).plusDays(400));
        log.recordAlone(org, null, "test", "LOGIN_FAILED", "old", "DENIED", "400 days on");
        CLOCK.set(LocalDateTime.now(CHINA).plusDays(600));
        log.recordAlone(org, null, "test", "LOGIN_FAILED", "recent", "DENIED", "600 days on");
        long before = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

        int removed = retention.purgeBefore(CLOCK.instant().minus(Duration.ofDays(180)));

        assertThat(removed).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event where target = 'old'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where target = 'recent'").query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isLessThan(before);
        assertThat(jdbc.sql("select count(*) from audit_anchor where chain_key = ?").param(org).query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'AUDIT_PURGED' and chain_key = ?").param(org)
                .query(Integer.class).single()).isPositive();
        assertThat(verification.verifyAll().intact()).as("verifies after the purge").isTrue();
        assertThat(retention.purgeBefore(CLOCK.instant().minus(Duration.ofDays(180)))).as("nothing more to purge").isZero();

        // removing old entries by hand, without a purge, is not passed off as one
        long first = jdbc.sql("select min(id) from audit_event where chain_key = ?").param(org).query(Long.class).single();
        Map<String, Object> row = remove(first);
        try {
            assertThat(verification.verifyOrganisation(org).intact()).isFalse();
        } finally {
            putBack(row);
        }
        assertThat(new AuditProperties(180, Duration.ofHours(6)).retentionDays()).isEqualTo(180);
        assertThatThrownBy(() -> new AuditProperties(90, Duration.ofHours(6)))
                .hasMessageContaining("at least 180");
    }

    @Test
    void theExportHoldsTheRangeWithHashesInExcelReadableCsvAndIsItselfLogged() throws Exception {
        DubanUser admin = admin();
        log.recordAlone(admin.organisationId(), admin.id(), "admin", "LOGIN_FAILED", "=HYPERLINK(\"x\")", "DENIED",
                "名字里有逗号, 和引号\"");
        String hash = jdbc.sql("select hash from audit_event where target = '=HYPERLINK(\"x\")'").query(String.class)
                .single();
        LocalDate today = LocalDate.now(CLOCK);
        MvcResult started = mvc.perform(get("/audit/export").with(user(admin)).param("from", today.minusDays(1).toString())
                .param("to", today.toString())).andReturn();
        byte[] csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("编号 id,链 chain,时间UTC at").contains(hash)
                .contains("'=HYPERLINK(\"\"x\"\")").contains("\"名字里有逗号, 和引号\"\"\"");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'AUDIT_EXPORTED' and actor = 'admin'")
                .query(Integer.class).single()).isPositive();

        mvc.perform(get("/audit/export").with(user(admin)).param("from", today.toString())
                        .param("to", today.minusDays(3).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择导出的起止日期")));
        mvc.perform(get("/audit/export").with(user((DubanUser) users.loadUserByUsername("zhiliang")))
                        .param("from", today.toString()).param("to", today.toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void directoryChangesUrgingAndCalendarReadingsAreLoggedWithWhoDidThem() throws Exception {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        DubanUser shacheng = (DubanUser) users.loadUserByUsername("shacheng");
        mvc.perform(post("/units").with(user(coordinator)).with(csrf()).param("name", "审计测试所").param("kind", "STATION")
                        .param("aliases", "审计所"))
                .andExpect(status().is3xxRedirection());
        long unit = jdbc.sql("select id from unit where name = '审计测试所'").query(Long.class).single();
        mvc.perform(post("/units/" + unit).with(user(coordinator)).with(csrf()).param("name", "审计测试所")
                        .param("kind", "STATION").param("aliases", "审计所\n审计测试分所"))
                .andExpect(status().is3xxRedirection());
        List<Map<String, Object>> changes = jdbc.sql("""
                        select action, actor, actor_id, detail from audit_event
                        where target = ? order by id""").param("单位 " + unit + " 审计测试所").query().listOfRows();
        assertThat(changes).extracting(r -> r.get("action")).containsExactly("UNIT_ADDED", "UNIT_CHANGED");
        assertThat(changes).allSatisfy(r -> {
            assertThat(r.get("actor")).isEqualTo("zhiliang");
            assertThat(((Number) r.get("actor_id")).longValue()).isEqualTo(coordinator.id());
        });
        assertThat((String) changes.get(1).get("detail")).contains("审计测试分所");

        long campaign = DemoCampaigns.seed(campaigns, coordinator.organisationId());
        mvc.perform(post("/campaigns/" + campaign + "/units/" + shacheng.unitId() + "/urge").with(user(coordinator))
                        .with(csrf()).param("message", "请今天报送"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'URGE' and actor = 'zhiliang' and detail like ?")
                .param("%请今天报送%").query(Integer.class).single()).isOne();

        String token = units.calendarToken(shacheng.organisationId(), shacheng.unitId(), false);
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk());
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CALENDAR_FETCHED' and target like ?")
                .param("单位日历 " + shacheng.unitId() + " %").query(Integer.class).single())
                .as("read every few minutes by a calendar app: logged once a day per address").isOne();
        mvc.perform(post("/tasks/calendar").with(user(shacheng)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CALENDAR_LINK' and actor = 'shacheng'")
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit_event where actor is null").query(Integer.class).single()).isZero();
        assertThat(verification.verifyAll().intact()).isTrue();
    }

    /** An entry of the organisation's chain with entries before and after it. */
    private long middleOf(long org) {
        log.recordAlone(org, null, "test", "LOGIN_FAILED", "before", "DENIED", "one");
        log.recordAlone(org, null, "test", "LOGIN_FAILED", "victim", "DENIED", "two");
        log.recordAlone(org, null, "test", "LOGIN_FAILED", "after", "DENIED", "three");
        return jdbc.sql("select max(id) from audit_event where target = 'victim'").query(Long.class).single();
    }

    private Map<String, Object> remove(long id) {
        Map<String, Object> row = jdbc.sql("select * from audit_event where id = ?").param(id).query().singleRow();
        jdbc.sql("delete from audit_event where id = ?").param(id).update();
        return row;
    }

    private void putBack(Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        JdbcClient.StatementSpec insert = jdbc.sql("insert into audit_event (" + String.join(", ", columns)
                + ") values (" + String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")");
        for (String c : columns) {
            insert = insert.param(c, row.get(c));
        }
        insert.update();
    }
}
