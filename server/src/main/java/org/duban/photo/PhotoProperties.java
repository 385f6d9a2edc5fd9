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
 */
@ConfigurationProperties("duban.photos")
public record PhotoProperties(@DefaultValue("15MB") DataSize maxBytes, @DefaultValue("60MB") DataSize maxReportBytes,
        @DefaultValue("120000000") long maxPixels, @DefaultValue("./data/blobs") String storage,
        @DefaultValue("PT1H") Duration orphanAge, @DefaultValue("PT1H") Duration reconcileEvery, @DefaultValue S3 s3) {

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
}
