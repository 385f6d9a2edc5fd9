package org.duban.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.duban.org.DubanUser;
import org.duban.planreader.Layout;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.TaskDraft;
import org.duban.support.DubanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * When the reader picks the wrong column, the coordinator says which column is which in the preview; the tasks are
 * read again at once, and the bureau's next notice reads that way by itself.
 */
@DubanTest
@AutoConfigureMockMvc
class LayoutChoiceTest {

    /** The reader takes 检查主体 (two bureaus carry out the checks) for the lead; the coordinator wants the 股室. */
    static String spotChecks(int year) {
        return year + "年“双随机、一公开”抽查工作计划\n"
                + "序号 | 检查主体 | 检查内容 | 股室 | 计划开展时间 |\n"
                + "1 | 上高县市场监督管理局 | 对特种设备作业人员的行政检查 | 特种设备安全监察股 | 1月—12月 |\n"
                + "2 | 宜春市市场监督管理局 | 对经营者价格活动的行政检查 | 计量与标准化股 | 3月—6月 |\n"
                + "\n上高县市场监督管理局\n" + year + "年3月1日\n";
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ImportService imports;

    @Test
    void theCoordinatorNamesTheColumnsAndTheNextNoticeFromThatBureauFollows() throws Exception {
        UserDetails coordinator = users.loadUserByUsername("zhiliang");
        long org = ((DubanUser) coordinator).organisationId();
        String draftUrl = start(coordinator, spotChecks(2023));

        mvc.perform(get(draftUrl).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("按此表格重新识别")))
                .andExpect(content().string(containsString("检查主体")));

        mvc.perform(post(draftUrl + "/layout").with(user(coordinator)).with(csrf())
                        .param("finder", "table").param("table", "0")
                        .param("columns", "NO", "OTHER", "CONTENT", "LEAD", "TIME"))
                .andExpect(status().is3xxRedirection());

        PlanDraft corrected = draftOf(org, draftUrl);
        assertThat(corrected.tasks()).extracting(TaskDraft::lead)
                .containsExactly(java.util.List.of("特种设备安全监察股"), java.util.List.of("计量与标准化股"));
        assertThat(corrected.issuer()).as("the notice's facts stay").isEqualTo("上高县市场监督管理局");
        assertThat(imports.profileFor(org, "上高县市场监督管理局")).contains(
                Layout.table(0, java.util.List.of("NO", "OTHER", "CONTENT", "LEAD", "TIME")));
        mvc.perform(get(draftUrl).with(user(coordinator)))
                .andExpect(content().string(containsString("已核对无误，可以确认")));

        // next year's notice from the same bureau reads by the profile, and says so
        PlanDraft nextYear = imports.readText(org, spotChecks(2024), null);
        assertThat(nextYear.tasks().get(0).lead()).containsExactly("特种设备安全监察股");
        assertThat(nextYear.reading().layout()).isNotNull();

        // back to the reader's own reading: the profile is forgotten
        mvc.perform(post(draftUrl + "/layout").with(user(coordinator)).with(csrf()).param("finder", "auto"))
                .andExpect(status().is3xxRedirection());
        assertThat(imports.profileFor(org, "上高县市场监督管理局")).isEmpty();
        assertThat(draftOf(org, draftUrl).tasks().get(0).lead()).contains("上高县市场监督管理局");
    }

    @Test
    void aLayoutThatFindsNothingOrIsIncompleteIsRefusedAndChangesNothing() throws Exception {
        UserDetails coordinator = users.loadUserByUsername("zhiliang");
        long org = ((DubanUser) coordinator).organisationId();
        String draftUrl = start(coordinator, spotChecks(2023));
        PlanDraft before = draftOf(org, draftUrl);

        mvc.perform(post(draftUrl + "/layout").with(user(coordinator)).with(csrf())
                        .param("finder", "table").param("table", "0").param("columns", "NO", "OTHER", "OTHER", "LEAD"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("没有读到任何任务")));
        mvc.perform(post(draftUrl + "/layout").with(user(coordinator)).with(csrf())
                        .param("finder", "outline"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("识别方式不完整")));
        mvc.perform(post(draftUrl + "/layout").with(user(coordinator)).with(csrf())
                        .param("finder", "table").param("table", "0").param("columns", "BOSS"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(not(containsString("Exception"))));

        assertThat(draftOf(org, draftUrl)).isEqualTo(before);
        assertThat(imports.profileFor(org, "上高县市场监督管理局")).isEmpty();
    }

    @Test
    void daysOverTheirListsAreALevelTheCoordinatorCanChoose() throws Exception {
        // a festival's days stand over the activities numbered under them: the preview offers the days as a level of
        // their own, named as such, and choosing it makes the days the tasks
        UserDetails coordinator = users.loadUserByUsername("zhiliang");
        long org = ((DubanUser) coordinator).organisationId();
        String draftUrl = start(coordinator, """
                2024年元宵节群众文化活动安排
                2月24日9:00 县文化广场 活动一
                一、民俗展演：舞龙舞狮、秧歌、旱船等。
                二、猜灯谜：设灯谜三百条，猜中有奖。
                2月24日19:00 滨河公园 活动二
                一、元宵灯展：花灯二百组。
                """);

        mvc.perform(get(draftUrl).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期标题（其下各项编号之上） · 2 项 · 2月24日9:00")));
        mvc.perform(post(draftUrl + "/layout").with(user(coordinator)).with(csrf())
                        .param("finder", "outline").param("level", "0"))
                .andExpect(status().is3xxRedirection());

        assertThat(draftOf(org, draftUrl).tasks()).extracting(TaskDraft::timeText)
                .containsExactly("2月24日9:00", "2月24日19:00");
    }

    private PlanDraft draftOf(long org, String draftUrl) {
        return imports.review(org, Long.parseLong(draftUrl.replaceAll("\\D", ""))).draft();
    }

    private String start(UserDetails coordinator, String text) throws Exception {
        MvcResult started = mvc.perform(post("/imports").with(user(coordinator)).with(csrf()).param("text", text))
                .andExpect(status().is3xxRedirection()).andReturn();
        return started.getResponse().getRedirectedUrl();
    }
}
