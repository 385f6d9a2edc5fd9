package org.duban.planimport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.duban.campaign.CampaignNotice;
import org.duban.campaign.CampaignService;
import org.duban.campaign.NewCampaign;
import org.duban.org.OrgDirectory;
import org.duban.org.Unit;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UnitName;
import org.duban.planreader.Layout;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.PlanDraftJson;
import org.duban.planreader.PlanReader;
import org.duban.planreader.SpamCheck;
import org.duban.planreader.TaskDraft;
import org.duban.planreader.Warning;
import org.duban.planreader.time.TimeKind;
import org.duban.planreader.time.TimeReading;
import org.duban.planreader.time.TimeText;
import org.duban.planreader.unit.UnitNames;
import org.duban.web.NotFound;
import org.duban.web.TextInput;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import of one notice: read it, keep the draft, let the coordinator correct it, and confirm it into a campaign.
 * Drafts live in the database, so a correction made on one app node is seen on the next request to another.
 */
@Service
@EnableConfigurationProperties(PlanImportProperties.class)
public class ImportService {

    /** plan_draft.draft_json holds this many characters. */
    static final int MAX_DRAFT_CHARS = 1_000_000;

    private static final int OPEN_DRAFTS_SHOWN = 30;

    /** The warning a draft issued from a bureau above carries, with that bureau's name as its message. */
    public static final String ISSUED_FROM_ABOVE = "ISSUED_FROM_ABOVE";
    /** The reading of a draft issued from a bureau above: nothing was read, there is no layout to choose. */
    public static final String ISSUED_FINDER = "issued";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final UnitDirectoryService units;
    private final CampaignService campaigns;
    private final PlanImportProperties properties;
    private final Clock clock;

