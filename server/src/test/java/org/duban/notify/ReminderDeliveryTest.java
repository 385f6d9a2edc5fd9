package org.duban.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duban.org.DubanUser;
import org.duban.org.UnitDirectoryService;
import org.duban.support.MutableClock;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders for the seed campaign in late September 2020, delivered to a real SMTP server and to real HTTP servers
 * standing in for a DingTalk and a WeCom group robot.
 */
@SpringBootTest
@BothDatabases
class ReminderDeliveryTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final MutableClock CLOCK = new MutableClock(LocalDateTime.of(2020, 9, 28, 10, 0), CHINA);
    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    static final List<String> DINGTALK = Collections.synchronizedList(new ArrayList<>());
    static final List<String> DINGTALK_QUERIES = Collections.synchronizedList(new ArrayList<>());
    static final List<String> WECOM = Collections.synchronizedList(new ArrayList<>());
    static final HttpServer ROBOTS;

    static {
        SMTP.start();
        try {
            ROBOTS = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ROBOTS.createContext("/dingtalk", exchange -> {
            DINGTALK.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            DINGTALK_QUERIES.add(exchange.getRequestURI().getQuery());
            answer(exchange);
        });
        ROBOTS.createContext("/wecom", exchange -> {
            WECOM.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange);
        });
        ROBOTS.start();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        byte[] ok = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, ok.length);
        exchange.getResponseBody().write(ok);
        exchange.close();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // the stand-in robots are local and speak plain http: allowed here on purpose, never in production
        registry.add("duban.webhooks.test-hosts", () -> "127.0.0.1:" + ROBOTS.getAddress().getPort());
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock movableClock() {
            return CLOCK;
        }
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        ROBOTS.stop(0);
    }

    @Autowired
    Reminders reminders;
    @Autowired
    Outbox outbox;
    @Autowired
    UnitDirectoryService units;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.duban.summary.SummaryService summaries;

    @Test
    void remindersGoOutOnceByMailAndBothRobotsAndWaitOutTheQuietHours() throws Exception {
        DubanUser qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        DubanUser shacheng = (DubanUser) users.loadUserByUsername("shacheng");
        String robots = "http://127.0.0.1:" + ROBOTS.getAddress().getPort();
        units.setChannels(null, qianqi.organisationId(), qianqi.unitId(), "qianqi@example.gov.cn", "DINGTALK",
                robots + "/dingtalk?access_token=abc", "SECdemo");
        units.setChannels(null, qianqi.organisationId(), shacheng.unitId(), null, "WECOM", robots + "/wecom?key=xyz", null);

        // 沙埕 has handed in its summary already: it is not reminded of it
        long campaign = jdbc.sql("select min(id) from campaign").query(Long.class).single();
        summaries.save(shacheng, campaign, "质量月总结：开展活动4场。", true, List.of());

        // 28 September: activities ending 30 September are due soon; the summary is due on 1 October
        int made = reminders.scan();
        assertThat(made).isPositive();
        int sent = outbox.sendDue();
        assertThat(sent).isPositive();
        List<String> subjects = subjectsTo("qianqi@example.gov.cn");
        assertThat(subjects).contains("即将到期：组织企业参加首席质量官培训", "活动总结报送提醒")
                .doesNotHaveDuplicates()
                .noneMatch(s -> s.contains("制作、群发")); // ended on 3 September: too old to chase automatically
        MimeMessage due = message("qianqi@example.gov.cn", "即将到期：组织企业参加首席质量官培训");
        assertThat(due.getContent().toString()).contains("前岐市场监督管理所：第2项“组织企业参加首席质量官培训”将于9月30日截止，尚未报送。");
        assertThat(DINGTALK).isNotEmpty().allSatisfy(body -> assertThat(read(body, "$.msgtype")).isEqualTo("markdown"));
        assertThat(DINGTALK).anySatisfy(body -> {
            assertThat(read(body, "$.markdown.title")).isEqualTo("即将到期：组织企业参加首席质量官培训");
            assertThat(read(body, "$.markdown.text")).startsWith("### 即将到期：组织企业参加首席质量官培训\n\n【督办提醒】前岐市场监督管理所");
        });
        assertThat(DINGTALK_QUERIES).allSatisfy(q -> assertThat(q).contains("access_token=abc", "timestamp=", "sign="));
        assertThat(DINGTALK).anySatisfy(body -> assertThat(read(body, "$.markdown.title")).isEqualTo("活动总结报送提醒"));
        assertThat(WECOM).noneSatisfy(body -> assertThat(read(body, "$.markdown.content")).contains("活动总结报送提醒"));
        assertThat(WECOM).anySatisfy(body -> {
            assertThat(read(body, "$.msgtype")).isEqualTo("markdown");
            assertThat(read(body, "$.markdown.content")).isEqualTo("**即将到期：组织企业参加首席质量官培训**\n"
                    + "【督办提醒】沙埕市场监督管理所：第2项“组织企业参加首席质量官培训”将于9月30日截止，尚未报送。");
        });

        // the same day scanned again: nothing new, nothing sent twice
        int mails = SMTP.getReceivedMessages().length;
        int robotCalls = DINGTALK.size() + WECOM.size();
        assertThat(reminders.scan()).isZero();
        assertThat(outbox.sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(mails);

        // the coordinator sends 沙埕's summary back: 沙埕 owes one again, and is reminded of it
        summaries.returnToUnit((DubanUser) users.loadUserByUsername("zhiliang"), campaign, shacheng.unitId(),
                "请补充活动照片");
        assertThat(reminders.scan()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where unit_id = ? and kind = 'SUMMARY_DUE'")
                .param(shacheng.unitId()).query(Integer.class).single()).isEqualTo(1);

        // 1 October, two nodes at once: what became overdue goes out once
        CLOCK.set(LocalDateTime.of(2020, 10, 1, 9, 0));
        runTwiceAtOnce();
        assertThat(subjectsTo("qianqi@example.gov.cn")).contains("已逾期：组织企业参加首席质量官培训").doesNotHaveDuplicates();
        assertThat(DINGTALK).doesNotHaveDuplicates();
        assertThat(WECOM).doesNotHaveDuplicates();
        assertThat(DINGTALK.size() + WECOM.size()).isGreaterThan(robotCalls);

        // 23:30, an urge: seen in the app at once, sent only when the quiet hours end at 07:00
        CLOCK.set(LocalDateTime.of(2020, 10, 1, 23, 30));
        long assignment = jdbc.sql("""
                select s.id from assignment s join activity a on a.id = s.activity_id
                where s.unit_id = ? and a.task_no = '13'""").param(qianqi.unitId()).query(Long.class).single();
        reminders.urge((DubanUser) users.loadUserByUsername("zhiliang"), assignment, "请今晚补报");
        assertThat(outbox.sendDue()).isZero();
        CLOCK.set(LocalDateTime.of(2020, 10, 2, 6, 59));
        assertThat(outbox.sendDue()).isZero();
        CLOCK.set(LocalDateTime.of(2020, 10, 2, 7, 0));
        assertThat(outbox.sendDue()).isEqualTo(2); // the e-mail and the DingTalk message
        assertThat(subjectsTo("qianqi@example.gov.cn")).contains("催办：开展定量包装商品净含量监督抽查");
    }

    private void runTwiceAtOnce() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(nodes.submit(() -> {
                together.await();
                reminders.scan();
                together.await();
                return outbox.sendDue();
            }));
        }
        int sent = 0;
        for (Future<Integer> run : runs) {
            sent += run.get();
        }
        nodes.shutdown();
        assertThat(sent).isPositive();
    }

    private static String read(String json, String path) {
        return com.jayway.jsonpath.JsonPath.read(json, path);
    }

    private static List<String> subjectsTo(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }

    private static MimeMessage message(String address, String subject) throws Exception {
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address) && m.getSubject().equals(subject)) {
                return m;
            }
        }
        throw new AssertionError("no mail " + subject + " to " + address);
    }
}
