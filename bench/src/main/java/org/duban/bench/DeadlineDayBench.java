package org.duban.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The deadline day, replayed (issue 11): 30 units × 3 people on phones, each opening 我的任务, then one task, then
 * submitting a report with 2 phone photos, all within the last two hours before the deadline, while 2 coordinators
 * keep the dashboard open (it updates itself every 30 s, htmx asking whether anything changed; every 10th time a
 * coordinator reloads the whole page instead). The two hours are replayed 12× faster by default (in 600 s,
 * {@code -Dwindow=600}; {@code -Dwindow=7200} replays them in real time, {@code -Dwindow=120} 60× faster), so the
 * load is 12× a real deadline's.
 * Each person's moment is drawn at random within the window. Target: p95 under 1 s on every page, no errors.
 *
 * <pre>./mvnw -q -B -o -DskipTests package && java -cp bench/target/classes org.duban.bench.DeadlineDayBench</pre>
 */
public final class DeadlineDayBench {

    static final int UNITS = 30;
    static final int PEOPLE_PER_UNIT = 3;
    static final int COORDINATORS = 2;
    static final int WINDOW_SECONDS = Integer.getInteger("window", 600);
    static final double REFRESH_SECONDS = 30.0 * WINDOW_SECONDS / 7200;
    static final long TARGET_P95_MS = 1000;
    static final String FIRST_PASSWORD = "Bench#Deadline-first-2026";
    static final String PASSWORD = "Bench#Deadline-own-2026";