    ImportService(JdbcClient jdbc, JsonMapper json, UnitDirectoryService units, CampaignService campaigns,
            PlanImportProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.units = units;
        this.campaigns = campaigns;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Reads a file's bytes with the organisation's directory; nothing is stored. Where a person chose a layout for
     * this issuer's notices before, the notice is read that way (and says so in its reading).
     */
    public PlanDraft read(long organisationId, byte[] bytes, Integer year) {
        PlanDraft draft = reader(organisationId, year, null).read(bytes);
        return withProfile(organisationId, draft, layout -> reader(organisationId, year, layout).read(bytes));
    }

    public PlanDraft readText(long organisationId, String text, Integer year) {
        PlanDraft draft = reader(organisationId, year, null).readText(text);
        return withProfile(organisationId, draft, layout -> reader(organisationId, year, layout).readText(text));
    }

    private PlanDraft withProfile(long organisationId, PlanDraft draft, Function<Layout, PlanDraft> readAs) {
        Optional<Layout> profile = profileFor(organisationId, draft.issuer());
        if (profile.isEmpty()) {
            return draft;
        }
        PlanDraft laidOut = readAs.apply(profile.get());
        // a profile that finds nothing in this year's notice (the bureau changed its layout) gives way
        return laidOut.tasks().isEmpty() ? draft : laidOut;
    }

    private PlanReader reader(long organisationId, Integer year, Layout layout) {
        return new PlanReader(PlanReader.Options.defaults()
                .withYear(year)
                .withFallbackYear(LocalDate.now(clock).getYear())
                .withDirectory(units.directoryOf(organisationId))
                .withMaxBytes(properties.maxBytes().toBytes())
                .withLayout(layout));
    }

    /**
     * Keeps a draft for correction in the preview, with the notice it was read from (so a person's layout can be
     * applied to it again); returns its id.
     */
    @Transactional
    public long keep(long organisationId, long userId, String sourceName, PlanDraft draft, byte[] source) {
        String stored = checkedDraft(draft);
        String name = sourceName == null || sourceName.length() <= 255 ? sourceName : sourceName.substring(0, 255);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into plan_draft (organisation_id, created_by, created_at, source_name, draft_json,
                                                source_bytes)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(organisationId, userId, OffsetDateTime.now(clock), name, stored, source)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Keeps the draft of a plan issued from a bureau above ({@code fromCampaignId}, issued by {@code issuedBy}) for
     * the organisation below to review; once confirmed, its campaign is linked to that plan.
     */
    @Transactional
    public long keepIssued(long organisationId, long userId, String issuedBy, PlanDraft draft, long fromCampaignId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into plan_draft (organisation_id, created_by, created_at, source_name, draft_json,
                                                issued_from_campaign_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(organisationId, userId, OffsetDateTime.now(clock), issuedBy, checkedDraft(draft), fromCampaignId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Reads the draft's notice again the way a person says it is laid out (null: the reader's own way), replacing
     * the tasks and keeping the notice's corrected facts. The layout becomes the issuer's profile (or the profile is
     * forgotten), so the bureau's next notice reads the same way.
     */
    @Transactional
    public void relayout(long organisationId, long userId, long draftId, Layout layout) {
        Stored stored = loadOpen(organisationId, draftId);
        byte[] source = jdbc.sql("select source_bytes from plan_draft where id = ?").param(draftId)
                .query((rs, n) -> rs.getBytes(1)).single();
        if (source == null) {
            throw new PlanImportRuleBroken("import.error.noSource");
        }
        PlanDraft d = stored.draft;
        PlanDraft again = reader(organisationId, d.year(), layout).read(source);
        if (layout != null && again.tasks().isEmpty()) {
            throw new PlanImportRuleBroken("import.error.layoutFindsNothing");
        }
        List<Warning> warnings = new ArrayList<>(d.warnings().stream()
                .filter(w -> !w.where().startsWith("tasks") && !w.code().equals(Warning.NO_TABLE)).toList());
        again.warnings().stream().filter(w -> w.where().startsWith("tasks") || w.code().equals(Warning.NO_TABLE))
                .forEach(warnings::add);
        save(stored, new PlanDraft(d.title(), d.issuer(), d.docNumber(), d.date(), d.year(), d.recipients(),
                d.references(), d.disclosure(), d.theme(), d.period(), d.contact(), d.summaryDeadline(), d.reportTo(),
                d.requirements(), again.tasks(), warnings, again.reading()));
        if (d.issuer() != null && !d.issuer().isBlank()) {
            if (layout == null) {
                jdbc.sql("delete from layout_profile where organisation_id = ? and issuer = ?")
                        .params(organisationId, d.issuer()).update();
            } else {
                keepProfile(organisationId, userId, d.issuer(), layout);
            }
        }
    }

    private void keepProfile(long organisationId, long userId, String issuer, Layout layout) {
        String layoutJson = json.writeValueAsString(layout);
        int updated = jdbc.sql("""
                        update layout_profile set layout_json = ?, updated_by = ?, updated_at = ?
                        where organisation_id = ? and issuer = ?""")
                .params(layoutJson, userId, OffsetDateTime.now(clock), organisationId, issuer).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into layout_profile (organisation_id, issuer, layout_json, updated_by, updated_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(organisationId, issuer, layoutJson, userId, OffsetDateTime.now(clock)).update();
        }
    }

    /** The layout a person last chose for this issuer's notices, if any. */
    public Optional<Layout> profileFor(long organisationId, String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select layout_json from layout_profile where organisation_id = ? and issuer = ?")
                .params(organisationId, issuer.strip())
                .query((rs, n) -> json.readValue(rs.getString(1), Layout.class)).optional();
    }

    /** A draft not yet confirmed, as the import page lists it so an abandoned one can be found again. */
    public record OpenDraft(long id, String sourceName, OffsetDateTime createdAt, String title, int tasks,
            boolean issued) {
    }

    /** How many plans issued from bureaus above wait in the organisation's drafts, for the menu to show. */
    @Transactional(readOnly = true)
    public int issuedWaiting(long organisationId) {
        return jdbc.sql("""
                        select count(*) from plan_draft where organisation_id = ? and confirmed_campaign_id is null
                        and issued_from_campaign_id is not null""")
                .param(organisationId).query(Integer.class).single();
    }

    /** The organisation's drafts that nobody has confirmed yet, newest first. */
    @Transactional(readOnly = true)
    public List<OpenDraft> openDrafts(long organisationId) {
        return jdbc.sql("""
                        select id, source_name, created_at, draft_json, issued_from_campaign_id from plan_draft
                        where organisation_id = ? and confirmed_campaign_id is null
                        order by created_at desc, id desc""")
                .param(organisationId)
                .query((rs, n) -> {
                    PlanDraft d = json.readValue(rs.getString("draft_json"), PlanDraft.class);
                    return new OpenDraft(rs.getLong("id"), rs.getString("source_name"),
                            rs.getObject("created_at", OffsetDateTime.class), d.title(), d.tasks().size(),
                            rs.getObject("issued_from_campaign_id") != null);
                })
                .list().stream().limit(OPEN_DRAFTS_SHOWN).toList();
    }

    @Transactional(readOnly = true)
    public DraftReview review(long organisationId, long draftId) {
        Stored stored = load(organisationId, draftId);
        return review(stored.id, stored.sourceName, stored.draft, units.directoryOf(organisationId),
                stored.confirmedCampaignId);
    }

    private static DraftReview review(long id, String sourceName, PlanDraft draft, OrgDirectory directory,
            Long confirmedCampaignId) {
        List<DraftIssue> notice = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            notice.add(new DraftIssue("NO_TITLE", "import.issue.noTitle", List.of(), true, "title"));
        }
        if (SpamCheck.isSuspectName(draft.issuer())) {
            notice.add(new DraftIssue("SUSPECT_SPAM", "import.issue.spamIssuer",
                    List.of(draft.issuer(), SpamCheck.withoutSpam(draft.issuer())), true, "issuer"));
        } else if (draft.issuer() == null || draft.issuer().isBlank()) {
            // the reader left the issuer empty because the notice's own was defaced: a person must give the real one
            draft.warnings().stream().filter(w -> w.code().equals("SUSPECT_SPAM") && w.where().equals("issuer"))
                    .findFirst().ifPresent(w -> notice.add(new DraftIssue("SUSPECT_SPAM", "import.issue.spamIssuerRemoved",
                            List.of(w.message()), true, "issuer")));
        }
        if (draft.title() != null && SpamCheck.findIn(draft.title()).isPresent()) {
            notice.add(new DraftIssue("SUSPECT_SPAM", "import.issue.spamTitle",
                    List.of(SpamCheck.findIn(draft.title()).get()), true, "title"));
        }
        draft.warnings().stream().filter(w -> w.code().equals("SUSPECT_SPAM") && w.where().startsWith("line"))
                .findFirst()
                .ifPresent(w -> notice.add(new DraftIssue("SUSPECT_SPAM", "import.issue.spamText", List.of(), false,
                        "notice")));
        draft.warnings().stream().filter(w -> w.code().equals(ISSUED_FROM_ABOVE)).findFirst()
                .ifPresent(w -> notice.add(new DraftIssue(ISSUED_FROM_ABOVE, "import.issue.issuedFromAbove",
                        List.of(w.message()), false, "notice")));
        if (draft.warnings().stream().anyMatch(w -> w.code().equals("AMBIGUOUS_YEAR"))) {
            notice.add(new DraftIssue("AMBIGUOUS_YEAR", "import.issue.ambiguousYear",
                    List.of(String.valueOf(draft.year())), false, "year"));
        }
        if (draft.tasks().isEmpty()) {
            notice.add(new DraftIssue("NO_TABLE", "import.issue.noTasks", List.of(), true, "tasks"));
        }
        Map<Integer, List<DraftIssue>> tasks = new LinkedHashMap<>();
        for (int i = 0; i < draft.tasks().size(); i++) {
            List<DraftIssue> issues = taskIssues(draft.tasks().get(i), "tasks[" + i + "]", directory);
            if (!issues.isEmpty()) {
                tasks.put(i, issues);
            }
        }
        return new DraftReview(id, sourceName, draft, notice, tasks, directory.pickerNames(), confirmedCampaignId);
    }

    private static List<DraftIssue> taskIssues(TaskDraft t, String where, OrgDirectory directory) {
        List<DraftIssue> issues = new ArrayList<>();
        if (t.content() == null || t.content().isBlank()) {
            issues.add(new DraftIssue("NO_CONTENT", "import.issue.noContent", List.of(), true, where));
        }
        if (t.lead().isEmpty()) {
            issues.add(new DraftIssue("NO_LEAD", "import.issue.noLead", List.of(), true, where));
        }
        for (String name : concat(t.lead(), t.assist())) {
            UnitName resolved = directory.resolve(name);
            if (resolved instanceof UnitName.Unknown unknown) {
                issues.add(new DraftIssue("UNKNOWN_UNIT",
                        unknown.closest().isPresent() ? "import.issue.unknownUnitClosest" : "import.issue.unknownUnit",
                        List.of(name, unknown.closest().orElse("")), true, where));
            } else if (resolved.units().isEmpty()) {
                issues.add(new DraftIssue("EMPTY_GROUP", "import.issue.emptyGroup", List.of(name), true, where));
            }
        }
        if (t.timeKind() == TimeKind.UNPARSED) {
            issues.add(new DraftIssue("UNPARSED_TIME", "import.issue.unparsedTime",
                    List.of(t.timeText() == null ? "" : t.timeText()), true, where));
        } else if (t.timeKind() == TimeKind.NONE) {
            issues.add(new DraftIssue("NO_TIME", "import.issue.noTime", List.of(), false, where));
        } else if (t.timeKind() == TimeKind.ONGOING) {
            issues.add(new DraftIssue("ONGOING", "import.issue.ongoing", List.of(t.timeText()), false, where));
        }
        if (t.start() != null && t.end() != null && t.end().isBefore(t.start())) {
            issues.add(new DraftIssue("END_BEFORE_START", "import.issue.endBeforeStart", List.of(), true, where));
        }
        return issues;
    }

    @Transactional
    public void editTask(long organisationId, long draftId, int index, TaskEdit edit) {
        TextInput.atMost(edit.no(), 20, "field.taskNo");
        TextInput.atMost(edit.content(), 2000, "field.content");
        TextInput.atMost(edit.timeText(), 200, "field.timeText");
        TextInput.atMost(String.join("、", edit.lead()), 1000, "field.lead");
        TextInput.atMost(String.join("、", edit.assist()), 1000, "field.assist");
        Stored stored = loadOpen(organisationId, draftId);
        List<TaskDraft> tasks = new ArrayList<>(stored.draft.tasks());
        if (index < 0 || index >= tasks.size()) {
            throw new NotFound();
        }
        int year = stored.draft.year() == null ? LocalDate.now(clock).getYear() : stored.draft.year();
        tasks.set(index, corrected(tasks.get(index), edit, year, stored.draft.date()));
        save(stored, with(stored.draft, tasks));
    }

    private static TaskDraft corrected(TaskDraft old, TaskEdit edit, int year, LocalDate noticeDate) {
        String timeText = edit.timeText() == null ? "" : edit.timeText().strip();
        boolean datesChanged = !java.util.Objects.equals(edit.start(), old.start())
                || !java.util.Objects.equals(edit.end(), old.end());
        LocalDate start = edit.start();
        LocalDate end = edit.end();
        TimeKind kind;
        if (!datesChanged && !timeText.equals(old.timeText() == null ? "" : old.timeText())) {
            TimeReading reading = TimeText.read(timeText, year, noticeDate);
            start = reading.start();
            end = reading.end();
            kind = reading.kind();
        } else if (start != null || end != null) {
            kind = TimeKind.WINDOW;
        } else {
            kind = old.timeKind() == TimeKind.WINDOW ? TimeKind.NONE : old.timeKind();
        }
        String content = edit.content() == null ? "" : edit.content().strip();
        List<String> assist = new ArrayList<>(edit.assist());
        assist.removeAll(edit.lead());
        List<String> groups = concat(edit.lead(), assist).stream()
                .filter(UnitNames::isGroup).toList();
        String no = edit.no() == null || edit.no().isBlank() ? old.no() : edit.no().strip();
        return new TaskDraft(no, content, timeText, start, end, kind, edit.lead(), assist, groups, old.section());
    }

    @Transactional
    public void addTask(long organisationId, long draftId) {
        Stored stored = loadOpen(organisationId, draftId);
        List<TaskDraft> tasks = new ArrayList<>(stored.draft.tasks());
        tasks.add(new TaskDraft(String.valueOf(tasks.size() + 1), "", "", null, null, TimeKind.NONE, List.of(),
                List.of(), List.of(), null));
        save(stored, with(stored.draft, tasks));
    }

    @Transactional
    public void removeTask(long organisationId, long draftId, int index) {
        Stored stored = loadOpen(organisationId, draftId);
        List<TaskDraft> tasks = new ArrayList<>(stored.draft.tasks());
        if (index < 0 || index >= tasks.size()) {
            throw new NotFound();
        }
        tasks.remove(index);
        save(stored, with(stored.draft, tasks));
    }

    @Transactional
    public void editNotice(long organisationId, long draftId, NoticeEdit edit) {
        TextInput.atMost(edit.title(), 300, "field.title");
        TextInput.atMost(edit.issuer(), 200, "field.issuer");
        TextInput.atMost(edit.docNumber(), 100, "field.docNumber");
        TextInput.atMost(edit.theme(), 500, "field.theme");
        Stored stored = loadOpen(organisationId, draftId);
        PlanDraft d = stored.draft;
        save(stored, new PlanDraft(blankToNull(edit.title()), blankToNull(edit.issuer()), blankToNull(edit.docNumber()),
                edit.date(), d.year(), d.recipients(), d.references(), d.disclosure(), blankToNull(edit.theme()),
                d.period(), d.contact(), edit.summaryDeadline(), d.reportTo(), d.requirements(), d.tasks(),
                d.warnings(), d.reading()));
    }

    /**
     * Turns the draft into a campaign: every name resolved to units, groups expanded to their members, co-leads each
     * leading. Refused while any blocking issue is left.
     */
    @Transactional
    public long confirm(long organisationId, long userId, long draftId) {
        Stored stored = loadOpen(organisationId, draftId);
        long campaignId = create(organisationId, userId, stored.draft);
        jdbc.sql("update plan_draft set confirmed_campaign_id = ? where id = ?").params(campaignId, draftId).update();
        if (stored.issuedFrom != null) {
            // the plan it was issued from, whether or not that plan has a 文号 for the link by citation
            jdbc.sql("update campaign set upstream_campaign_id = ? where id = ?").params(stored.issuedFrom, campaignId)
                    .update();
        }
        return campaignId;
    }

    /** Creates a campaign straight from a draft (the API's POST /api/v1/campaigns). */
    @Transactional
    public long create(long organisationId, long userId, PlanDraft draft) {
        OrgDirectory directory = units.directoryOf(organisationId);
        DraftReview review = review(0, null, draft, directory, null);
        if (!review.confirmable()) {
            throw new DraftNotConfirmable(review);
        }
        List<NewCampaign.NewActivity> activities = new ArrayList<>();
        for (TaskDraft t : draft.tasks()) {
            activities.add(new NewCampaign.NewActivity(t.no(), t.content(), t.timeText(), t.timeKind().name(),
                    t.start(), t.end(), String.join("、", t.lead()), String.join("、", t.assist()),
                    ids(directory.unitsFor(t.lead())), ids(directory.unitsFor(t.assist()))));
        }
        PlanDraft.Period period = draft.period();
        PlanDraft.Contact contact = draft.contact();
        CampaignNotice notice = new CampaignNotice(draft.title(), draft.issuer(), draft.docNumber(), draft.date(),
                draft.year() == null ? LocalDate.now(clock).getYear() : draft.year(), draft.recipients(),
                draft.references(), draft.disclosure(), draft.theme(), period == null ? null : period.text(),
                period == null ? null : period.start(), period == null ? null : period.end(), draft.requirements(),
                contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
                draft.summaryDeadline(), draft.reportTo());
        return campaigns.create(organisationId, userId, new NewCampaign(notice, activities));
    }

    private Stored loadOpen(long organisationId, long draftId) {
        Stored stored = load(organisationId, draftId);
        if (stored.confirmedCampaignId != null) {
            throw new PlanImportRuleBroken("import.error.alreadyConfirmed");
        }
        return stored;
    }

    private Stored load(long organisationId, long draftId) {
        return jdbc.sql("""
                        select id, source_name, draft_json, confirmed_campaign_id, issued_from_campaign_id
                        from plan_draft where id = ? and organisation_id = ?""")
                .params(draftId, organisationId)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("source_name"),
                        json.readValue(rs.getString("draft_json"), PlanDraft.class),
                        (Long) rs.getObject("confirmed_campaign_id", Long.class),
                        (Long) rs.getObject("issued_from_campaign_id", Long.class)))
                .optional().orElseThrow(NotFound::new);
    }

    private void save(Stored stored, PlanDraft draft) {
        jdbc.sql("update plan_draft set draft_json = ? where id = ?").params(checkedDraft(draft), stored.id).update();
    }

    /** The draft as stored; a notice too large to keep (the column holds a million characters) is refused. */
    private static String checkedDraft(PlanDraft draft) {
        String json = PlanDraftJson.write(draft);
        if (json.length() > MAX_DRAFT_CHARS) {
            throw new PlanImportRuleBroken("import.error.draftTooLarge");
        }
        return json;
    }

    private static PlanDraft with(PlanDraft d, List<TaskDraft> tasks) {
        return new PlanDraft(d.title(), d.issuer(), d.docNumber(), d.date(), d.year(), d.recipients(), d.references(),
                d.disclosure(), d.theme(), d.period(), d.contact(), d.summaryDeadline(), d.reportTo(),
                d.requirements(), tasks, d.warnings(), d.reading());
    }

    private static List<Long> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Stored(long id, String sourceName, PlanDraft draft, Long confirmedCampaignId, Long issuedFrom) {
    }
}
