package org.duban.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duban.campaign.Campaign;
import org.duban.photo.Photo;
import org.duban.photo.PhotoService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Picks the photos of 附件2 and makes their print copies. Per activity, the best {@code perActivity} photos of its
 * accepted reports: never one taken (or, without EXIF time, reported) outside the activity's window, never one used in
 * two reports or nearly the same as a photo of another report; of the rest, those with their time and place first, one
 * per unit before a unit's second, larger ones first. The copies are upright and carry no EXIF, and are shrunk so that
 * all of them together stay within {@code duban.report.photos-max-bytes} (the DOCX's size, less its text).
 */
@Component
class AppendixPhotos {

    /** Room left in the limit for the document's text, tables and structure. */
    static final long TEXT_ALLOWANCE = 512 * 1024;
    /** 15 cm at 170 dpi is enough for print, and keeps the PDF's and the DOCX's images quick to lay out. */
    static final int MAX_SIDE = 1000;
    private static final int CONTENT_IN_CAPTION = 30;

    /** The print copies made last, so the DOCX, the PDF and the 上报包 made one after the other decode each photo once. */
    private static final long CACHE_BYTES = 32L * 1024 * 1024;

    private final PhotoService photos;
    private final long maxBytes;
    private final int perActivity;
    private final Map<String, PhotoService.PrintCopy> copies = new LinkedHashMap<>(64, 0.75f, true);
    private long cached;

    AppendixPhotos(PhotoService photos, @Value("${duban.report.docx-max-bytes:10MB}") DataSize maxBytes,
            @Value("${duban.report.photos-per-activity:2}") int perActivity) {
        this.photos = photos;
        this.maxBytes = maxBytes.toBytes();
        this.perActivity = Math.max(0, perActivity);
    }

    /** A photo picked for 附件2, with its caption 单位 · 日期 · 地点 · 事项; {@code byHand} when the coordinator chose it. */
    public record Pick(CompiledReportData.PhotoCandidate photo, String caption, boolean byHand) {
    }

    /** The photos of 附件2, and the others the rules allow, which the coordinator may choose instead. */
    public record Selection(List<Pick> picks, List<Pick> others) {
    }

    /**
     * Processes the photos still waiting for their time, place and hash, which decide the picks, and for the display
     * copy a print copy is made from; before the draft is read. A photo that could not be processed is never a
     * candidate (CompiledReportData): it has neither.
     */
    void settle(long organisationId, long campaignId) {
        photos.settle(organisationId, campaignId);
    }

    /**
     * The photos allowed for an activity: taken (or reported) in its window and not reused, best first. Only these
     * can be chosen by hand too.
     */
    List<CompiledReportData.PhotoCandidate> allowed(CompiledReportData.Draft draft, Campaign.Activity a) {
        List<CompiledReportData.PhotoCandidate> fit = new ArrayList<>();
        for (CompiledReportData.PhotoCandidate c : draft.photos()) {
            if (c.activityId() == a.id() && inWindow(c, a) && !reused(c, draft.photos())
                    && fit.stream().noneMatch(x -> x.photoId() == c.photoId())) {
                fit.add(c);
            }
        }
        fit.sort(Comparator.comparingInt(AppendixPhotos::evidence).reversed()
                .thenComparing(Comparator.comparingLong(
                        (CompiledReportData.PhotoCandidate c) -> (long) c.width() * c.height()).reversed()));
        return fit;
    }

    /**
     * Per activity, the photos the coordinator chose ({@code choices}: photo → true), then as many more as the rules
     * pick up to {@code perActivity}, never one the coordinator left out (photo → false).
     */
    Selection pick(CompiledReportData.Draft draft, Map<Long, Boolean> choices) {
        List<Pick> picks = new ArrayList<>();
        List<Pick> others = new ArrayList<>();
        for (Campaign.Activity a : draft.campaign().activities()) {
            List<CompiledReportData.PhotoCandidate> fit = allowed(draft, a);
            List<CompiledReportData.PhotoCandidate> chosen = new ArrayList<>();
            fit.stream().filter(c -> Boolean.TRUE.equals(choices.get(c.photoId()))).forEach(chosen::add);
            int byHand = chosen.size();
            Set<String> units = new HashSet<>();
            chosen.forEach(c -> units.add(c.unitName()));
            List<CompiledReportData.PhotoCandidate> open = fit.stream()
                    .filter(c -> !choices.containsKey(c.photoId())).toList();
            for (CompiledReportData.PhotoCandidate c : open) { // one per unit first
                if (chosen.size() < perActivity && units.add(c.unitName())) {
                    chosen.add(c);
                }
            }
            for (CompiledReportData.PhotoCandidate c : open) {
                if (chosen.size() < perActivity && !chosen.contains(c)) {
                    chosen.add(c);
                }
            }
            for (int i = 0; i < chosen.size(); i++) {
                picks.add(new Pick(chosen.get(i), caption(chosen.get(i), a), i < byHand));
            }
            fit.stream().filter(c -> !chosen.contains(c)).forEach(c -> others.add(new Pick(c, caption(c, a), false)));
        }
        return new Selection(picks, others);
    }

    /** The print copies of the picks, sized to share the limit. */
    List<ReportText.Figure> figures(long organisationId, List<Pick> picks) {
        if (picks.isEmpty()) {
            return List.of();
        }
        long each = Math.max(40 * 1024, (maxBytes - TEXT_ALLOWANCE) / picks.size());
        // decoding and encoding are the work: on every core, in the picks' order
        return picks.parallelStream().map(p -> photos.find(organisationId, p.photo().photoId())
                        .map(photo -> {
                            PhotoService.PrintCopy copy = copy(photo, each);
                            return new ReportText.Figure(p.caption(), photo.id(), copy.jpeg(), copy.width(),
                                    copy.height());
                        }).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** A photo's print copy within {@code budget} bytes; a photo's copies never change, so they are kept a while. */
    private PhotoService.PrintCopy copy(Photo photo, long budget) {
        String key = photo.sha256() + "/" + budget;
        synchronized (copies) {
            PhotoService.PrintCopy known = copies.get(key);
            if (known != null) {
                return known;
            }
        }
        PhotoService.PrintCopy copy;
        try {
            copy = photos.printCopy(photo, MAX_SIDE, budget);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (copies) {
            if (copies.put(key, copy) == null) {
                cached += copy.jpeg().length;
            }
            for (var it = copies.values().iterator(); cached > CACHE_BYTES && it.hasNext(); ) {
                cached -= it.next().jpeg().length;
                it.remove();
            }
        }
        return copy;
    }

    /** The day a photo shows: its EXIF time, else the day its report says the activity happened. */
    static LocalDate day(CompiledReportData.PhotoCandidate c) {
        return c.takenAt() != null ? c.takenAt().toLocalDate() : c.happenedOn();
    }

    private static boolean inWindow(CompiledReportData.PhotoCandidate c, Campaign.Activity a) {
        LocalDate day = day(c);
        return day == null || (a.start() == null || !day.isBefore(a.start())) && (a.end() == null || !day.isAfter(a.end()));
    }

    private static boolean reused(CompiledReportData.PhotoCandidate c, List<CompiledReportData.PhotoCandidate> all) {
        if (c.uses() > 1) {
            return true;
        }
        for (CompiledReportData.PhotoCandidate o : all) {
            if (o.reportId() != c.reportId() && o.photoId() != c.photoId()
                    && Long.bitCount(o.dhash() ^ c.dhash()) <= PhotoService.SAME_PICTURE) {
                return true;
            }
        }
        return false;
    }

    /** Photos that prove more come first: a camera time, then a place. */
    private static int evidence(CompiledReportData.PhotoCandidate c) {
        return (c.takenAt() != null ? 2 : 0) + (c.latitude() != null && c.longitude() != null ? 1 : 0);
    }

    static String caption(CompiledReportData.PhotoCandidate c, Campaign.Activity a) {
        List<String> parts = new ArrayList<>();
        parts.add(c.unitName());
        LocalDate day = day(c);
        if (day != null) {
            parts.add(ReportDrafter.chineseDate(day));
        }
        if (c.latitude() != null && c.longitude() != null) {
            parts.add(String.format(Locale.ROOT, "%s%.4f°，%s%.4f°", c.latitude() >= 0 ? "北纬" : "南纬",
                    Math.abs(c.latitude()), c.longitude() >= 0 ? "东经" : "西经", Math.abs(c.longitude())));
        }
        String content = a.content().strip();
        parts.add(content.length() > CONTENT_IN_CAPTION ? content.substring(0, CONTENT_IN_CAPTION) + "…" : content);
        return String.join(" · ", parts);
    }
}
