package org.duban.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The end of a county campaign: 23 activities for the demo organisation's 31 units, with 300 phone photos of about
 * 3 MB in accepted reports, compiled over HTTP into the report's DOCX (with 附件2) and PDF, the 台账 workbook and the
 * 上报包 ZIP, one after the other, on a server whose heap is capped at 512 MB (-Dxmx=…): a file held whole in memory
 * would fail it. Target: all four in under 15 s.
 *
 * <pre>./mvnw -q -DskipTests package && java -cp bench/target/classes org.duban.bench.CompileBench</pre>
 */
public final class CompileBench {

    static final int ACTIVITIES = 23;
    static final int PHOTOS = Integer.getInteger("photos", 300);
    static final int PER_REPORT = 2;
    static final long TARGET_MS = 15_000;

    private CompileBench() {
    }

    public static void main(String[] args) throws Exception {
        String xmx = System.getProperty("xmx", "512m");
        try (DemoServer server = DemoServer.start(args, xmx)) {
            DashboardBench client = new DashboardBench(server.port());
            server.awaitLogin();
            long t0 = System.nanoTime();
            long campaign = build(client);
            System.out.printf("campaign of %d activities with %d photos of ~3 MB in accepted reports built in %d s%n",
                    ACTIVITIES, PHOTOS, (System.nanoTime() - t0) / 1_000_000_000);
            long total = 0;
            for (String file : new String[] {"report.docx", "report.pdf", "ledger.xlsx", "package.zip"}) {
                long s = System.nanoTime();
                byte[] bytes = fetch(client, "/api/v1/campaigns/" + campaign + "/" + file);
                long ms = (System.nanoTime() - s) / 1_000_000;
                total += ms;
                System.out.printf("%-12s %6d KB in %6d ms%n", file, bytes.length / 1024, ms);
            }
            System.out.printf("all four: %d ms with the server's heap capped at %s%n", total, xmx);
            System.out.printf("target: under %d ms → %s%n", TARGET_MS, total < TARGET_MS ? "MET" : "NOT MET");
        }
    }

    private static long build(DashboardBench client) throws Exception {
        LocalDate today = LocalDate.now();
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < ACTIVITIES; i++) {
            LocalDate start = today.minusDays(30).plusDays(i);
            LocalDate end = start.plusDays(20);
            tasks.append(i == 0 ? "" : ",").append("""
                    {"no": "%d", "content": "基准活动 %d：质量宣传与检查", "timeText": "%s至%s", "start": "%s", "end": "%s",
                     "timeKind": "WINDOW", "lead": ["质量安全监督管理股"], "assist": ["各市场监督管理所", "机关各股(室)"],
                     "groups": ["各市场监督管理所", "机关各股(室)"]}""".formatted(i + 1, i + 1, start, end, start, end));
        }
        String draft = """
                {"title": "基准测试2026年“质量月”活动方案", "issuer": "福鼎市市场监督管理局", "docNumber": null, "date": "%s",
                 "year": %d, "recipients": [], "references": [], "disclosure": null, "theme": null, "period": null,
                 "contact": null, "summaryDeadline": "%s", "reportTo": [], "requirements": null, "tasks": [%s],
                 "warnings": []}""".formatted(today.minusDays(31), today.getYear(), today.plusDays(5), tasks);
        HttpResponse<String> created = client.http.send(HttpRequest.newBuilder(client.uri("/api/v1/campaigns"))
                .header("Authorization", DashboardBench.basic("zhiliang")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(draft)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("campaign not created: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        long campaign = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String mine = client.http.send(HttpRequest.newBuilder(client.uri("/api/v1/my/assignments"))
                .header("Authorization", DashboardBench.basic("zhiliang")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<Long> assignments = new ArrayList<>();
        Matcher ids = Pattern.compile("\\{\"id\":(\\d+),\"campaignId\":" + campaign).matcher(mine);
        while (ids.find()) {
            assignments.add(Long.parseLong(ids.group(1)));
        }
        Photos photos = new Photos();
        for (int n = 0; n < PHOTOS / PER_REPORT; n++) {
            long report = submit(client, assignments.get(n % assignments.size()), photos);
            HttpResponse<Void> accepted = client.http.send(HttpRequest.newBuilder(client.uri("/api/v1/reports/" + report + "/review"))
                    .header("Authorization", DashboardBench.basic("zhiliang")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\": \"ACCEPT\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (accepted.statusCode() >= 300) {
                throw new IllegalStateException("review answered " + accepted.statusCode());
            }
            if ((n + 1) % 25 == 0) {
                System.out.printf("  %d reports, %d photos%n", n + 1, (n + 1) * PER_REPORT);
            }
        }
        return campaign;
    }

    private static long submit(DashboardBench client, long assignment, Photos photos) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        text(body, boundary, "formKey", UUID.randomUUID().toString());
        text(body, boundary, "action", "submit");
        text(body, boundary, "body", "开展质量宣传，发放资料 120 份，检查企业 8 家。");
        for (int i = 0; i < PER_REPORT; i++) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"IMG_"
                    + i + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(photos.next());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = client.http.send(HttpRequest.newBuilder(client.uri("/api/v1/assignments/" + assignment + "/reports"))
                .header("Authorization", DashboardBench.basic("zhiliang"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        if (r.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("report not submitted: " + r.statusCode() + " " + r.body());
        }
        return Long.parseLong(id.group(1));
    }

    static void text(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] fetch(DashboardBench client, String path) throws Exception {
        HttpResponse<byte[]> r = client.http.send(HttpRequest.newBuilder(client.uri(path))
                .header("Authorization", DashboardBench.basic("zhiliang")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /**
     * Phone-sized pictures (4000 × 3000) of about 3 MB each, every one different to the eye (and to the difference
     * hash): a grained background that JPEG cannot squeeze, under coloured blocks placed at random.
     */
    static final class Photos {
        private final Random random = new Random(20201001);
        private final BufferedImage grain = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);

        Photos() {
            int[] px = ((DataBufferInt) grain.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < 3000; y++) {
                for (int x = 0; x < 4000; x++) {
                    int v = (x / 4 * 31 + y / 4 * 17) % 200;
                    px[y * 4000 + x] = ((v + random.nextInt(40)) << 16) | ((v / 2 + random.nextInt(40)) << 8)
                            | random.nextInt(60);
                }
            }
        }

        byte[] next() throws Exception {
            return next(0.75f);
        }

        /** The next picture at this JPEG quality (ImageIO's default is 0.75; phone cameras use about 0.9). */
        byte[] next(float quality) throws Exception {
            BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = photo.createGraphics();
            g.drawImage(grain, 0, 0, null);
            for (int i = 0; i < 10; i++) {
                g.setColor(new Color(random.nextInt(0xffffff)));
                g.fillRect(random.nextInt(3400), random.nextInt(2400), 300 + random.nextInt(900), 300 + random.nextInt(700));
            }
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream(3_500_000);
            javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new javax.imageio.IIOImage(photo, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }
    }
}
