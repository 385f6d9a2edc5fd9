package org.duban.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Assignments;
import org.duban.org.DubanUser;
import org.duban.support.DubanTest;
import org.duban.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Files that pretend to be photos: each refused with a clear 4xx, and nothing of the request stored. */
@DubanTest
@AutoConfigureMockMvc
class HostilePhotosTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcClient jdbc;

    DubanUser qianqi;
    AssignmentView share;

    @BeforeEach
    void aStationAndOneOfItsAssignments() {
        qianqi = (DubanUser) users.loadUserByUsername("qianqi");
        share = assignments.ofUnit(qianqi.organisationId(), qianqi.unitId()).stream()
                .filter(a -> a.activityNo().equals("9")).findFirst().orElseThrow();
    }

    @Test
    void htmlRenamedToJpgIsNotAPhoto() throws Exception {
        refused("report.jpg", "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(containsString("这不是照片文件")));
    }

    @Test
    void svgIsNotAcceptedEvenAsImage() throws Exception {
        refused("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void aPolyglotWithAJpegHeadButNoImageIsDamaged() throws Exception {
        byte[] polyglot = ("\u00ff\u00d8\u00ff\u00e0<html><script>alert(1)</script></html>").getBytes(StandardCharsets.ISO_8859_1);
        refused("x.jpg", polyglot).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已损坏")));
    }

    @Test
    void anImageBombIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] bomb = TestImages.pngDeclaring(60000, 60000);
        assertThat(bomb.length).isLessThan(200);
        refused("bomb.png", bomb).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("60000×60000")));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        // browsers send an empty part when no file was chosen; a zero-byte *named* file is a bad photo
        byte[] none = new byte[0];
        refused("empty.jpg", none).andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("select count(*) from report where assignment_id = ? and state <> 'DRAFT'").param(share.id())
                .query(Integer.class).single()).as("a draft with no photo may be saved, nothing submitted").isZero();
    }

    @Test
    void aPhotoOverTheLimitGets413() throws Exception {
        byte[] big = new byte[16 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        refused("big.jpg", big).andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("照片过大")));
    }

    @Test
    void heicSaysWhatToDoOnThePhone() throws Exception {
        byte[] heic = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1'};
        refused("IMG_0001.HEIC", heic).andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(containsString("兼容性最佳")));
    }

    @Test
    void aPathTraversalNameIsIgnoredAndTheFileStoredByItsHash() throws Exception {
        long photos = count("photo");
        mvc.perform(multipart("/tasks/" + share.id() + "/reports")
                        .file(new MockMultipartFile("photos", "../../../../etc/passwd.jpg", "image/jpeg", TestImages.jpeg(320, 240, 99)))
                        .param("formKey", UUID.randomUUID().toString()).param("action", "save").param("body", "路径测试")
                        .with(user(qianqi)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("photo")).isEqualTo(photos + 1);
        try (Stream<Path> files = Files.walk(Path.of("target/test-blobs"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.matches("[0-9a-f]{64}"));
        }
    }

    /** Sends a submission with the file; checks afterwards that neither a report nor a photo was added. */
    private ResultActions refused(String filename, byte[] bytes) throws Exception {
        long reports = count("report");
        long photos = count("photo");
        long links = count("report_photo");
        // through the API, which answers with the status; the page's form gets the same message back on the form
        // (ReportFlowTest.aRefusedFileComesBackOnTheFormWithTheTextKeptAndNothingSaved)
        ResultActions result = mvc.perform(multipart("/api/v1/assignments/" + share.id() + "/reports")
                .file(new MockMultipartFile("photos", filename, "image/jpeg", bytes))
                .param("formKey", UUID.randomUUID().toString()).param("action", bytes.length == 0 ? "save" : "submit")
                .param("body", "电子烟市场专项检查").with(httpBasic("qianqi", "Duban@2020")));
        if (bytes.length > 0) {
            assertThat(count("report")).isEqualTo(reports);
            assertThat(count("photo")).isEqualTo(photos);
            assertThat(count("report_photo")).isEqualTo(links);
        }
        return result;
    }

    private long count(String table) throws IOException {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
