package org.duban.report;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.duban.support.DubanTest;
import org.duban.support.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The reporting loop over the JSON API, as a field app or another system would drive it. */
@DubanTest
@AutoConfigureMockMvc
class ReportApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aStationReportsAndTheCoordinatorReviewsThroughTheApi() throws Exception {
        String mine = body(mvc.perform(get("/api/v1/my/assignments").with(httpBasic("shacheng", "Duban@2020")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").exists()));
        java.util.List<Integer> tenth = JsonPath.read(mine, "$[?(@.activityNo == '10')].id");
        int assignment = tenth.get(0);

        String key = UUID.randomUUID().toString();
        String created = body(mvc.perform(report(assignment, key)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.photos[0].thumbnail").exists())
                .andExpect(jsonPath("$.photos[0].takenAt").doesNotExist()));
        int report = JsonPath.read(created, "$.id");
        mvc.perform(report(assignment, key)).andExpect(jsonPath("$.id").value(report));

        mvc.perform(get("/api/v1/reviews").with(httpBasic("zhiliang", "Duban@2020")))
                .andExpect(jsonPath("$[?(@.reportId == " + report + ")].unitName").value("沙埕市场监督管理所"));
        mvc.perform(review(report, "{\"decision\": \"RETURN\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("退回时请写明需要补充或修改的内容。"));
        mvc.perform(review(report, "{\"decision\": \"MAYBE\"}")).andExpect(status().isBadRequest());
        mvc.perform(review(report, "{\"decision\": \"ACCEPT\", \"comment\": \"好\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));

        mvc.perform(get("/api/v1/my/assignments").with(httpBasic("shacheng", "Duban@2020")))
                .andExpect(jsonPath("$[?(@.id == " + assignment + ")].status").value("DONE"));
        mvc.perform(get("/api/v1/reports/" + report).with(httpBasic("qianqi", "Duban@2020")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reports/" + report + "/review").with(httpBasic("shacheng", "Duban@2020"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ACCEPT\"}"))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.RequestBuilder report(int assignment, String key) {
        return multipart("/api/v1/assignments/" + assignment + "/reports")
                .file(new MockMultipartFile("photos", "p.jpg", "image/jpeg", TestImages.jpeg(640, 480, 77)))
                .param("formKey", key).param("action", "submit").param("body", "农贸市场宣传活动1场，发放资料300份")
                .with(httpBasic("shacheng", "Duban@2020"));
    }

    private org.springframework.test.web.servlet.RequestBuilder review(int report, String json) {
        return post("/api/v1/reports/" + report + "/review").with(httpBasic("zhiliang", "Duban@2020"))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
