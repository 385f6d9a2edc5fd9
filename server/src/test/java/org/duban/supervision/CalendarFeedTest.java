package org.duban.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.support.DubanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A station subscribes to its tasks in a calendar app, which cannot log in. */
@DubanTest
@AutoConfigureMockMvc
class CalendarFeedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theFeedHoldsTheUnitsWindowsAndTheSummaryDeadline() throws Exception {
        String feed = feedPath("qianqi");
        byte[] bytes = mvc.perform(get(feed)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String ics = new String(bytes, StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:【协助】1. 制作、群发“质量月”公益宣传手机短信\\,制作悬挂宣传横幅",
                "DTSTART;VALUE=DATE:20200901\r\nDTEND;VALUE=DATE:20200904", "SUMMARY:【总结截止】",
                "DTSTART;VALUE=DATE:20201001");
        assertThat(count(unfolded, "BEGIN:VEVENT")).as("前岐所: 17 activities as one of 各市场监督管理所, activity 4 by name, one summary deadline").isEqualTo(17 + 1 + 1);
        assertThat(Arrays.stream(ics.split("\r\n"))).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void aReplacedAddressStopsWorking() throws Exception {
        String old = feedPath("shacheng");
        mvc.perform(post("/tasks/calendar").with(user(users.loadUserByUsername("shacheng"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(old)).andExpect(status().isNotFound());
        mvc.perform(get(feedPath("shacheng"))).andExpect(status().isOk());
        mvc.perform(get("/calendar/" + "a".repeat(48) + ".ics")).andExpect(status().isNotFound());
    }

    private String feedPath(String member) throws Exception {
        String page = mvc.perform(get("/tasks/calendar").with(user(users.loadUserByUsername(member))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(/calendar/[0-9a-f]{48}\\.ics)").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
