package org.duban.compile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.web.Digests;
import org.duban.web.Downloads;
import org.duban.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A campaign's compiled report, for its organisation's coordinators and administrators only: the live draft (the data
 * as it stands, with the coordinator's edits laid over it) as DOCX and PDF and in the browser editor, and the signed
 * versions (定稿), each frozen with its SHA-256. Downloads and signing are written to the audit log.
 */
@Service
public class CompiledReports {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    static final int MAX_EDIT_CHARS = 20_000;
    /** The sections drafted only as material: the coordinator writes them before signing. */
    private static final int[] WRITTEN_BY_HAND = {4, 5};

    private final CampaignService campaigns;
    private final CompiledReportData data;
    private final AppendixPhotos appendixPhotos;
    private final ReportStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    CompiledReports(CampaignService campaigns, CompiledReportData data, AppendixPhotos appendixPhotos,
            ReportStore store, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.campaigns = campaigns;
        this.data = data;
        this.appendixPhotos = appendixPhotos;
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** A file to download: the draft made now, or a signed version. */
    public record Download(Campaign campaign, String title, byte[] bytes, boolean pdf) {

        /** The download's name: the report's title (and its version). */
        public String fileName() {
            return Downloads.safeName(title) + (pdf ? ".pdf" : ".docx");
        }

        public String contentType() {
            return pdf ? PDF : DOCX;
        }
    }

    /** What the editor shows: the live draft, what is not yet in, the photos of 附件2 and the signed versions. */
    public record Editor(Campaign campaign, OffsetDateTime asOf, ReportText text,
            List<CompiledReportData.Outstanding> outstanding,
            List<CompiledReportData.SummaryOutstanding> summariesOutstanding, List<AppendixPhotos.Pick> photos,
            List<AppendixPhotos.Pick> otherPhotos, List<ReportStore.Version> versions, List<String> signProblems) {

        public boolean signable() {
            return signProblems.isEmpty() && !campaign.archived();
        }

        /** What is not yet in, by activity: its units, each with the state of its report when one was written. */
        public List<OutstandingActivity> outstandingByActivity() {
            Map<Long, OutstandingActivity> groups = new java.util.LinkedHashMap<>();
            for (CompiledReportData.Outstanding o : outstanding) {
                groups.computeIfAbsent(o.activityId(), k -> new OutstandingActivity(o.activityNo(), o.content(), o.end(),
                        new ArrayList<>())).units().add(o);
            }
            return List.copyOf(groups.values());
        }
    }

    /** An activity with units whose report is not in (accepted) yet. */
    public record OutstandingActivity(String no, String content, java.time.LocalDate end,
            List<CompiledReportData.Outstanding> units) {
    }

    private record Composed(Campaign campaign, CompiledReportData.Draft draft, ReportText text,
            AppendixPhotos.Selection photos) {
    }

    /**
     * @throws CompileRefused 403 for anyone but a coordinator or an administrator
     * @throws NotFound       for a campaign not of the user's organisation
     */
    public Editor editor(DubanUser user, long campaignId) {
        Campaign campaign = allowed(user, campaignId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Composed c = compose(user, campaign, now, false);
        return new Editor(campaign, now, c.text(), c.draft().outstanding(), c.draft().summariesOutstanding(),
                c.photos().picks(), c.photos().others(), reading.execute(s -> store.versions(campaignId)),
                problems(c.text()));
    }

    /** The draft made now, as DOCX or PDF; recorded in the audit log. */
    public Download draft(DubanUser user, long campaignId, boolean pdf) {
        Campaign campaign = allowed(user, campaignId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Composed c = compose(user, campaign, now, true);
        byte[] bytes = render(c.text(), pdf);
        events.publishEvent(new CompiledReportMade(user.organisationId(), campaignId, user.id(), now, sha256(bytes),
                bytes.length, pdf ? "PDF" : "DOCX", null));
        return new Download(campaign, c.text().title(), bytes, pdf);
    }

    /** The report's DOCX and PDF. */
    record Files(byte[] docx, byte[] pdf) {
    }

    /**
     * The report as of {@code cutoff}, for the 上报包: the version signed by then if there is one, else the draft as it
     * stood, drafted once for both files.
     */
    Files asOf(DubanUser user, long campaignId, OffsetDateTime cutoff) {
        Campaign campaign = allowed(user, campaignId);
        Files signed = reading.execute(s -> store.latestSignedBy(campaignId, cutoff)
                .map(n -> new Files(store.file(campaignId, n, false).orElseThrow(),
                        store.file(campaignId, n, true).orElseThrow()))
                .orElse(null));
        if (signed != null) {
            return signed;
        }
        ReportText text = compose(user, campaign, cutoff, true).text();
        return new Files(render(text, false), render(text, true));
    }

    /** Keeps the coordinator's text for a paragraph of the draft; an empty text removes the paragraph. */
    public void edit(DubanUser user, long campaignId, String key, String text) {
        Campaign campaign = changeable(user, campaignId);
        String body = text == null ? "" : text.strip();
        if (body.length() > MAX_EDIT_CHARS) {
            throw new CompileRefused(400, "compile.error.tooLong", String.valueOf(MAX_EDIT_CHARS));
        }
        ReportText current = compose(user, campaign, OffsetDateTime.now(clock), false).text();
        if (current.paragraphs().stream().noneMatch(p -> p.key() != null && p.key().equals(key))) {
            throw new CompileRefused(400, "compile.error.noParagraph");
        }
        writing.executeWithoutResult(s -> store.saveEdit(campaignId, key, body, user.id(), OffsetDateTime.now(clock)));
    }

    /**
     * Takes a photo into 附件2 or leaves it out, whatever the rules would pick.
     *
     * @throws CompileRefused for a photo not allowed there: not of an accepted report of the campaign, taken outside
     *                        its activity's window, or used in two reports
     */
    public void choosePhoto(DubanUser user, long campaignId, long photoId, boolean use) {
        Campaign campaign = changeable(user, campaignId);
        appendixPhotos.settle(user.organisationId(), campaignId);
        CompiledReportData.Draft draft = reading.execute(s ->
                data.read(user.organisationId(), campaign, OffsetDateTime.now(clock), clock.getZone()));
        boolean allowed = campaign.activities().stream()
                .anyMatch(a -> appendixPhotos.allowed(draft, a).stream().anyMatch(c -> c.photoId() == photoId));
        if (!allowed && use) {
            throw new CompileRefused(400, "compile.error.photoNotAllowed");
        }
        if (draft.photos().stream().noneMatch(c -> c.photoId() == photoId)) {
            throw new CompileRefused(400, "compile.error.photoNotAllowed");
        }
        writing.executeWithoutResult(s -> store.choosePhoto(campaignId, photoId, use, user.id(),
                OffsetDateTime.now(clock)));
    }

    /** Returns a paragraph to its drafted text. */
    public void restore(DubanUser user, long campaignId, String key) {
        changeable(user, campaignId);
        writing.executeWithoutResult(s -> store.dropEdit(campaignId, key == null ? "" : key));
    }

    /**
     * Signs the report as it reads now: the material (【素材】) and removed paragraphs left out, frozen as DOCX and PDF
     * with their SHA-256 as the next version.
     *
     * @throws CompileRefused when a number is not in the data, or 四 or 五 has no text of its own
     */
    public ReportStore.Version sign(DubanUser user, long campaignId) {
        Campaign campaign = changeable(user, campaignId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportText text = compose(user, campaign, now, true).text();
        List<String> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new CompileRefused(409, "compile.error.notSignable", String.join("；", problems));
        }
        ReportText signed = forSigning(text);
        byte[] docx = render(signed, false);
        byte[] pdf = render(signed, true);
        String docxHash = sha256(docx);
        String pdfHash = sha256(pdf);
        ReportStore.Version v = null;
        // two coordinators signing at once: the second takes the next number, in a transaction of its own
        for (int attempt = 0; v == null && attempt < 3; attempt++) {
            try {
                v = writing.execute(s -> store.sign(user.organisationId(), campaignId, user.id(), now, text.title(),
                        docx, docxHash, pdf, pdfHash));
            } catch (org.springframework.dao.DuplicateKeyException e) {
                v = null;
            }
        }
        if (v == null) {
            throw new CompileRefused(409, "compile.error.signClash");
        }
        events.publishEvent(new CompiledReportMade(user.organisationId(), campaignId, user.id(), now, docxHash,
                docx.length, "SIGNED", v.number()));
        return v;
    }

    /** A signed version's DOCX or PDF, exactly as signed. */
    public Download version(DubanUser user, long campaignId, int number, boolean pdf) {
        Campaign campaign = allowed(user, campaignId);
        return reading.execute(s -> {
            ReportStore.Version v = store.version(campaignId, number).orElseThrow(NotFound::new);
            byte[] bytes = store.file(campaignId, number, pdf).orElseThrow(NotFound::new);
            return new Download(campaign, v.title() + "（定稿第" + number + "版）", bytes, pdf);
        });
    }

    /** Why the report cannot be signed as it reads: numbers not in the data, sections with no text of their own. */
    static List<String> problems(ReportText text) {
        List<String> problems = new ArrayList<>();
        Set<String> unsupported = new LinkedHashSet<>();
        text.paragraphs().stream().filter(ReportText.Paragraph::shown).forEach(p -> unsupported.addAll(p.unsupported()));
        if (!unsupported.isEmpty()) {
            problems.add("数据中找不到的数字：" + String.join("、", unsupported));
        }
        for (int section : WRITTEN_BY_HAND) {
            boolean written = text.paragraphs().stream().anyMatch(p -> p.section() == section && p.shown()
                    && p.style() == ReportText.Style.BODY && !p.text().isBlank());
            if (!written) {
                problems.add("“" + ReportDrafter.SECTIONS[section - 1] + "”尚无正文");
            }
        }
        return problems;
    }

    /** The text as signed: without the material offered to the coordinator and without removed paragraphs. */
    static ReportText forSigning(ReportText text) {
        return new ReportText(text.title(), text.blocks().stream()
                .filter(b -> !(b instanceof ReportText.Paragraph p)
                        || p.shown() && p.style() != ReportText.Style.MATERIAL)
                .toList());
    }

    private Composed compose(DubanUser user, Campaign campaign, OffsetDateTime asOf, boolean withPhotos) {
        record Read(CompiledReportData.Draft draft, Map<String, ReportDrafter.Edit> edits, Map<Long, Boolean> choices) {
        }
        appendixPhotos.settle(user.organisationId(), campaign.id());
        Read read = reading.execute(status -> new Read(
                data.read(user.organisationId(), campaign, asOf, clock.getZone()), store.edits(campaign.id()),
                store.photoChoices(campaign.id())));
        AppendixPhotos.Selection photos = appendixPhotos.pick(read.draft(), read.choices());
        List<ReportText.Figure> figures = withPhotos
                ? appendixPhotos.figures(user.organisationId(), photos.picks()) : List.of();
        return new Composed(campaign, read.draft(),
                ReportDrafter.compose(read.draft(), clock.getZone(), read.edits(), figures), photos);
    }

    private static byte[] render(ReportText text, boolean pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (pdf) {
                ReportPdf.write(text, out);
            } else {
                ReportDocx.write(text, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Campaign allowed(DubanUser user, long campaignId) {
        if (!user.canCoordinate()) {
            throw new CompileRefused(403, "compile.error.notCoordinator");
        }
        return campaigns.find(user.organisationId(), campaignId).orElseThrow(NotFound::new);
    }

    private Campaign changeable(DubanUser user, long campaignId) {
        Campaign campaign = allowed(user, campaignId);
        if (campaign.archived()) {
            throw new CompileRefused(409, "compile.error.archived");
        }
        return campaign;
    }

    static String sha256(byte[] bytes) {
        return Digests.sha256Hex(bytes);
    }
}
