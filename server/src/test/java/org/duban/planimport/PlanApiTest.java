package org.duban.planimport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.duban.support.DubanTest;
import org.duban.support.Seed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DubanTest
@AutoConfigureMockMvc
class PlanApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void readsATextBodyIntoTheSameJsonAsTheCommandLine() throws Exception {
        mvc.perform(post("/api/v1/plan-drafts").with(httpBasic("zhiliang", "Duban@2020"))
                        .contentType(MediaType.TEXT_PLAIN).content(Seed.text().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.length()").value(23))
                .andExpect(jsonPath("$.tasks[0].timeText").value("9月1日-3日"))
                .andExpect(jsonPath("$.tasks[0].start").value("2020-09-01"))
                .andExpect(jsonPath("$.tasks[0].assist[1]").value("各市场监督管理所"))
                .andExpect(jsonPath("$.summaryDeadline").value("2020-10-01"))
                .andExpect(jsonPath("$.warnings[?(@.where == 'issuer')].code").value("SUSPECT_SPAM"));
    }

    @Test
    void readsAnUploadedFileInGb18030() throws Exception {
        byte[] gbk = Seed.text().getBytes(Charset.forName("GB18030"));
        mvc.perform(multipart("/api/v1/plan-drafts").file(new MockMultipartFile("file", "notice.txt", "text/plain", gbk))
                        .with(httpBasic("zhiliang", "Duban@2020")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.length()").value(23))
                .andExpect(jsonPath("$.contact.name").value("陈馨"));
    }

    @Test
    void unitNamesOutsideTheDirectoryAreWarnedAbout() throws Exception {
        String text = Seed.text().replace("综合执法大队", "综合行政执法大队");
        mvc.perform(post("/api/v1/plan-drafts").with(httpBasic("zhiliang", "Duban@2020"))
                        .contentType(MediaType.TEXT_PLAIN).content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[?(@.code == 'UNKNOWN_UNIT')].where").value("tasks[19].lead"));
    }

    @Test
    void badInputGetsAChineseProblemNotAServerError() throws Exception {
        mvc.perform(post("/api/v1/plan-drafts").with(httpBasic("zhiliang", "Duban@2020"))
                        .contentType(MediaType.TEXT_PLAIN).content(new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请粘贴通知文字或选择一个文件。"));
        mvc.perform(post("/api/v1/plan-drafts").with(httpBasic("zhiliang", "Duban@2020"))
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[] {0, 1, 2, 3, 0, 0}))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("文件不是文本")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("The file"))));
        mvc.perform(post("/api/v1/plan-drafts?lang=en").with(httpBasic("zhiliang", "Duban@2020"))
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[] {0, 1, 2, 3, 0, 0}))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The file is not text")));
        mvc.perform(post("/api/v1/plan-drafts?year=abc").with(httpBasic("zhiliang", "Duban@2020"))
                        .contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void createsACampaignFromACorrectedDraftAndRefusesAnUncorrectedOne() throws Exception {
        MvcResult read = mvc.perform(post("/api/v1/plan-drafts").with(httpBasic("zhiliang", "Duban@2020"))
                        .contentType(MediaType.TEXT_PLAIN).content(Seed.text().getBytes(StandardCharsets.UTF_8)))
                .andReturn();
        String draft = read.getResponse().getContentAsString(StandardCharsets.UTF_8);
        int before = campaignCount();

        mvc.perform(post("/api/v1/campaigns").with(httpBasic("zhiliang", "Duban@2020"))
                        .contentType(MediaType.APPLICATION_JSON).content(draft.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.issues[0].code").value("SUSPECT_SPAM"))
                .andExpect(jsonPath("$.issues[0].where").value("issuer"));

        String corrected = draft.replace("beat365网页登录_365bet官网备用网站_365betvip", "福鼎市")
                .replace("\"issuer\": null", "\"issuer\": \"福鼎市市场监督管理局\"");
        MvcResult created = mvc.perform(post("/api/v1/campaigns").with(httpBasic("zhiliang", "Duban@2020"))
                        .contentType(MediaType.APPLICATION_JSON).content(corrected.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn();

        mvc.perform(get(created.getResponse().getHeader("Location")).with(httpBasic("leader", "Duban@2020")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activities.length()").value(23))
                .andExpect(jsonPath("$.activities[3].assignments.length()").value(3))
                .andExpect(jsonPath("$.activities[0].assignments[0].role").value("LEAD"))
                .andExpect(jsonPath("$.notice.references[0]").value("国市监质〔2020〕133号"));
        org.assertj.core.api.Assertions.assertThat(campaignCount()).isEqualTo(before + 1);
    }

    private int campaignCount() throws Exception {
        String list = mvc.perform(get("/api/v1/campaigns").with(httpBasic("qianqi", "Duban@2020")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return com.jayway.jsonpath.JsonPath.read(list, "$.length()");
    }

    @Test
    void onlyCoordinatorsReadPlansOrCreateCampaigns() throws Exception {
        mvc.perform(post("/api/v1/plan-drafts").with(httpBasic("qianqi", "Duban@2020"))
                        .contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns").with(httpBasic("leader", "Duban@2020"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/campaigns").with(httpBasic("zhiliang", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anotherOrganisationsCampaignIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/campaigns/999999").with(httpBasic("zhiliang", "Duban@2020")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("没有找到")));
    }

    @Test
    void servesAnOpenApiDescriptionToLoggedInUsers() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("zhiliang", "Duban@2020")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/plan-drafts']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}']").exists());
    }
}
