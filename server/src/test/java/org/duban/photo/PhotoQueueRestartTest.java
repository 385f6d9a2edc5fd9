package org.duban.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.support.BothDatabases;
import org.duban.support.Fresh;
import org.duban.support.TestDatabase;
import org.duban.support.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue is in the database: what one run of the application left undone (work never started, or started by a
 * process that was killed) is done by the next run's workers, on the same data, without anybody asking.
 */
@BothDatabases
class PhotoQueueRestartTest {

    @Test
    void photosLeftPendingOrHalfDoneByAKilledProcessAreProcessedAfterARestart() throws Exception {
        String database = TestDatabase.freshUrl();
        long organisation;
        List<Long> left;
        try (ConfigurableApplicationContext first = Fresh.start(database, "--duban.demo.enabled=true",
                "--duban.photos.queue.workers=0")) {
            UserAccount qianqi = first.getBean(UserAccounts.class).byUsername("qianqi").orElseThrow();
            PhotoService photos = first.getBean(PhotoService.class);
            organisation = qianqi.organisationId();
            long waiting = photos.store(organisation, qianqi.id(),
                    new ByteArrayInputStream(TestImages.jpeg(1200, 900, 1001))).id();
            long halfDone = photos.store(organisation, qianqi.id(),
                    new ByteArrayInputStream(TestImages.jpeg(900, 1200, 1002))).id();
            // a worker took this one and its process died: the claim stays, its lease runs out
            first.getBean(JdbcClient.class)
                    .sql("update photo_work set claim = 'killed', lease_until = ?, attempts = 1 where photo_id = ?")
                    .params(OffsetDateTime.now().minusSeconds(1), halfDone).update();
            left = List.of(waiting, halfDone);
            for (long id : left) {
                assertThat(photos.find(organisation, id).orElseThrow().state()).isEqualTo(Photo.State.PENDING);
            }
        }

        try (ConfigurableApplicationContext second = Fresh.start(database, "--duban.demo.enabled=true",
                "--duban.photos.queue.workers=2", "--duban.photos.queue.poll=PT1S")) {
            PhotoService photos = second.getBean(PhotoService.class);
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            // no time is measured: the workers are only given long enough to be sure they are not coming
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && queued(jdbc) > 0) {
                Thread.sleep(100);
            }
            assertThat(queued(jdbc)).as("the demo's photos are done too: nothing left").isZero();
            for (long id : left) {
                Photo photo = photos.find(organisation, id).orElseThrow();
                assertThat(photo.state()).as("photo " + id).isEqualTo(Photo.State.READY);
                BufferedImage thumb;
                try (InputStream in = photos.open(photo, Photo.Variant.THUMB)) {
                    thumb = ImageIO.read(in);
                }
                assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(ImageInspector.THUMB);
                assertThat(photo.dhash()).isNotNull();
            }
        }
    }

    private static int queued(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from photo_work").query(Integer.class).single();
    }
}