    private static final Pattern UNIT_OPTION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]+)</option>");
    private static final Pattern TASK_LINK = Pattern.compile("href=\"/tasks/(\\d+)\"");
    private static final Pattern POLL = Pattern.compile("id=\"dash-live\"[^>]*?hx-get=\"([^\"]+)\"");
    private static final Pattern CAMPAIGN_LINK = Pattern.compile("href=\"/campaigns/(\\d+)\"");

    private final String base;
    private final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, List<String>> errors = new ConcurrentHashMap<>();

    DeadlineDayBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        boolean met;
        try (DemoServer server = DemoServer.start(args, System.getProperty("xmx", "512m"))) {
            DeadlineDayBench bench = new DeadlineDayBench("http://127.0.0.1:" + server.port());
            server.awaitLogin();
            List<WebClient> desks = new ArrayList<>();
            long campaign = bench.coordinators(desks);
            List<Person> people = bench.setUp();
            System.out.printf(Locale.ROOT, "%d people on phones and %d coordinators; the last two hours replayed in %d s "
                    + "(%.0f× a real day's pace)%n", people.size(), COORDINATORS, WINDOW_SECONDS, 7200.0 / WINDOW_SECONDS);
            bench.replay(people, desks, campaign);
            met = bench.report();
        } // the server stopped before the exit, not left running
        System.exit(met ? 0 : 1);
    }

    /** The coordinators' desks, logged in; returns the campaign they watch. */
    long coordinators(List<WebClient> desks) throws Exception {
        long campaign = 0;
        for (int i = 0; i < COORDINATORS; i++) {
            WebClient desk = new WebClient(base);
            desk.logIn("zhiliang", CrashRun.PASSWORD);
            desks.add(desk);
            Matcher link = CAMPAIGN_LINK.matcher(desk.get("/campaigns").body());
            if (!link.find()) {
                throw new IllegalStateException("the coordinator sees no campaign");
            }
            campaign = Long.parseLong(link.group(1));
        }
        return campaign;
    }

    /** A person of a unit, logged in on their phone, and the task they report on. */
    record Person(String name, WebClient phone, long task) {
    }

    List<Person> setUp() throws Exception {
        WebClient admin = new WebClient(base);
        admin.logIn("admin", CrashRun.PASSWORD);
        String page = admin.get("/admin/users").body();
        String newUnit = page.substring(page.indexOf("id=\"new-unit\""), page.indexOf("</select>", page.indexOf("id=\"new-unit\"")));
        List<Long> units = new ArrayList<>();
        Matcher option = UNIT_OPTION.matcher(newUnit);
        while (option.find()) {
            units.add(Long.parseLong(option.group(1)));
        }
        String csrf = WebClient.token(page, WebClient.CSRF);
        // 30 units of the demo that have tasks, 3 people each; where the demo has fewer such units, more people in them
        List<Person> people = new ArrayList<>();
        List<Long> withTasks = new ArrayList<>();
        int made = 0;
        for (int u = 0; people.size() < UNITS * PEOPLE_PER_UNIT; u++) {
            boolean firstRound = u < units.size();
            if (!firstRound && withTasks.isEmpty()) {
                throw new IllegalStateException("no unit of the demo has a task");
            }
            long unit = firstRound ? units.get(u) : withTasks.get(u % withTasks.size());
            int people0 = people.size();
            for (int k = 1; k <= (firstRound ? PEOPLE_PER_UNIT : 1) && people.size() < UNITS * PEOPLE_PER_UNIT; k++) {
                Person p = person(admin, csrf, "deadline" + (++made), unit);
                if (p == null) {
                    break; // a unit without a task in the campaign: nobody of it reports today
                }
                people.add(p);
            }
            if (firstRound && people.size() > people0) {
                withTasks.add(unit);
            }
        }
        System.out.printf(Locale.ROOT, "%d units with tasks%n", withTasks.size());
        return people;
    }

    /** A new account of the unit, logged in on its phone with its own password; null when the unit has no task. */
    private Person person(WebClient admin, String csrf, String name, long unit) throws Exception {
        HttpResponse<String> made = admin.send(csrf, "/admin/users", Map.of("username", name, "displayName", name,
                "role", "UNIT", "unitId", String.valueOf(unit), "password", FIRST_PASSWORD));
        if (made.statusCode() != 302) {
            throw new IllegalStateException("could not create " + name + ": " + made.statusCode());
        }
        WebClient phone = new WebClient(base);
        phone.logIn(name, FIRST_PASSWORD);
        // an account an administrator made sets its own password first
        phone.post("/account/password", "/account/password",
                Map.of("current", FIRST_PASSWORD, "password", PASSWORD, "repeated", PASSWORD));
        Matcher task = TASK_LINK.matcher(phone.get("/tasks").body());
        return task.find() ? new Person(name, phone, Long.parseLong(task.group(1))) : null;
    }

    void replay(List<Person> people, List<WebClient> desks, long campaign) throws Exception {
        byte[] first = phonePhoto(new Random(1));
        byte[] second = phonePhoto(new Random(2));
        System.out.printf(Locale.ROOT, "photos of %.1f MB and %.1f MB, made unique per report%n", first.length / 1e6,
                second.length / 1e6);
        ExecutorService pool = Executors.newFixedThreadPool(people.size() + COORDINATORS);
        AtomicBoolean over = new AtomicBoolean();
        String dashboard = "/campaigns/" + campaign + "/dashboard";
        for (WebClient desk : desks) {
            pool.submit(() -> {
                // opened before the last two hours and kept open: the page asks with the stamp of what it shows
                // (204 when nothing changed) and takes the changed parts from the page it gets otherwise; now and
                // then a coordinator reloads the whole page anyway (every 10th time)
                String again = pollPath(desk.get(dashboard).body(), dashboard);
                for (int i = 1; !over.get(); i++) {
                    sleep((long) (REFRESH_SECONDS * 1000));
                    HttpResponse<String> r;
                    if (i % 10 == 0) {
                        r = timed("督办看板 dashboard (reloaded)", () -> desk.get(dashboard), 200);
                    } else {
                        String path = again;
                        r = timed("看板自动更新 dashboard update", () -> desk.get(path), 200, 204);
                    }
                    if (r != null && r.statusCode() == 200) {
                        again = pollPath(r.body(), dashboard);
                    }
                }
                return null;
            });
        }
        Random random = new Random(42);
        CountDownLatch done = new CountDownLatch(people.size());
        long start = System.nanoTime();
        int n = 0;
        for (Person p : people) {
            long at = (long) (random.nextDouble() * WINDOW_SECONDS * 1000);
            int report = ++n;
            pool.submit(() -> {
                try {
                    sleep(at - (System.nanoTime() - start) / 1_000_000);
                    timed("我的任务 task list", () -> p.phone().get("/tasks"), 200);
                    HttpResponse<String> task = timed("任务页 task", () -> p.phone().get("/tasks/" + p.task()), 200);
                    if (task != null) {
                        HttpResponse<String> sent = timed("提交报送 report + 2 photos",
                                () -> p.phone().report(p.task(), task.body(), "截止日报送：" + p.name() + "在辖区开展宣传",
                                        List.of(unique(first, report), unique(second, report))), 302);
                        String location = sent == null ? null : sent.headers().firstValue("Location").orElse(null);
                        if (location != null) {
                            timed("提交后 after submitting", () -> p.phone().get(location), 200);
                        }
                    }
                } finally {
                    done.countDown();
                }
                return null;
            });
        }
        done.await();
        over.set(true);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        System.out.printf(Locale.ROOT, "replayed in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Prints the table; true when every page's p95 is under target and nothing failed. */
    boolean report() {
        boolean met = true;
        System.out.println("| page | requests | errors | p50 ms | p95 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (Map.Entry<String, List<Long>> e : new java.util.TreeMap<>(timings).entrySet()) {
            List<Long> ms = new ArrayList<>(e.getValue());
            Collections.sort(ms);
            int failed = errors.getOrDefault(e.getKey(), List.of()).size();
            long p95 = percentile(ms, 95);
            met &= failed == 0 && p95 < TARGET_P95_MS;
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", e.getKey(), ms.size(), failed,
                    percentile(ms, 50), p95, ms.isEmpty() ? 0 : ms.get(ms.size() - 1));
        }
        errors.forEach((page, list) -> list.stream().limit(5).forEach(x -> System.out.println("  " + page + ": " + x)));
        System.out.println(met ? "target met: p95 under " + TARGET_P95_MS + " ms on every page, no errors"
                : "TARGET NOT MET");
        return met;
    }

    interface Call {
        HttpResponse<String> call() throws Exception;
    }

    /** Where an open dashboard asks next: its {@code #dash-live} element's {@code hx-get}. */
    static String pollPath(String page, String fallback) {
        Matcher m = POLL.matcher(page);
        return m.find() ? m.group(1).replace("&amp;", "&") : fallback;
    }

    private HttpResponse<String> timed(String page, Call call, int... expected) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = call.call();
            timings.computeIfAbsent(page, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - t0) / 1_000_000);
            if (Arrays.stream(expected).noneMatch(code -> code == r.statusCode())) {
                errors.computeIfAbsent(page, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(r.statusCode() + " " + r.headers().firstValue("Location").orElse(""));
                return null;
            }
            return r;
        } catch (Exception e) {
            timings.computeIfAbsent(page, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - t0) / 1_000_000);
            errors.computeIfAbsent(page, k -> Collections.synchronizedList(new ArrayList<>())).add(e.toString());
            return null;
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /**
     * A photo as a phone takes it: 4000 × 3000 pixels, a sky, shapes and sensor noise, a few MB of JPEG. Only the
     * noise is random, so that each of the two costs the same to decode.
     */
    static byte[] phonePhoto(Random random) throws Exception {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 230), 0, 3000, new Color(90, 110, 70)));
        g.fillRect(0, 0, 4000, 3000);
        for (int i = 0; i < 300; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(4000), random.nextInt(3000), 20 + random.nextInt(400), 20 + random.nextInt(300));
        }
        g.dispose();
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 4000; x++) {
                int rgb = image.getRGB(x, y);
                int d = random.nextInt(25) - 12;
                int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xFF) + d));
                int gr = Math.max(0, Math.min(255, ((rgb >> 8) & 0xFF) + d));
                int b = Math.max(0, Math.min(255, (rgb & 0xFF) + d));
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The same picture with a JPEG comment naming the report: other bytes, so another photo to the server. */
    static byte[] unique(byte[] jpeg, int report) {
        byte[] text = ("report " + report).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + text.length + 4);
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xFE); // COM
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xFF);
        out.writeBytes(text);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
