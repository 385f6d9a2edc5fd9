package org.duban.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.duban.campaign.Assignments;
import org.duban.campaign.CampaignNotice;
import org.duban.campaign.CampaignService;
import org.duban.campaign.NewCampaign;
import org.duban.org.DubanUser;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.support.DemoCampaigns;
import org.duban.support.DubanTest;
import org.duban.support.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A report with a photo is answered as soon as the original is kept; the copies, the EXIF time and place and the
 * difference hash come after, from the queue. The tests' workers are off ({@code duban.photos.queue.workers=0}), so
 * each test sees the moment before the work and then does it ({@link PhotoService#settle}) when it chooses.
 */
@DubanTest
@AutoConfigureMockMvc
class PhotoQueueTest {

    static final String PASSWORD = "Duban@2020";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Assignments assignments;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PhotoService photos;
    @Autowired
    PhotoWork work;
    @Autowired
    PhotoProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampaignService campaigns;

    @Test
    void aReportIsAnsweredBeforeItsPhotoIsProcessedAndItsPageShowsAPlaceholderUntilThen() throws Exception {
        byte[] photo = TestImages.jpegWithExif(61, LocalDateTime.of(2020, 9, 2, 9, 30), 27.3245, 120.2161);
        String answer = submit("qianqi", "14", "开展计量器具专项检查，检查企业6家", "现场.jpg", photo);
        assertThat((String) JsonPath.read(answer, "$.photos[0].processing")).isEqualTo("PENDING");
        assertThat((Object) JsonPath.read(answer, "$.photos[0].takenAt")).as("EXIF is read off the request").isNull();
        long report = ((Number) JsonPath.read(answer, "$.id")).longValue();
        long photoId = ((Number) JsonPath.read(answer, "$.photos[0].id")).longValue();
        // the same picture without its EXIF (other bytes), sent by another unit: not recognised before it is hashed
        String again = submit("shacheng", "14", "开展计量器具专项检查", "同一张.jpg", TestImages.jpeg(640, 480, 61));
        long second = ((Number) JsonPath.read(again, "$.id")).longValue();

        Element figure = figure(report, photoId);
        assertThat(figure.text()).contains("正在生成预览").doesNotContain("拍摄于").doesNotContain("没有拍摄时间");
        assertThat(figure.attr("hx-get")).as("the figure asks the page again").isEqualTo("/reports/" + report);
        Element img = figure.selectFirst("img");
        assertThat(img.attr("data-duban-pending")).isEqualTo("true");
        assertThat(img.attr("src")).isEqualTo("/reports/" + report + "/photos/" + photoId + "/display");
        assertThat(img.attr("alt")).isEqualTo("处理中");
        byte[] placeholder = mvc.perform(get(img.attr("src")).with(user(coordinator())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/svg+xml"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(placeholder, StandardCharsets.UTF_8)).contains("处理中");
        assertThat(original(report, photoId)).as("the original is kept whole from the start").isEqualTo(photo);
        assertThat(page(second)).doesNotContain("这张照片也用于");

        photos.settle(account("qianqi").organisationId());

        figure = figure(report, photoId);
        assertThat(figure.hasAttr("hx-get")).as("nothing more to wait for").isFalse();
        assertThat(figure.text()).contains("拍摄于 2020-09-02 09:30").contains("位置 27.32450, 120.21610")
                .doesNotContain("正在生成预览");
        BufferedImage thumb = copy(report, photoId, "thumb");
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(ImageInspector.THUMB);
        BufferedImage display = copy(report, photoId, "display");
        assertThat(display.getWidth()).isEqualTo(640);
        assertThat(display.getHeight()).isEqualTo(480);
        assertThat(page(second)).as("the difference hash finds the same picture")
                .contains("这张照片也用于").contains("/reports/" + report);
        mvc.perform(get("/api/v1/reports/" + report).with(httpBasic("qianqi", PASSWORD)))
                .andExpect(jsonPath("$.photos[0].processing").value("READY"))
                .andExpect(jsonPath("$.photos[0].takenAt").value("2020-09-02T09:30:00"));
    }

    @Test
    void aPhotoWhosePictureCannotBeDecodedEndsFailedWithTheReasonShownAndNeverA500() throws Exception {
        // a header that declares 640 × 480 over no picture: it passes the upload's checks, not the decoding
        String answer = submit("qianqi", "14", "开展质量安全宣传", "坏图.png", TestImages.pngDeclaring(640, 480));
        long report = ((Number) JsonPath.read(answer, "$.id")).longValue();
        long photoId = ((Number) JsonPath.read(answer, "$.photos[0].id")).longValue();

        photos.settle(account("qianqi").organisationId());

        Element figure = figure(report, photoId);
        assertThat(figure.text()).contains("照片无法处理：照片文件已损坏，无法读取。");
        assertThat(figure.selectFirst("img").hasAttr("data-duban-pending")).isFalse();
        for (String variant : List.of("thumb", "display")) {
            byte[] placeholder = mvc.perform(get("/reports/" + report + "/photos/" + photoId + "/" + variant)
                            .with(user(coordinator())))
                    .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/svg+xml"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(placeholder, StandardCharsets.UTF_8)).contains("无法处理");
        }
        mvc.perform(get("/api/v1/reports/" + report).with(httpBasic("qianqi", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.photos[0].processing").value("FAILED"));
        assertThat(jdbc.sql("select count(*) from photo_work where photo_id = ?").param(photoId).query(Integer.class)
                .single()).as("nothing left to try").isZero();
    }

    @Test
    void aPhotoThatCannotBeReadIsTriedAFewTimesThenMarkedFailedAndSendingItAgainTriesOnceMore() throws Exception {
        byte[] bytes = TestImages.jpeg(800, 600, 71);
        Photo stored = stored(bytes);
        Path original = blob(stored.sha256());
        Path away = original.resolveSibling("away");
        Files.move(original, away); // the storage out of reach for a while

        for (int attempt = 1; attempt < properties.queue().maxAttempts(); attempt++) {
            photos.settle(stored.organisationId());
            assertThat(state(stored)).as("attempt " + attempt + " failed: tried again later").isEqualTo(Photo.State.PENDING);
        }
        assertThat(jdbc.sql("select last_error from photo_work where photo_id = ?").param(stored.id())
                .query(String.class).single()).contains("no blob");
        photos.settle(stored.organisationId());
        Photo failed = photos.find(stored.organisationId(), stored.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(Photo.State.FAILED);
        assertThat(failed.failure()).isEqualTo("photo.failure.gaveUp");

        Files.delete(away);
        Photo again = stored(bytes);
        assertThat(again.id()).as("the same bytes are the same photo").isEqualTo(stored.id());
        assertThat(again.state()).isEqualTo(Photo.State.PENDING);
        photos.settle(stored.organisationId());
        assertThat(state(stored)).isEqualTo(Photo.State.READY);
    }

    @Test
    void workersRacingForThePhotosNeverBothTakeOneAndEachPhotoIsProcessedOnce() throws Exception {
        List<Photo> pending = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pending.add(stored(TestImages.jpeg(400, 300, 800 + i)));
        }
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        Map<Long, AtomicInteger> taken = new ConcurrentHashMap<>();
        try {
            for (Photo photo : pending) {
                CyclicBarrier start = new CyclicBarrier(racers);
                List<Future<?>> racing = new ArrayList<>();
                for (int r = 0; r < racers; r++) {
                    racing.add(pool.submit(() -> {
                        start.await();
                        Optional<String> claim = work.claim(photo.id(), false);
                        claim.ifPresent(c -> {
                            taken.computeIfAbsent(photo.id(), k -> new AtomicInteger()).incrementAndGet();
                            work.process(photo.id(), c);
                        });
                        return null;
                    }));
                }
                for (Future<?> f : racing) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (Photo photo : pending) {
            assertThat(taken.get(photo.id())).as("photo " + photo.id() + " taken by one racer").hasValue(1);
            assertThat(state(photo)).isEqualTo(Photo.State.READY);
        }
    }

    @Test
    void aClaimHoldsUntilItsLeaseRunsOutThenAnotherWorkerTakesThePhoto() throws Exception {
        Photo photo = stored(TestImages.jpeg(400, 300, 901));
        String first = work.claim(photo.id(), false).orElseThrow();
        assertThat(work.claim(photo.id(), true)).as("held by a live worker").isEmpty();

        // that worker's process was killed: its lease runs out
        jdbc.sql("update photo_work set lease_until = ? where photo_id = ?")
                .params(java.time.OffsetDateTime.now().minusSeconds(1), photo.id()).update();
        String second = work.claim(photo.id(), false).orElseThrow();
        work.process(photo.id(), first); // the first comes back to life and finishes: its claim is no longer valid
        assertThat(state(photo)).isEqualTo(Photo.State.PENDING);
        work.process(photo.id(), second);
        assertThat(state(photo)).isEqualTo(Photo.State.READY);
    }

    @Test
    void aPhotoWhoseWorkerDiedEveryTimeEndsFailedRatherThanTakingTheNextOneDownToo() throws Exception {
        Photo photo = stored(TestImages.jpeg(400, 300, 902));
        // taken as often as allowed, and each time the process died before it finished (out of memory, say)
        jdbc.sql("update photo_work set attempts = ?, claim = 'died', lease_until = ? where photo_id = ?")
                .params(properties.queue().maxAttempts(), java.time.OffsetDateTime.now().minusSeconds(1), photo.id())
                .update();

        photos.settle(photo.organisationId());

        Photo failed = photos.find(photo.organisationId(), photo.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(Photo.State.FAILED);
        assertThat(failed.failure()).isEqualTo("photo.failure.gaveUp");
    }

    /** A photo of 前岐所's, kept and waiting for its processing. */
    /**
     * On deadline day the queue is long: a unit's printed record processes that unit's photos in that campaign and
     * shows them, never a placeholder on paper; the 台账 waits for its campaign's photos only, not another campaign's.
     */
    @Test
    void aPrintedUnitAndAnExportWaitOnlyForTheirOwnPhotos() throws Exception {
        DubanUser qianqi = account("qianqi");
        long seed = DemoCampaigns.seed(campaigns, qianqi.organisationId());
        LocalDate day = LocalDate.of(2020, 9, 1);
        long other = campaigns.create(qianqi.organisationId(), coordinator().id(), new NewCampaign(
                new CampaignNotice("另一个方案", "福鼎市市场监督管理局", null, null, 2020, List.of(), List.of(), null, null,
                        null, null, null, null, null, null, null, List.of()),
                List.of(new NewCampaign.NewActivity("14", "计量检查", "9月", "WINDOW", day, day.plusDays(29), "", "",
                        List.of(qianqi.unitId()), List.of()))));
        long mine = photoOf(submitIn("qianqi", seed, "14", TestImages.jpeg(640, 480, 71)));
        long theirs = photoOf(submitIn("shacheng", seed, "14", TestImages.jpeg(640, 480, 72)));
        long elsewhere = photoOf(submitIn("qianqi", other, "14", TestImages.jpeg(640, 480, 73)));

        Document print = Jsoup.parse(mvc.perform(get("/campaigns/" + seed + "/units/" + qianqi.unitId() + "/print")
                .with(user(coordinator()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(print.select(".photos img").eachAttr("src")).anyMatch(src -> src.contains("/photos/" + mine + "/"));
        assertThat(print.select(".photos img")).allSatisfy(img -> {
            assertThat(img.attr("alt")).isNotEqualTo("处理中");
            assertThat(img.hasAttr("data-duban-pending")).isFalse();
        });
        assertThat(stateOf(mine)).isEqualTo(Photo.State.READY);
        assertThat(stateOf(theirs)).as("another unit's photo waits for the workers").isEqualTo(Photo.State.PENDING);

        mvc.perform(get("/campaigns/" + seed + "/ledger.xlsx").with(user(coordinator()))).andExpect(status().isOk());
        assertThat(stateOf(theirs)).as("the campaign's 台账 shows every photo's time and place").isEqualTo(Photo.State.READY);
        assertThat(stateOf(elsewhere)).as("another campaign's photo is not waited for")
                .isEqualTo(Photo.State.PENDING);
    }

    private long photoOf(String answer) {
        return ((Number) JsonPath.read(answer, "$.photos[0].id")).longValue();
    }

    private Photo.State stateOf(long photoId) {
        return photos.find(account("qianqi").organisationId(), photoId).orElseThrow().state();
    }

    private Photo stored(byte[] bytes) {
        UserAccount qianqi = accounts.byUsername("qianqi").orElseThrow();
        return photos.store(qianqi.organisationId(), qianqi.id(), new ByteArrayInputStream(bytes));
    }

    private String submit(String account, String activityNo, String body, String fileName, byte[] photo)
            throws Exception {
        DubanUser who = account(account);
        long assignment = assignments.ofUnit(who.organisationId(), who.unitId()).stream()
                .filter(a -> a.activityNo().equals(activityNo)).findFirst().orElseThrow().id();
        return submitTo(account, assignment, body, fileName, photo);
    }

    private String submitIn(String account, long campaign, String activityNo, byte[] photo) throws Exception {
        DubanUser who = account(account);
        long assignment = assignments.ofUnit(who.organisationId(), who.unitId()).stream()
                .filter(a -> a.campaignId() == campaign && a.activityNo().equals(activityNo)).findFirst()
                .orElseThrow().id();
        return submitTo(account, assignment, "开展计量器具专项检查", "现场.jpg", photo);
    }

    private String submitTo(String account, long assignment, String body, String fileName, byte[] photo)
            throws Exception {
        return mvc.perform(multipart("/api/v1/assignments/" + assignment + "/reports")
                        .file(new MockMultipartFile("photos", fileName, "image/jpeg", photo))
                        .param("formKey", UUID.randomUUID().toString()).param("action", "submit").param("body", body)
                        .with(httpBasic(account, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(long report) throws Exception {
        return mvc.perform(get("/reports/" + report).with(user(coordinator()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Element figure(long report, long photoId) throws Exception {
        return Jsoup.parse(page(report)).getElementById("photo-" + photoId);
    }

    private byte[] original(long report, long photoId) throws Exception {
        return mvc.perform(get("/reports/" + report + "/photos/" + photoId + "/original").with(user(coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private BufferedImage copy(long report, long photoId, String variant) throws Exception {
        byte[] jpeg = mvc.perform(get("/reports/" + report + "/photos/" + photoId + "/" + variant)
                        .with(user(coordinator())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).as("no EXIF in a copy").doesNotContain("Exif");
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private Photo.State state(Photo photo) {
        return stateOf(photo.id());
    }

    private Path blob(String key) {
        return Path.of(properties.storage()).toAbsolutePath().normalize().resolve(key.substring(0, 2))
                .resolve(key.substring(2, 4)).resolve(key);
    }

    private DubanUser coordinator() {
        return account("zhiliang");
    }

    private DubanUser account(String name) {
        return (DubanUser) users.loadUserByUsername(name);
    }
}
