package org.duban.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.duban.support.DubanTest;
import org.duban.support.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every report's transaction appends to the operation log's chain as it commits, one after another through the
 * chain's head row. On a busy deadline day (or a slow machine just after a restart) a report can wait there for
 * seconds: it must wait and be saved, not be refused. CrashIT once saw a report answered 500 on H2, whose lock
 * timeout was 2 s by default.
 */
@DubanTest
@AutoConfigureMockMvc
class BusyLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void aReportWaitingSecondsForTheLogIsSavedNotRefused() throws Exception {
        String mine = mvc.perform(get("/api/v1/my/assignments").with(httpBasic("shacheng", "Duban@2020")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Integer> ids = JsonPath.read(mine, "$[*].id");
        CountDownLatch held = new CountDownLatch(1);
        Thread holder = new Thread(() -> holdTheLog(held, 4000), "log-holder");
        holder.start();
        assertThat(held.await(10, TimeUnit.SECONDS)).as("the other writer holds the log's head").isTrue();
        long t0 = System.nanoTime();

        mvc.perform(multipart("/api/v1/assignments/" + ids.get(0) + "/reports")
                        .file(new MockMultipartFile("photos", "p.jpg", "image/jpeg", TestImages.jpeg(320, 240, 5)))
                        .param("formKey", UUID.randomUUID().toString()).param("action", "submit")
                        .param("body", "截止日当天报送：宣传活动1场").with(httpBasic("shacheng", "Duban@2020")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("SUBMITTED"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("it queued behind the other writer")
                .isGreaterThanOrEqualTo(3000);
        holder.join();
    }

    /** Another writer holding every chain's head for a while, as a queue of commits before this one would. */
    private void holdTheLog(CountDownLatch held, long millis) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeQuery("select last_hash from audit_chain for update").close();
                held.countDown();
                Thread.sleep(millis);
            }
            c.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
