package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request that arrives while the demo or the first administrator is still being made is told to come back. */
class StartupGateTest {

    @Test
    void answers503WithRetryAfterUntilTheApplicationIsReady() throws Exception {
        StartupGate gate = new StartupGate();
        MockHttpServletResponse early = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/api/v1/my/assignments"), early, notReached);

        assertThat(early.getStatus()).isEqualTo(503);
        assertThat(early.getHeader("Retry-After")).isEqualTo("5");
        assertThat(early.getContentAsString()).contains("督办正在启动");
        assertThat(notReached.getRequest()).as("the application is not reached").isNull();

        gate.open();
        MockHttpServletResponse later = new MockHttpServletResponse();
        MockFilterChain reached = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/login"), later, reached);
        assertThat(later.getStatus()).isEqualTo(200);
        assertThat(reached.getRequest()).isNotNull();
    }
}
