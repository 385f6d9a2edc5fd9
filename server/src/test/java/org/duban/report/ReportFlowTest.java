package org.duban.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.UUID;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.org.DubanUser;
import org.duban.photo.PhotoService;
import org.duban.supervision.AssignmentStatus;
import org.duban.supervision.UnitTasks;
import org.duban.support.DubanTest;
import org.duban.support.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A station reports on its share with photos; the coordinator returns it once, then accepts it. */
@DubanTest
@AutoConfigureMockMvc
class ReportFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Assignments assignments;
    @Autowired
    UnitTasks tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PhotoService photos;

    @Test
    void draftSubmitReturnResubmitAccept() throws Exception {
        DubanUser qianqi = account("qianqi");
        DubanUser coordinator = account("zhiliang");
        AssignmentView share = assignmentOf(qianqi, "2");
        assertThat(statusOf(qianqi, share)).as("the 2020 window is long over").isEqualTo(AssignmentStatus.OVERDUE);

        String key = UUID.randomUUID().toString();
        mvc.perform(report(qianqi, share, key, "save", "组织辖区企业参加首席质量官培训", TestImages.jpeg(800, 600, 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(qianqi, share)).as("a draft is not a report").isEqualTo(AssignmentStatus.OVERDUE);
        long reportId = reportsOf(share);

        // continuing the draft and submitting; then the same form once more, as a double tap would
        String submitKey = UUID.randomUUID().toString();
        mvc.perform(report(qianqi, share, submitKey, "submit", "组织辖区12家企业参加首席质量官培训", TestImages.png(600, 800, 2))
                        .param("reportId", String.valueOf(reportId)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(report(qianqi, share, submitKey, "submit", "组织辖区12家企业参加首席质量官培训", TestImages.png(600, 800, 2))
                        .param("reportId", String.valueOf(reportId)))
                .andExpect(status().is3xxRedirection());
        assertThat(countReports(share)).isEqualTo(1);
        assertThat(photoCount(reportId)).isEqualTo(2);
        assertThat(statusOf(qianqi, share)).isEqualTo(AssignmentStatus.REPORTED);

        mvc.perform(get("/reviews").with(user(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("前岐市场监督管理所")));
        mvc.perform(post("/reports/" + reportId + "/return").with(user(coordinator)).with(csrf()).param("comment", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("退回时请写明需要补充或修改的内容")));
        mvc.perform(post("/reports/" + reportId + "/return").with(user(coordinator)).with(csrf())
                        .param("comment", "请补充培训现场照片"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(qianqi, share)).as("returned: the unit owes an answer").isEqualTo(AssignmentStatus.OVERDUE);
        mvc.perform(get("/tasks/" + share.id()).with(user(qianqi)))
                .andExpect(content().string(containsString("请补充培训现场照片")))
                .andExpect(content().string(containsString("修改后重新提交")));

        mvc.perform(report(qianqi, share, UUID.randomUUID().toString(), "submit", "组织辖区12家企业参加培训，补充现场照片",
                        TestImages.jpeg(800, 600, 3)).param("reportId", String.valueOf(reportId)))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(qianqi, share)).isEqualTo(AssignmentStatus.REPORTED);

        mvc.perform(post("/reports/" + reportId + "/accept").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(qianqi, share)).isEqualTo(AssignmentStatus.DONE);
        assertThat(jdbc.sql("select action from report_event where report_id = ? order by id").param(reportId)
                .query(String.class).list())
                .containsExactly("CREATED", "SAVED", "SUBMITTED", "RETURNED", "RESUBMITTED", "ACCEPTED");
        mvc.perform(post("/reports/" + reportId + "/accept").with(user(coordinator)).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void photosKeepTheirShootingTimeAndPlaceForTheCoordinatorButNotInTheCopies() throws Exception {
        DubanUser qianqi = account("qianqi");
        AssignmentView share = assignmentOf(qianqi, "3");
        byte[] photo = TestImages.jpegWithExif(7, LocalDateTime.of(2020, 8, 20, 10, 30), 27.3245, 120.2161);
        mvc.perform(report(qianqi, share, UUID.randomUUID().toString(), "submit", "开展质量奖申报企业经验分享会", photo))
                .andExpect(status().is3xxRedirection());
        long reportId = reportsOf(share);
        long photoId = jdbc.sql("select photo_id from report_photo where report_id = ?").param(reportId).query(Long.class).single();
        photos.settle(qianqi.organisationId()); // made off the request (PhotoQueueTest): here, now

        mvc.perform(get("/reports/" + reportId).with(user(account("zhiliang"))))
                .andExpect(content().string(containsString("拍摄于 2020-08-20 10:30")))
                .andExpect(content().string(containsString("拍摄时间不在活动时间内")))
                .andExpect(content().string(containsString("位置 27.32450, 120.21610")));
        byte[] display = mvc.perform(get("/reports/" + reportId + "/photos/" + photoId + "/display").with(user(qianqi)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(display, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        byte[] original = mvc.perform(get("/reports/" + reportId + "/photos/" + photoId + "/original").with(user(qianqi)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(original).isEqualTo(photo);
    }

    /** The download reads in a read-only transaction; its audit entry must still be written (PostgreSQL refused). */
    @Test
    void theCoordinatorDownloadsAnOriginalAndTheAuditLogSaysWhoDid() throws Exception {
        DubanUser qianqi = account("qianqi");
        AssignmentView share = assignmentOf(qianqi, "4");
        byte[] photo = TestImages.jpeg(640, 480, 11);
        mvc.perform(report(qianqi, share, UUID.randomUUID().toString(), "submit", "质量提升专题培训", photo))
                .andExpect(status().is3xxRedirection());
        long reportId = reportsOf(share);
        long photoId = jdbc.sql("select photo_id from report_photo where report_id = ?").param(reportId).query(Long.class).single();

        byte[] original = mvc.perform(get("/reports/" + reportId + "/photos/" + photoId + "/original")
                        .with(user(account("zhiliang"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(original).isEqualTo(photo);
        assertThat(jdbc.sql("select actor from audit_event where action = 'PHOTO_DOWNLOADED' and target = ?")
                .param("照片 " + photoId).query(String.class).list()).containsExactly("zhiliang");
    }

    @Test
    void aPhotoUsedAgainByAnotherUnitIsFlaggedWithALinkToItsFirstUse() throws Exception {
        byte[] photo = TestImages.jpeg(900, 600, 42);
        DubanUser qianqi = account("qianqi");
        DubanUser shacheng = account("shacheng");
        AssignmentView first = assignmentOf(qianqi, "5");
        AssignmentView second = assignmentOf(shacheng, "5");
        mvc.perform(report(qianqi, first, UUID.randomUUID().toString(), "submit", "走访企业3家", photo));
        mvc.perform(report(shacheng, second, UUID.randomUUID().toString(), "submit", "走访企业2家", photo));
        long firstReport = reportsOf(first);
        long secondReport = reportsOf(second);

        mvc.perform(get("/reports/" + secondReport).with(user(account("zhiliang"))))
                .andExpect(content().string(containsString("这张照片也用于")))
                .andExpect(content().string(containsString("/reports/" + firstReport)));
    }

    @Test
    void aStationSeesAndWritesOnlyItsOwnReports() throws Exception {
        DubanUser qianqi = account("qianqi");
        DubanUser shacheng = account("shacheng");
        AssignmentView theirs = assignmentOf(shacheng, "8");
        mvc.perform(report(shacheng, theirs, UUID.randomUUID().toString(), "submit", "开展保健食品专项检查", TestImages.jpeg(640, 480, 8)));
        long report = reportsOf(theirs);

        mvc.perform(get("/tasks/" + theirs.id()).with(user(qianqi))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + report).with(user(qianqi))).andExpect(status().isNotFound());
        long photo = jdbc.sql("select photo_id from report_photo where report_id = ?").param(report).query(Long.class).single();
        mvc.perform(get("/reports/" + report + "/photos/" + photo + "/thumb").with(user(qianqi))).andExpect(status().isNotFound());
        mvc.perform(report(qianqi, theirs, UUID.randomUUID().toString(), "submit", "冒名报送", TestImages.jpeg(640, 480, 9)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reports/" + report + "/accept").with(user(qianqi)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + report + "/accept").with(user(account("leader"))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/reports/" + report).with(user(account("leader")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"accept\""))));
        assertThat(countReports(theirs)).isEqualTo(1);
    }

    @Test
    void theLeadUnitClosesItsActivityWithANote() throws Exception {
        DubanUser coordinator = account("zhiliang");
        AssignmentView lead = assignmentOf(coordinator, "3");
        assertThat(lead.role()).isEqualTo(org.duban.campaign.UnitRole.LEAD);

        mvc.perform(post("/tasks/" + lead.id() + "/close").with(user(coordinator)).with(csrf()).param("note", " "))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/tasks/" + lead.id() + "/close").with(user(coordinator)).with(csrf())
                        .param("note", "经验分享会已于9月18日召开，12家企业参加"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(coordinator, lead)).isEqualTo(AssignmentStatus.DONE);
        mvc.perform(get("/tasks/" + lead.id()).with(user(coordinator)))
                .andExpect(content().string(containsString("经验分享会已于9月18日召开")));
        mvc.perform(post("/tasks/" + lead.id() + "/close").with(user(coordinator)).with(csrf()).param("note", "again"))
                .andExpect(status().isConflict());

        DubanUser qianqi = account("qianqi");
        AssignmentView assisting = assignmentOf(qianqi, "3");
        mvc.perform(post("/tasks/" + assisting.id() + "/close").with(user(qianqi)).with(csrf()).param("note", "assist"))
                .andExpect(status().isForbidden());
        assertThat(statusOf(qianqi, assisting)).as("assisting units still answer for their share")
                .isNotEqualTo(AssignmentStatus.DONE);
    }

    @Test
    void photosOverTheReportLimitAreRefusedOnTheForm() throws Exception {
        DubanUser qianqi = account("qianqi");
        AssignmentView share = assignmentOf(qianqi, "11");
        MockMultipartHttpServletRequestBuilder request = multipart("/tasks/" + share.id() + "/reports");
        byte[] fourteenMb = new byte[14 * 1024 * 1024];
        for (int i = 0; i < 5; i++) {
            request.file(new MockMultipartFile("photos", i + ".jpg", "image/jpeg", fourteenMb));
        }
        request.param("formKey", UUID.randomUUID().toString()).param("action", "submit").param("body", "校园食品安全检查")
                .with(user(qianqi)).with(csrf());

        org.springframework.test.web.servlet.MvcResult refused = mvc.perform(request)
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(countReports(share)).isZero();
        mvc.perform(get("/tasks/" + share.id()).with(user(qianqi)).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("合计超过 60 MB")))
                .andExpect(content().string(containsString("校园食品安全检查")));
    }

    @Test
    void aRefusedFileComesBackOnTheFormWithTheTextKeptAndNothingSaved() throws Exception {
        DubanUser shacheng = account("shacheng");
        AssignmentView share = assignmentOf(shacheng, "5");
        int before = countReports(share);
        MockMultipartHttpServletRequestBuilder request = multipart("/tasks/" + share.id() + "/reports");
        request.file(new MockMultipartFile("photos", "检查记录.pdf", "application/pdf", "%PDF-1.4 not a photo".getBytes()));
        request.param("formKey", UUID.randomUUID().toString()).param("action", "submit")
                .param("body", "走访申报企业3家").param("happenedOn", "2020-09-12").with(user(shacheng)).with(csrf());

        org.springframework.test.web.servlet.MvcResult refused = mvc.perform(request)
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + share.id() + "#report-form");
        assertThat(countReports(share)).as("nothing of a refused request is kept").isEqualTo(before);

        mvc.perform(get("/tasks/" + share.id()).with(user(shacheng)).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文字已保留")))
                .andExpect(content().string(containsString("走访申报企业3家")))
                .andExpect(content().string(containsString("2020-09-12")));
    }

    @Test
    void aPhotoTakenOffAReturnedReportIsGoneAndTheHistorySaysSo() throws Exception {
        DubanUser qianqi = account("qianqi");
        DubanUser coordinator = account("zhiliang");
        AssignmentView share = assignmentOf(qianqi, "10");
        mvc.perform(report(qianqi, share, UUID.randomUUID().toString(), "submit", "农贸市场宣传5场",
                        TestImages.jpeg(800, 600, 31)).file(new MockMultipartFile("photos", "二.jpg", "image/jpeg",
                        TestImages.jpeg(800, 600, 32))))
                .andExpect(status().is3xxRedirection());
        long reportId = reportsOf(share);
        assertThat(photoCount(reportId)).isEqualTo(2);
        mvc.perform(post("/reports/" + reportId + "/return").with(user(coordinator)).with(csrf())
                        .param("comment", "第二张照片不在活动时间内，请更换"))
                .andExpect(status().is3xxRedirection());
        long second = jdbc.sql("select photo_id from report_photo where report_id = ? order by sort_order desc")
                .param(reportId).query(Long.class).list().get(0);

        mvc.perform(get("/tasks/" + share.id()).with(user(qianqi)))
                .andExpect(content().string(containsString("删除此照片")));
        MockMultipartHttpServletRequestBuilder again = multipart("/tasks/" + share.id() + "/reports");
        again.file(new MockMultipartFile("photos", "换.jpg", "image/jpeg", TestImages.jpeg(800, 600, 33)));
        again.param("formKey", UUID.randomUUID().toString()).param("action", "submit").param("body", "农贸市场宣传5场")
                .param("happenedOn", "2020-09-10").param("reportId", String.valueOf(reportId))
                .param("removePhotos", String.valueOf(second)).with(user(qianqi)).with(csrf());
        mvc.perform(again).andExpect(status().is3xxRedirection());

        assertThat(photoCount(reportId)).as("one taken off, one added").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from report_photo where report_id = ? and photo_id = ?")
                .params(reportId, second).query(Integer.class).single()).isZero();
        mvc.perform(get("/reports/" + reportId).with(user(coordinator)))
                .andExpect(content().string(containsString("删除照片")));
    }

    private MockMultipartHttpServletRequestBuilder report(DubanUser who, AssignmentView a, String key, String action,
            String body, byte[] photo) {
        MockMultipartHttpServletRequestBuilder request = multipart("/tasks/" + a.id() + "/reports");
        request.file(new MockMultipartFile("photos", "现场.jpg", "image/jpeg", photo));
        request.param("formKey", key).param("action", action).param("body", body).param("happenedOn", "2020-09-10");
        request.with(user(who)).with(csrf());
        return request;
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }

    private AssignmentView assignmentOf(DubanUser member, String activityNo) {
        return assignments.ofUnit(member.organisationId(), member.unitId()).stream()
                .filter(a -> a.activityNo().equals(activityNo)).findFirst().orElseThrow();
    }

    private AssignmentStatus statusOf(DubanUser member, AssignmentView a) {
        return tasks.of(member.organisationId(), member.unitId()).stream().filter(r -> r.assignment().id() == a.id())
                .findFirst().orElseThrow().status();
    }

    private long reportsOf(AssignmentView a) {
        return jdbc.sql("select max(id) from report where assignment_id = ?").param(a.id()).query(Long.class).single();
    }

    private int countReports(AssignmentView a) {
        return jdbc.sql("select count(*) from report where assignment_id = ?").param(a.id()).query(Integer.class).single();
    }

    private int photoCount(long report) {
        return jdbc.sql("select count(*) from report_photo where report_id = ?").param(report).query(Integer.class).single();
    }
}
