package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.support.BothDatabases;
import org.duban.support.DemoCampaigns;
import org.duban.support.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Pages, JSON and stylesheets travel gzipped to a client that accepts it, and unpack to exactly what an old client
 * gets uncompressed: a county bureau's dashboard on a slow line is a tenth of its size on the wire.
 */
@BothDatabases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "duban.demo.enabled=true")
class CompressedResponsesTest {

    @LocalServerPort
    int port;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;

    @Test
    void theDashboardComesGzippedAndUnpacksToTheSamePage() throws Exception {
        HttpBrowser coordinator = new HttpBrowser(port);
        assertThat(coordinator.logIn("zhiliang", "Duban@2020")).doesNotContain("/login");
        String dashboard = "/campaigns/" + seedCampaign() + "/dashboard";

        HttpResponse<byte[]> zipped = coordinator.getRaw(dashboard, "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> plain = coordinator.getRaw(dashboard);

        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().allValues("Vary")).as("caches keep the two apart")
                .anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
        assertThat(plain.headers().firstValue("Content-Encoding")).as("a client that asks for nothing gets plain HTML")
                .isEmpty();
        String page = new String(gunzip(zipped.body()), StandardCharsets.UTF_8);
        assertThat(page).contains("督办看板", "class=\"matrix", "前岐所");
        assertThat(withoutCsrfTokens(page))
                .isEqualTo(withoutCsrfTokens(new String(plain.body(), StandardCharsets.UTF_8)));
        assertThat(zipped.body().length).as("the matrix's repeated markup packs well")
                .isLessThan(plain.body().length / 5);
    }

    @Test
    void aStylesheetComesGzippedAndUnpacksByteForByte() throws Exception {
        HttpResponse<byte[]> css = new HttpBrowser(port).getRaw("/assets/css/duban.css", "Accept-Encoding", "gzip");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream file = getClass().getResourceAsStream("/static/css/duban.css")) {
            assertThat(gunzip(css.body())).isEqualTo(file.readAllBytes());
        }
    }

    @Test
    void theApiAnswersGzippedJsonToAClientThatAcceptsIt() throws Exception {
        HttpBrowser client = new HttpBrowser(port);
        String basic = "Basic " + Base64.getEncoder().encodeToString("zhiliang:Duban@2020".getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> zipped = client.getRaw("/api/v1/my/assignments", "Authorization", basic,
                "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = client.getRaw("/api/v1/my/assignments", "Authorization", basic);

        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(zipped.body()), StandardCharsets.UTF_8))
                .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8)).contains("\"campaignId\"");
    }

    private long seedCampaign() {
        return DemoCampaigns.seed(campaigns, ((DubanUser) users.loadUserByUsername("zhiliang")).organisationId());
    }

    /** Spring Security masks the CSRF token afresh in every page, so two fetches differ there and only there. */
    private static String withoutCsrfTokens(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\"")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "name=\"csrf-token\" content=\"…\"");
    }

    private static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }
}
