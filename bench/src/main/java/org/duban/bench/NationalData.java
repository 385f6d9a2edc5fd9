package org.duban.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A country's worth of bureaus in PostgreSQL (issue 12, item 4): one national bureau, 31 provinces, a city over every
 * 9 counties, {@code -Dcounties=2800} counties; every bureau with 30 units and a campaign of 25 activities × 30 units
 * (750 assignments), each campaign linked upstream to the one of the bureau over it; about 1.7 reports per
 * assignment (≈ 4 M at full size) in the states a season leaves them in: accepted, waiting for review, returned,
 * drafts, most handed in on time and some late; their history (submitted, accepted, returned), a counted result
 * (检查经营主体, 家) on one activity in five, summaries from half the units.
 *
 * <p>The schema ({@code -Dschema=duban_national}, dropped and made again) is created by the application itself: the
 * packaged server is started on it once so that Flyway runs every migration, then stopped; the rows are then written
 * in SQL ({@code INSERT … SELECT generate_series}), so that a full run takes minutes, not hours. Dates are placed
 * around the day it runs: 18 of the 25 activities are past their end, 4 under way, 3 to come.
 *
 * <p>Accounts (password {@value #PASSWORD}): {@code national}, {@code province-1} … {@code province-31},
 * {@code city-1} …, {@code county-1} … (coordinators of their bureau; city-1's counties are county-1 … county-9),
 * {@code u<unit id>} for every unit, {@code admin} (the national bureau's administrator).
 *
 * <pre>./mvnw -q -B -o -pl server,bench -am -DskipTests package
 * java -Dcounties=50 -cp bench/target/classes:$(cat bench/target/classpath.txt) org.duban.bench.NationalData</pre>
 */
public final class NationalData {

    static final String PASSWORD = "Duban-national-2026";
    static final int UNITS = 30;
    static final int ACTIVITIES = 25;
    static final String[] PROVINCES = {"北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
            "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省",
            "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
            "宁夏回族自治区", "新疆维吾尔自治区"};
    static final String[] OFFICES = {"办公室", "质量安全监督管理股", "消费者权益保护股", "食品流通安全监督管理股", "特种设备安全监察股"};

    /** How many bureaus of each level, and where each level's ids begin (national 1, then provinces, cities, counties). */
    record Shape(int counties, int cities, int provinces) {

        static Shape of(int counties) {
            int cities = Math.max(1, (counties + 8) / 9);
            return new Shape(counties, cities, Math.min(PROVINCES.length, cities));
        }

        int organisations() {
            return 1 + provinces + cities + counties;
        }

        long firstCity() {
            return 2L + provinces;
        }

        long firstCounty() {
            return 2L + provinces + cities;
        }
    }

    private NationalData() {
    }

    public static void main(String[] args) throws Exception {
        Shape shape = Shape.of(Integer.getInteger("counties", 2800));
        String schema = System.getProperty("schema", "duban_national");
        Path jar = Path.of(args.length > 0 ? args[0] : "server/target/duban.jar");
        long t0 = System.nanoTime();
        try (Connection c = connect(null); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
        migrate(jar, schema);
        System.out.printf("schema %s made by the application's migrations in %.1f s%n", schema, seconds(t0));
        try (Connection c = connect(schema)) {
            fill(c, shape, LocalDate.now());
        }
        System.out.printf("%s filled in %.1f s in all; log in as national / province-1 / city-1 / county-1 with %s%n",
                schema, seconds(t0), PASSWORD);
    }

    static Connection connect(String schema) throws SQLException {
        String url = CrashRun.PostgresSchema.URL;
        if (schema != null) {
            url += (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        return DriverManager.getConnection(url, CrashRun.PostgresSchema.USER, CrashRun.PostgresSchema.PASSWORD);
    }

    /** Starts the packaged server on the empty schema until it listens (Flyway has then run), and stops it. */
    static void migrate(Path jar, String schema) throws Exception {
        DemoServer.requireJar(jar);
        int port = DemoServer.freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1", "--duban.demo.enabled=false",
                "--duban.photos.storage=" + Files.createTempDirectory("duban-national-blobs"),
                "--logging.level.root=warn"));
        command.addAll(CrashRun.PostgresSchema.serverArguments(schema));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (true) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server did not start on " + schema);
                }
                try {
                    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/login"))
                            .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (java.io.IOException e) {
                    Thread.sleep(300);
                }
            }
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    static void fill(Connection c, Shape shape, LocalDate today) throws SQLException, InterruptedException {
        try (Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("set maintenance_work_mem = '512MB'");
            s.execute("select setseed(0.12)");
            // the rows are made consistent by construction: no foreign-key trigger per row (10× faster to load)
            s.execute("set session_replication_role = replica");
            String hash;
            // one bcrypt hash for every account, as Spring Security's delegating encoder writes it; pgcrypto is
            // installed once per database, in whichever schema it was first created in
            s.execute("create extension if not exists pgcrypto schema public");
            String crypto;
            try (ResultSet r = s.executeQuery("""
                    select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                    where e.extname = 'pgcrypto'""")) {
                r.next();
                crypto = r.getString(1);
            }
            try (ResultSet r = s.executeQuery("select " + crypto + ".crypt('" + PASSWORD + "', " + crypto
                    + ".gen_salt('bf', 10))")) {
                r.next();
                hash = "{bcrypt}" + r.getString(1);
            }
            String provinces = "array['" + String.join("','", PROVINCES) + "']";
            String offices = "array['" + String.join("','", OFFICES) + "']";
            int p = shape.provinces();
            int ci = shape.cities();
            int n = shape.counties();
            long firstCity = shape.firstCity();
            long firstCounty = shape.firstCounty();
            int orgs = shape.organisations();

            step(s, "organisations", """
                    insert into organisation (id, name, parent_id, org_level, created_at)
                    select 1, '国家市场监督管理总局', null, 'NATIONAL', now()
                    union all
                    select 1 + i, (%1$s)[i] || '市场监督管理局', 1, 'PROVINCE', now() from generate_series(1, %2$d) i
                    """.formatted(provinces, p));
            // a city's province: cities spread evenly, in blocks; a county's city likewise
            step(s, "cities", """
                    insert into organisation (id, name, parent_id, org_level, created_at)
                    select %1$d + i - 1, (%2$s)[1 + (i - 1) * %3$d / %4$d] || '第' || i || '市市场监督管理局',
                           2 + (i - 1) * %3$d / %4$d, 'CITY', now()
                    from generate_series(1, %4$d) i""".formatted(firstCity, provinces, p, ci));
            step(s, "counties", """
                    insert into organisation (id, name, parent_id, org_level, created_at)
                    select %1$d + i - 1, '第' || (1 + (i - 1) * %3$d / %4$d) || '市第' || i || '县市场监督管理局',
                           %2$d + (i - 1) * %3$d / %4$d, 'COUNTY', now()
                    from generate_series(1, %4$d) i""".formatted(firstCounty, firstCity, ci, n));
            // units: five offices and 25 stations in every bureau; unit id = (organisation - 1) × 30 + u
            step(s, "units", """
                    insert into unit (id, organisation_id, name, unit_kind, sort_order, active)
                    select (o.id - 1) * %1$d + u, o.id,
                           case when u <= 5 then (%2$s)[u] else '第' || (u - 5) || '市场监督管理所' end,
                           case when u <= 5 then 'OFFICE' else 'STATION' end, u, true
                    from organisation o cross join generate_series(1, %1$d) u""".formatted(UNITS, offices));
            // accounts: the bureau's coordinator (id = the bureau's), and one per unit (id = bureaus + unit)
            step(s, "accounts", """
                    insert into app_user (id, organisation_id, username, password_hash, display_name, user_role, unit_id,
                                          enabled, created_at)
                    select o.id, o.id,
                           case o.org_level when 'NATIONAL' then 'national'
                                when 'PROVINCE' then 'province-' || (o.id - 1)
                                when 'CITY' then 'city-' || (o.id - %1$d + 1)
                                else 'county-' || (o.id - %2$d + 1) end,
                           '%3$s', '督办联络员（' || o.name || '）', 'COORDINATOR', (o.id - 1) * %4$d + 2, true, now()
                    from organisation o
                    union all
                    select %5$d + u.id, u.organisation_id, 'u' || u.id, '%3$s', u.name, 'UNIT', u.id, true, now()
                    from unit u
                    union all
                    select 2 * %5$d + %4$d * %5$d, 1, 'admin', '%3$s', '系统管理员', 'ADMIN', null, true, now()""".formatted(firstCity, firstCounty, hash, UNITS, orgs));
            step(s, "metrics", """
                    insert into metric (id, organisation_id, code, name, unit, keywords, sort_order)
                    select id, id, 'inspected', '检查经营主体', '家', '检查', 1 from organisation""");
            // the campaign of each bureau (id = the bureau's), carrying out the one of the bureau over it
            step(s, "campaigns", """
                    insert into campaign (id, organisation_id, title, issuer, doc_number, issued_on, plan_year, refs,
                                          period_start, period_end, summary_deadline, created_by, created_at,
                                          upstream_campaign_id, shared_upstream)
                    select o.id, o.id, '%1$d年质量月活动实施方案', o.name, '质量月〔%1$d〕' || o.id || '号',
                           date '%2$s' - 75, %1$d, null, date '%2$s' - 70, date '%2$s' + 40, date '%2$s' + 45, o.id,
                           now(), o.parent_id, o.id %% 3 = 0
                    from organisation o order by o.id""".formatted(today.getYear(), today));
            // 25 activities: 18 ended, 4 under way, 3 to come; activity id = (campaign - 1) × 25 + a
            step(s, "activities", """
                    insert into activity (id, campaign_id, task_no, content, time_text, time_kind, starts_on, ends_on,
                                          lead_text, assist_text, sort_order)
                    select (c.id - 1) * %1$d + a, c.id, a::text, '专项行动' || a || '：开展质量安全监督检查，督促经营主体落实主体责任',
                           null, 'WINDOW', date '%2$s' - 70 + case when a <= 18 then (a - 1) * 3 else 5 + (a - 1) * 3 end,
                           date '%2$s' - 70 + case when a <= 18 then (a - 1) * 3 + 12 + a %% 4 else 5 + (a - 1) * 3 + 14 end,
                           (%3$s)[1 + a %% 5], '各市场监督管理所', a
                    from campaign c cross join generate_series(1, %1$d) a""".formatted(ACTIVITIES, today, offices));
            step(s, "counted activities", """
                    insert into activity_metric (activity_id, metric_id, target, target_text)
                    select a.id, a.campaign_id, 100, '100家' from activity a where a.sort_order % 5 = 1""");
            // every unit of the bureau on every activity; the office named as lead leads, the others assist
            step(s, "assignments", """
                    insert into assignment (id, activity_id, unit_id, unit_role)
                    select (a.id - 1) * %1$d + u, a.id, (a.campaign_id - 1) * %1$d + u,
                           case when u = 1 + a.sort_order %% 5 then 'LEAD' else 'ASSIST' end
                    from activity a cross join generate_series(1, %1$d) u""".formatted(UNITS));
            // reports: how many per assignment, then each one's state (the last one's decides the cell) and its
            // time (handed in between the start and four days after the end: some late)
            step(s, "reports", """
                    insert into report (assignment_id, campaign_id, unit_id, author_id, body, happened_on, state, form_key,
                                        created_at, updated_at)
                    select x.assignment_id, x.campaign_id, x.unit_id, %1$d + x.unit_id,
                           '检查经营主体' || (1 + x.k * 7 %% 23) || '家，发现问题' || (x.k %% 4) || '处，已督促整改。',
                           x.at::date, x.state, 'gen-' || x.assignment_id || '-' || x.k, x.at, x.at + interval '1 day'
                    from (
                        select s.assignment_id, s.campaign_id, s.unit_id, g.k,
                               s.starts_on + (least(s.span, (date '%2$s' - s.starts_on)) * (g.k - 1 + random()) / s.n)
                                   * interval '1 day' + interval '9 hours' as at,
                               case when g.k < s.n then case when random() < 0.85 then 'ACCEPTED' else 'RETURNED' end
                                    when s.ended then case when s.r < 0.70 then 'ACCEPTED' when s.r < 0.85 then 'SUBMITTED'
                                                           when s.r < 0.95 then 'RETURNED' else 'DRAFT' end
                                    else case when s.r < 0.40 then 'SUBMITTED' when s.r < 0.80 then 'ACCEPTED'
                                              when s.r < 0.90 then 'DRAFT' else 'RETURNED' end end as state
                        from (
                            select s.id as assignment_id, a.campaign_id, s.unit_id, a.starts_on,
                                   a.ends_on < date '%2$s' as ended,
                                   a.ends_on - a.starts_on + 4 as span, random() as r,
                                   case when a.ends_on < date '%2$s'
                                        then width_bucket(random(), array[0.05, 0.30, 0.65, 0.90]::float8[])
                                        else width_bucket(random(), array[0.30, 0.75]::float8[]) end as n
                            from assignment s join activity a on a.id = s.activity_id
                            where a.starts_on <= date '%2$s') s
                        cross join lateral generate_series(1, s.n) g(k)) x""".formatted(orgs, today));
            step(s, "report history", """
                    insert into report_event (report_id, campaign_id, actor_id, action, comment, at)
                    select id, campaign_id, author_id, 'SUBMITTED', null, created_at from report where state <> 'DRAFT'
                    union all
                    select r.id, r.campaign_id, (r.unit_id - 1) / %1$d + 1, r.state,
                           case when r.state = 'RETURNED' then '请补充检查记录和现场照片' end, r.updated_at
                    from report r where r.state in ('ACCEPTED', 'RETURNED')""".formatted(UNITS));
            step(s, "counted results", """
                    insert into report_count (report_id, metric_id, amount)
                    select r.id, a.campaign_id, 1 + r.id % 17 from report r join assignment s on s.id = r.assignment_id
                    join activity a on a.id = s.activity_id where a.sort_order % 5 = 1 and r.state <> 'DRAFT'""");
            step(s, "summaries", """
                    insert into unit_summary (campaign_id, unit_id, author_id, body, handed_in_at, updated_at, state)
                    select u.organisation_id, u.id, %1$d + u.id, '本单位质量月活动总结：开展检查' || u.id %% 50 || '次。',
                           now() - interval '2 days', now() - interval '2 days',
                           case when u.id %% 4 = 0 then 'ACCEPTED' else 'SUBMITTED' end
                    from unit u where u.id %% 2 = 0""".formatted(orgs));
            for (String table : List.of("organisation", "unit", "app_user", "metric", "campaign", "activity", "assignment")) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
            }
            s.execute("set session_replication_role = origin");
            // as autovacuum would in time: statistics for the planner, and the visibility map an index-only scan
            // needs; this schema's tables only (a bare VACUUM would go through every schema of the database)
            long t0 = System.nanoTime();
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select tablename from pg_tables where schemaname = current_schema()")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            // autovacuum wakes on the freshly loaded tables too, and while its ANALYZE holds a snapshot, a VACUUM here
            // may not mark the pages all-visible (index-only scans then still visit the heap); again until it has
            for (int round = 0; round < 5; round++) {
                for (String table : tables) {
                    s.execute("vacuum analyze " + table);
                }
                try (ResultSet r = s.executeQuery("""
                        select count(*) from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
                        where ns.nspname = current_schema() and c.relkind = 'r' and c.relallvisible < c.relpages * 0.99""")) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(2000);
            }
            System.out.printf("  %-20s %,10d tables %5.1f s%n", "vacuum analyze", tables.size(), seconds(t0));
            try (ResultSet r = s.executeQuery("""
                    select (select count(*) from organisation), (select count(*) from campaign),
                           (select count(*) from assignment), (select count(*) from report),
                           (select count(*) from report_event), pg_size_pretty(sum(pg_total_relation_size(c.oid)))
                    from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
                    where ns.nspname = current_schema() and c.relkind = 'r'""")) {
                r.next();
                System.out.printf("%d bureaus (%d provinces, %d cities, %d counties), %d campaigns, %d assignments, "
                        + "%d reports, %d report events; %s on disk%n", r.getLong(1), p, ci, n, r.getLong(2), r.getLong(3),
                        r.getLong(4), r.getLong(5), r.getString(6));
            }
        }
    }

    private static void step(Statement s, String what, String sql) throws SQLException {
        long t0 = System.nanoTime();
        int rows = s.executeUpdate(sql);
        System.out.printf("  %-20s %,10d rows %7.1f s%n", what, rows, seconds(t0));
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
