package org.duban.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.duban.support.DubanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an operator's tools ask of a running node: the load balancer's health and readiness without logging in and
 * without details, Prometheus's metrics from this machine only, and nothing else of the actuator.
 */
@DubanTest
@AutoConfigureMockMvc
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthAndReadinessAnswerAnyoneWithTheStatusOnly() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            String body = mvc.perform(get(path).with(r -> {
                        r.setRemoteAddr("203.0.113.9");
                        return r;
                    }))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
        }
    }

    @Test
    void prometheusScrapesFromThisMachineOnly() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus").with(r -> {
                    r.setRemoteAddr("127.0.0.1");
                    return r;
                }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections_active")
                .contains("application=\"duban\"");
        mvc.perform(get("/actuator/prometheus").with(r -> {
            r.setRemoteAddr("203.0.113.9");
            return r;
        })).andExpect(status().isForbidden());
    }

    @Test
    void noOtherActuatorRouteAnswers() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(403, 404);
        }
    }
}
