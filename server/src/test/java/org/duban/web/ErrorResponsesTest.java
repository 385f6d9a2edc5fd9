package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.duban.support.BothDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad requests against a real server: a clear 4xx in Chinese, never a 500, a reset or a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "duban.demo.enabled=true")
@BothDatabases
class ErrorResponsesTest {

    private static final String COORDINATOR = "Basic " + Base64.getEncoder()
            .encodeToString("zhiliang:Duban@2020".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUploadOverTheLimitIsRefusedWith413AndAMessage() throws Exception {
        HttpResponse<String> api = send(multipart("/api/v1/plan-drafts", 21 * 1024 * 1024).header("Authorization", COORDINATOR));
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains("上传的文件过大");

        HttpResponse<String> page = send(multipart("/imports", 21 * 1024 * 1024));
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("上传的文件过大");
    }

    @Test
    void malformedApiRequestsGetChineseProblems() throws Exception {
        HttpResponse<String> emptyJson = send(json("/api/v1/campaigns", "{}"));
        assertThat(emptyJson.statusCode()).isEqualTo(400);
        assertThat(emptyJson.body()).contains("请求内容无法解析");

        HttpResponse<String> brokenJson = send(json("/api/v1/campaigns", "{broken"));
        assertThat(brokenJson.statusCode()).isEqualTo(400);

        HttpResponse<String> xml = send(HttpRequest.newBuilder(uri("/api/v1/plan-drafts")).header("Authorization", COORDINATOR)
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("<a/>")));
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(xml.body()).contains("不支持这种内容类型");

        HttpResponse<String> notANumber = send(HttpRequest.newBuilder(uri("/api/v1/campaigns/abc")).header("Authorization", COORDINATOR).GET());
        assertThat(notANumber.statusCode()).isEqualTo(404);
        assertThat(notANumber.body()).contains("没有找到").doesNotContain("Exception");

        HttpResponse<String> nowhere = send(HttpRequest.newBuilder(uri("/api/v1/nowhere")).header("Authorization", COORDINATOR).GET());
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("没有找到");

        HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/api/v1/campaigns/1")).header("Authorization", COORDINATOR).DELETE());
        assertThat(delete.statusCode()).isEqualTo(405);
    }

    private HttpRequest.Builder multipart(String path, int size) {
        String boundary = "dubanboundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, head.length + size, (byte) 'a');
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder json(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", COORDINATOR)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
