package org.duban.photo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code duban.photos.*}
 *
 * @param maxBytes       largest photo accepted (default 15MB)
 * @param maxReportBytes largest total of the photos sent with one report (default 60MB)
 * @param maxPixels      largest width × height accepted; more is an image bomb (default 120 million, a 200 MP phone
 *                       camera stays below it)
 * @param storage        where blobs are kept (default ./data/blobs)
 * @param orphanAge      files no photo refers to, and unfinished uploads, are removed once this old (default 1 hour;
 *                       younger ones may belong to an upload in flight)
 * @param reconcileEvery how often they are looked for, besides at start (default 1 hour)
 * @param s3             an S3-compatible object store to keep them in instead of {@code storage} (when its bucket is
 *                       set); uploads in progress are then spooled under {@code storage}/incoming
 * @param queue          the making of copies, EXIF fields and hashes after an upload was answered
 */
@ConfigurationProperties("duban.photos")
public record PhotoProperties(@DefaultValue("15MB") DataSize maxBytes, @DefaultValue("60MB") DataSize maxReportBytes,
        @DefaultValue("120000000") long maxPixels, @DefaultValue("./data/blobs") String storage,
        @DefaultValue("PT1H") Duration orphanAge, @DefaultValue("PT1H") Duration reconcileEvery, @DefaultValue S3 s3,
        @DefaultValue Queue queue) {

    /**
     * {@code duban.photos.s3.*}: the bucket (none: the local folder is used), the endpoint (none: AWS itself), the
     * region, the access key and secret (none: the AWS default chain, e.g. AWS_ACCESS_KEY_ID), path-style addressing
     * (default true, as MinIO, Ceph and most domestic clouds' OSS want it) and a prefix for the objects' names.
     */
    public record S3(String bucket, String endpoint, @DefaultValue("us-east-1") String region, String accessKey,
            String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("") String prefix) {

        public boolean enabled() {
            return bucket != null && !bucket.isBlank();
        }
    }

    /**
     * {@code duban.photos.queue.*}: how many threads of this node make photos' copies (default 1, at most 16; 0 leaves
     * the work to other nodes, or to whatever needs a photo's copies first), how long a node's claim on a photo's work
     * holds before another may take it over (default 2 minutes: what a node that died mid-work costs), how often a
     * node looks for work it was not told of, e.g. a dead node's (default 10 s), and how many attempts a photo gets
     * before it is marked failed (default 3).
     */
    public record Queue(@DefaultValue("1") int workers, @DefaultValue("PT2M") Duration lease,
            @DefaultValue("PT10S") Duration poll, @DefaultValue("3") int maxAttempts) {

        public Queue {
            if (workers < 0 || workers > 16) {
                throw new IllegalArgumentException("duban.photos.queue.workers must be between 0 and 16, not " + workers);
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("duban.photos.queue.max-attempts must be at least 1");
            }
        }
    }
}
