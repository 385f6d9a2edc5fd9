package org.duban.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.metric.Metric;
import org.duban.metric.MetricCatalog;
import org.duban.metric.MetricTotals;
import org.duban.org.DubanUser;
import org.duban.web.Digests;
import org.duban.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's statistics templates: upload, the mapping of their cells to Duban's numbers (suggested from the
 * labels, kept once saved), and filling them for a campaign as of a cut-off. Coordinators and administrators only.
 */
@Service
public class StatTemplates {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final String TEXT_ISSUER = "text:issuer";
    private static final String TEXT_DATE = "text:date";

    private final JdbcClient jdbc;
    private final MetricCatalog catalog;
    private final MetricTotals totals;
    private final CampaignService campaigns;
    private final Clock clock;

    StatTemplates(JdbcClient jdbc, MetricCatalog catalog, MetricTotals totals, CampaignService campaigns, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.totals = totals;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** A template kept for the organisation; {@code mapped} counts its cells with a source. */
    public record Template(long id, String name, String fileName, String sha256, OffsetDateTime uploadedAt,
            String uploadedBy, int mapped) {

        public boolean xls() {
            return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xls");
        }
    }

    /** What a cell can be filled with. */
    public record Source(String key, String label) {
    }

    /** A cell of the template with its labels, its source as saved, and the one its labels suggest. */
    public record Row(String key, String sheetName, String ref, String rowLabel, String columnLabel, String current,
            String saved, String suggested) {

        public String chosen() {
            return saved != null ? saved : suggested;
        }
    }

    @Transactional(readOnly = true)
    public List<Template> list(DubanUser user) {
        allowed(user);
        return jdbc.sql("""
                        select t.id, t.name, t.file_name, t.sha256, t.uploaded_at, u.display_name,
                               (select count(*) from stat_template_cell c where c.template_id = t.id) as mapped
                        from stat_template t join app_user u on u.id = t.uploaded_by
                        where t.organisation_id = ? order by t.uploaded_at desc, t.id desc""")
                .param(user.organisationId())
                .query((rs, n) -> new Template(rs.getLong("id"), rs.getString("name"), rs.getString("file_name"),
                        rs.getString("sha256"), rs.getObject("uploaded_at", OffsetDateTime.class),
                        rs.getString("display_name"), rs.getInt("mapped")))
                .list();
    }

    /**
     * Keeps an uploaded template; its cells are mapped as their labels suggest, for the coordinator to check.
     *
     * @throws StatTemplateRefused for a file that is empty, too large or not a workbook Excel can open
     */
    @Transactional
    public long upload(DubanUser user, String fileName, byte[] bytes) {
        allowed(user);
        if (bytes == null || bytes.length == 0) {
            throw new StatTemplateRefused(400, "upstream.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new StatTemplateRefused(400, "upstream.error.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        String file = fileName == null || fileName.isBlank() ? "统计表.xlsx"
                : fileName.replaceAll("^.*[\\\\/]", "").replaceAll("\\p{Cntrl}", "");
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
            throw new StatTemplateRefused(400, "upstream.error.notExcel");
        }
        List<TemplateWorkbook.Slot> slots = TemplateWorkbook.slots(bytes); // refuses what is not a workbook
        if (slots.isEmpty()) {
            throw new StatTemplateRefused(400, "upstream.error.noCells");
        }
        String name = file.replaceFirst("\\.[^.]+$", "");
        name = name.length() > 200 ? name.substring(0, 200) : name;
        file = file.length() > 300 ? file.substring(file.length() - 300) : file;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into stat_template (organisation_id, name, file_name, content, sha256, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(user.organisationId(), name, file, bytes, Digests.sha256Hex(bytes), user.id(), OffsetDateTime.now(clock))
                .update(key, "id");
        long id = key.getKey().longValue();
        Map<String, String> suggested = new LinkedHashMap<>();
        for (Row r : rows(user.organisationId(), id, slots, Map.of())) {
            if (r.suggested() != null) {
                suggested.put(r.key(), r.suggested());
            }
        }
        store(id, suggested);
        return id;
    }

    @Transactional(readOnly = true)
    public Template find(DubanUser user, long templateId) {
        allowed(user);
        return list(user).stream().filter(t -> t.id() == templateId).findFirst().orElseThrow(NotFound::new);
    }

    /** The template's cells, each with its source as saved and as suggested. */
    @Transactional(readOnly = true)
    public List<Row> rows(DubanUser user, long templateId) {
        find(user, templateId);
        return rows(user.organisationId(), templateId, TemplateWorkbook.slots(content(templateId)), mapping(templateId));
    }

    /** Everything a cell can be filled with: the organisation's counts, then the campaign's figures and names. */
    @Transactional(readOnly = true)
    public List<Source> sources(DubanUser user) {
        allowed(user);
        List<Source> out = new ArrayList<>();
        catalog.all(user.organisationId()).forEach(m -> out.add(new Source("metric:" + m.id(), m.label())));
        out.add(new Source("basic:activities", "活动项数"));
        out.add(new Source("basic:units", "参与单位数"));
        out.add(new Source("basic:assignments", "单位任务数"));
        out.add(new Source("basic:done", "已完成单位任务数（报送已通过）"));
        out.add(new Source(TEXT_ISSUER, "填报单位（发文机关）"));
        out.add(new Source(TEXT_DATE, "填报日期（统计截止）"));
        out.add(new Source("text:contact", "联系人"));
        out.add(new Source("text:phone", "联系电话"));
        return out;
    }

    /**
     * Replaces the template's mapping: {@code chosen} is cell key → source key, an empty source leaves the cell
     * alone.
     *
     * @throws StatTemplateRefused for a cell the template does not offer or a source that does not exist
     */
    @Transactional
    public void saveMapping(DubanUser user, long templateId, Map<String, String> chosen) {
        find(user, templateId);
        List<String> cells = TemplateWorkbook.slots(content(templateId)).stream().map(TemplateWorkbook.Slot::key).toList();
        List<String> sources = sources(user).stream().map(Source::key).toList();
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            if (!cells.contains(e.getKey())) {
                throw new StatTemplateRefused(400, "upstream.error.noSuchCell", e.getKey());
            }
            if (!sources.contains(e.getValue())) {
                throw new StatTemplateRefused(400, "upstream.error.noSuchSource", e.getValue());
            }
            kept.put(e.getKey(), e.getValue());
        }
        jdbc.sql("delete from stat_template_cell where template_id = ?").param(templateId).update();
        store(templateId, kept);
    }

    @Transactional
    public void delete(DubanUser user, long templateId) {
        find(user, templateId);
        jdbc.sql("delete from stat_template where id = ? and organisation_id = ?")
                .params(templateId, user.organisationId()).update();
    }

    /** The template filled with a campaign's numbers as of {@code asOf}. */
    @Transactional(readOnly = true)
    public byte[] fill(DubanUser user, long templateId, long campaignId, OffsetDateTime asOf) {
        find(user, templateId);
        Campaign campaign = campaigns.find(user.organisationId(), campaignId).orElseThrow(NotFound::new);
        Map<String, String> mapping = mapping(templateId);
        MetricTotals.CampaignCounts counts = totals.ofCampaign(user.organisationId(), campaignId, asOf);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> m : mapping.entrySet()) {
            value(m.getValue(), campaign, counts, asOf).ifPresent(v -> values.put(m.getKey(), v));
        }
        try {
            return TemplateWorkbook.fill(content(templateId), values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The templates of the organisation that have a mapping: what the 上报包 fills. */
    @Transactional(readOnly = true)
    public List<Template> mapped(DubanUser user) {
        return list(user).stream().filter(t -> t.mapped() > 0).toList();
    }

    private Optional<Object> value(String source, Campaign campaign, MetricTotals.CampaignCounts counts,
            OffsetDateTime asOf) {
        String[] kind = source.split(":", 2);
        switch (kind[0]) {
            case "metric" -> {
                long id = Long.parseLong(kind[1]);
                BigDecimal total = counts.totals().stream().filter(l -> l.metric().id() == id)
                        .map(MetricTotals.Line::accepted).findFirst().orElse(BigDecimal.ZERO);
                return Optional.of(total);
            }
            case "basic" -> {
                return Optional.of(switch (kind[1]) {
                    case "activities" -> campaign.activities().size();
                    case "units" -> (int) campaign.activities().stream().flatMap(a -> a.assignments().stream())
                            .map(Campaign.Assignment::unitId).distinct().count();
                    case "assignments" -> campaign.activities().stream().mapToInt(a -> a.assignments().size()).sum();
                    default -> done(campaign.id(), asOf);
                });
            }
            default -> {
                String text = switch (kind[1]) {
                    case "issuer" -> campaign.notice().issuer();
                    case "date" -> asOf.atZoneSameInstant(clock.getZone()).toLocalDate().toString();
                    case "contact" -> campaign.notice().contactName();
                    default -> campaign.notice().contactPhone();
                };
                return Optional.<Object>ofNullable(text).filter(t -> !((String) t).isBlank());
            }
        }
    }

    private int done(long campaignId, OffsetDateTime asOf) {
        return jdbc.sql("""
                        select count(distinct r.assignment_id) from report r
                        join assignment s on s.id = r.assignment_id join activity a on a.id = s.activity_id
                        where a.campaign_id = ? and exists (select 1 from report_event e where e.report_id = r.id
                              and e.action = 'ACCEPTED' and e.at <= ?)""")
                .params(campaignId, asOf).query(Integer.class).single();
    }

    private List<Row> rows(long organisationId, long templateId, List<TemplateWorkbook.Slot> slots,
            Map<String, String> saved) {
        List<Metric> metrics = catalog.all(organisationId).stream()
                .sorted(Comparator.comparingInt((Metric m) -> m.name().length()).reversed()).toList();
        List<Row> rows = new ArrayList<>();
        for (TemplateWorkbook.Slot s : slots) {
            rows.add(new Row(s.key(), s.sheetName(), s.ref(), s.rowLabel(), s.columnLabel(), s.current(),
                    saved.get(s.key()), suggest(s, metrics)));
        }
        return rows;
    }

    /**
     * What the cell's labels ask for: the row's label first (填报单位：, 合计 群发短信), then the column's; in each, the
     * longest count name it contains, else a name or a date.
     */
    static String suggest(TemplateWorkbook.Slot slot, List<Metric> longestFirst) {
        for (String label : new String[] {slot.rowLabel(), slot.columnLabel()}) {
            if (label == null) {
                continue;
            }
            for (Metric m : longestFirst) {
                if (!m.retired() && label.contains(m.name())) {
                    return "metric:" + m.id();
                }
            }
            if (label.matches(".*(填报单位|填表单位|报送单位).*")) {
                return TEXT_ISSUER;
            }
            if (label.matches(".*(填报日期|填表日期|填报时间|统计截止).*")) {
                return TEXT_DATE;
            }
            if (label.contains("联系人")) {
                return "text:contact";
            }
            if (label.matches(".*(联系电话|电话).*")) {
                return "text:phone";
            }
        }
        return null;
    }

    private void store(long templateId, Map<String, String> mapping) {
        mapping.forEach((key, source) -> {
            int bang = key.indexOf('!');
            jdbc.sql("insert into stat_template_cell (template_id, sheet, cell_ref, source) values (?, ?, ?, ?)")
                    .params(templateId, Integer.parseInt(key.substring(0, bang)), key.substring(bang + 1), source)
                    .update();
        });
    }

    private Map<String, String> mapping(long templateId) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("select sheet, cell_ref, source from stat_template_cell where template_id = ? order by sheet, cell_ref")
                .param(templateId)
                .query((rs, n) -> m.put(rs.getInt(1) + "!" + rs.getString(2), rs.getString(3))).list();
        return m;
    }

    private byte[] content(long templateId) {
        return jdbc.sql("select content from stat_template where id = ?").param(templateId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static void allowed(DubanUser user) {
        if (!user.canCoordinate()) {
            throw new StatTemplateRefused(403, "upstream.error.notCoordinator");
        }
    }

}
