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

    @Test
    void securityRefusalsOfTheApiAreChineseProblems() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/v1/campaigns")).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous, "需要登录");
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).anySatisfy(c -> assertThat(c).startsWith("Basic"));

        HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(uri("/api/v1/campaigns"))
                .header("Authorization", basic("zhiliang:wrong")).GET());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertProblem(wrongPassword, "用户名或密码错误");

        HttpResponse<String> station = send(HttpRequest.newBuilder(uri("/api/v1/reviews"))
                .header("Authorization", basic("qianqi:Duban@2020")).GET());
        assertThat(station.statusCode()).isEqualTo(403);
        assertProblem(station, "没有权限");
    }

    @Test
    void requestsRefusedBeforeAnyControllerGetTheSameFormat() throws Exception {
        // Spring Security's firewall (a semicolon, an odd method) and Tomcat itself (an encoded slash)
        for (String path : new String[] {"/api/v1/campaigns;jsessionid=x", "/api/v1/campaigns%2F1", "/api/v1//campaigns"}) {
            HttpResponse<String> api = send(HttpRequest.newBuilder(uri(path)).header("Authorization", COORDINATOR).GET());
            assertThat(api.statusCode()).as(path).isEqualTo(400);
            assertProblem(api, "请求被拒绝");
        }
        HttpResponse<String> method = send(HttpRequest.newBuilder(uri("/api/v1/campaigns")).header("Authorization", COORDINATOR)
                .method("FOO", HttpRequest.BodyPublishers.noBody()));
        assertThat(method.statusCode()).isEqualTo(400);
        assertProblem(method, "请求被拒绝");

        for (String path : new String[] {"/tasks;jsessionid=x", "/tasks%2F1", "/login;x"}) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("请求被拒绝").doesNotContain("Tomcat", "Exception");
        }
    }

    @Test
    void aFormSentWithoutItsTokenSaysThePageHasExpired() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=qianqi&password=Duban%402020")));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("页面已过期");
    }

    private static void assertProblem(HttpResponse<String> response, String detail) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + response.statusCode()).contains(detail)
                .doesNotContain("timestamp", "Exception");
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
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
