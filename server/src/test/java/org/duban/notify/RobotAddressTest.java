package org.duban.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duban.org.DubanUser;
import org.duban.org.UnitChannels;
import org.duban.org.UnitDirectoryService;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A unit's robot address is an order to the server to post somewhere, so it may only be a DingTalk or WeCom robot's:
 * refused when saved, and refused again when a message is sent (an address stored before the rule, a name that
 * resolves into the intranet), with no redirect followed. Real HTTP servers on 127.0.0.1 stand in for an intranet
 * service that must never be reached and for a robot the test allows on purpose ({@code duban.webhooks.test-hosts}).
 * {@code localhost} is added to the allowed hosts here so that a name resolving to a loopback address can be tried.
 */
@SpringBootTest(properties = {"duban.demo.enabled=true", "duban.notify.quiet-from=00:00", "duban.notify.quiet-to=00:00",
        "duban.webhooks.allowed-hosts=oapi.dingtalk.com,qyapi.weixin.qq.com,localhost"})
@BothDatabases
@AutoConfigureMockMvc
class RobotAddressTest {

    static final List<String> INTRANET_HITS = Collections.synchronizedList(new ArrayList<>());
    static final List<String> ROBOT_HITS = Collections.synchronizedList(new ArrayList<>());
    static final HttpServer INTRANET = server();
    static final HttpServer ROBOT = server();

    static {
        INTRANET.createContext("/", exchange -> {
            INTRANET_HITS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] secret = "{\"AccessKeyId\":\"metadata\"}".getBytes();
            exchange.sendResponseHeaders(200, secret.length);
            exchange.getResponseBody().write(secret);
            exchange.close();
        });
        // a robot that answers with a redirect into the intranet
        ROBOT.createContext("/", exchange -> {
            ROBOT_HITS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + INTRANET.getAddress().getPort() + "/latest/meta-data");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        INTRANET.start();
        ROBOT.start();
    }

    @DynamicPropertySource
    static void robotForTests(DynamicPropertyRegistry registry) {
        registry.add("duban.webhooks.test-hosts", () -> "127.0.0.1:" + ROBOT.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        INTRANET.stop(0);
        ROBOT.stop(0);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    UnitDirectoryService units;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitCanNameOnlyADingTalkOrWeComRobotAndABadAddressChangesNothing() throws Exception {
        DubanUser coordinator = account("zhiliang");
        DubanUser qianqi = account("qianqi");
        String good = "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef";
        saveRobot(coordinator, qianqi.unitId(), "DINGTALK", good).andExpect(status().is3xxRedirection());

        Map<String, String> refusals = Map.of(
                "http://oapi.dingtalk.com/robot/send?access_token=x", "必须以 https:// 开头",
                "https://oapi.dingtalk.com:8443/robot/send", "必须以 https:// 开头",
                "https://oapi.dingtalk.com.attacker.example/robot/send", "只接受钉钉或企业微信群机器人的地址",
                "https://169.254.169.254/latest/meta-data/", "只接受钉钉或企业微信群机器人的地址",
                "http://127.0.0.1:" + INTRANET.getAddress().getPort() + "/admin", "只接受钉钉或企业微信群机器人的地址",
                "https://qyapi.weixin.qq.com@10.0.0.1/cgi-bin/webhook/send", "格式不正确",
                "https://admin@qyapi.weixin.qq.com/cgi-bin/webhook/send", "格式不正确",
                "file:///etc/passwd", "格式不正确",
                "https://localhost/robot/send", "解析到内网或保留地址");
        for (Map.Entry<String, String> bad : refusals.entrySet()) {
            saveRobot(coordinator, qianqi.unitId(), "WECOM", bad.getKey())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString(bad.getValue())))
                    .andExpect(content().string(containsString("未做任何更改")));
        }

        UnitChannels kept = units.channels(qianqi.organisationId()).get(qianqi.unitId());
        assertThat(kept.webhookKind()).isEqualTo("DINGTALK");
        assertThat(kept.webhookUrl()).isEqualTo(good);
        assertThat(INTRANET_HITS).isEmpty();
    }

    @Test
    void anAddressThatIsNotARobotsIsRefusedAgainWhenSendingAndNeverReached() {
        DubanUser qianqi = account("qianqi");
        String intranet = "http://127.0.0.1:" + INTRANET.getAddress().getPort() + "/latest/meta-data";
        long first = enqueue(qianqi, intranet);
        long second = enqueue(qianqi, "https://localhost/robot/send?access_token=x");

        outbox.sendDue();

        assertThat(INTRANET_HITS).isEmpty();
        for (long id : new long[] {first, second}) {
            assertThat(jdbc.sql("select sent_at is null from outbox where id = ?").param(id).query(Boolean.class).single())
                    .isTrue();
            assertThat(jdbc.sql("select last_error from outbox where id = ?").param(id).query(String.class).single())
                    .startsWith("address refused");
        }
        assertThat(outbox.sendDue()).as("a refused address is not tried again").isZero();
        assertThat(INTRANET_HITS).isEmpty();
    }

    @Test
    void aRobotsRedirectIsNotFollowed() {
        DubanUser shacheng = account("shacheng");
        long id = enqueue(shacheng, "http://127.0.0.1:" + ROBOT.getAddress().getPort() + "/robot/send?access_token=y");

        outbox.sendDue();

        assertThat(ROBOT_HITS).isNotEmpty();
        assertThat(INTRANET_HITS).isEmpty();
        assertThat(jdbc.sql("select last_error from outbox where id = ?").param(id).query(String.class).single())
                .contains("307");
    }

    private long enqueue(DubanUser unit, String url) {
        String key = "robot-test-" + UUID.randomUUID();
        outbox.enqueue(unit.organisationId(), key, Outbox.Channel.DINGTALK, url, null, "催办", "【督办提醒】请报送");
        return jdbc.sql("select id from outbox where dedupe_key = ?").param(key).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions saveRobot(DubanUser coordinator, long unitId, String kind,
            String url) throws Exception {
        return mvc.perform(post("/units/" + unitId + "/channels").with(user(coordinator)).with(csrf())
                .param("email", "").param("webhookKind", kind).param("webhookUrl", url).param("webhookSecret", ""));
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }

    private static HttpServer server() {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
