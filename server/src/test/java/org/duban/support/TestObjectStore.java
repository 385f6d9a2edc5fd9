package org.duban.support;

import java.net.URI;
import org.duban.photo.PhotoProperties;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A real S3-compatible server in the tests' JVM (S3Proxy over jclouds' file store, on a free port of 127.0.0.1),
 * started once and shared; every caller gets a bucket of its own.
 */
public final class TestObjectStore {

    private static S3ProxyJunitCore proxy;
    private static int buckets;

    private TestObjectStore() {
    }

    /** A new, empty bucket, as {@code duban.photos.s3.*} would describe it. */
    public static synchronized PhotoProperties.S3 newBucket() {
        try {
            if (proxy == null) {
                proxy = new S3ProxyJunitCore.Builder().withCredentials("duban-test", "duban-test-secret").build();
                proxy.beforeEach();
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        String bucket = "duban-" + ++buckets + "-" + System.nanoTime();
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        return new PhotoProperties.S3(bucket, endpoint().toString(), "us-east-1", proxy.getAccessKey(),
                proxy.getSecretKey(), true, "");
    }

    public static URI endpoint() {
        return proxy.getUri();
    }

    /** A client of the test server, to look into a bucket as an operator would. */
    public static S3Client client() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).region(Region.US_EAST_1)
                .endpointOverride(proxy.getUri())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(proxy.getAccessKey(), proxy.getSecretKey())))
                .build();
    }
}
