package org.duban.report;

import java.net.URI;
import java.util.List;
import org.duban.org.DubanUser;
import org.duban.photo.Upload;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Reporting and review over HTTP Basic, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class ReportApiController {

    private final ReportService reports;

    ReportApiController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/assignments/{id}/reports")
    List<ReportJson> ofAssignment(@PathVariable long id, @AuthenticationPrincipal DubanUser user) {
        return reports.ofAssignment(user, id).stream().map(ReportJson::of).toList();
    }

    /**
     * Saves ({@code action=save}) or submits ({@code action=submit}) a report with photos ({@code photos} parts).
     * {@code formKey} is the client's one-time key: sending the same request again returns the same report.
     */
    @PostMapping(path = "/assignments/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportJson> save(@PathVariable long id, @ModelAttribute ReportForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            @AuthenticationPrincipal DubanUser user) {
        Report report = reports.save(user, id, form, Upload.from(photos));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(ReportJson.of(report));
    }

    @GetMapping("/reports/{id}")
    ReportJson show(@PathVariable long id, @AuthenticationPrincipal DubanUser user) {
        return ReportJson.of(reports.find(user, id));
    }

    @GetMapping("/reviews")
    List<ReportService.QueueItem> queue(@AuthenticationPrincipal DubanUser user) {
        return reports.awaitingReview(user);
    }

    /** {@code {"decision": "ACCEPT" | "RETURN", "comment": "…"}}; returning needs a comment. */
    @PostMapping(path = "/reports/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportJson review(@PathVariable long id, @RequestBody Review review, @AuthenticationPrincipal DubanUser user) {
        Report report = switch (review.decision() == null ? "" : review.decision()) {
            case "ACCEPT" -> reports.accept(user, id, review.comment());
            case "RETURN" -> reports.returnToUnit(user, id, review.comment());
            default -> throw new ReportRuleBroken("report.error.decision");
        };
        return ReportJson.of(report);
    }

    record Review(String decision, String comment) {
    }
}
