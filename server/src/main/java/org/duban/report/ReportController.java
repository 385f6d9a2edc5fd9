package org.duban.report;

import java.util.List;
import java.util.Locale;
import org.duban.web.UserFacingException;
import org.duban.org.DubanUser;
import org.duban.photo.Photo;
import org.duban.photo.PhotoResponses;
import org.duban.photo.Upload;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing reports (from the task page), reviewing them, and serving their photos. */
@Controller
class ReportController {

    private final ReportService reports;
    private final MessageSource messages;

    ReportController(ReportService reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /**
     * A refused report (a file that is no photo, too many photos, an empty text) comes back on the form itself with
     * what was typed, rather than on an error page whose back button finds a form already marked as sent.
     */
    @PostMapping("/tasks/{assignmentId}/reports")
    String save(@PathVariable long assignmentId, @ModelAttribute ReportForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            @AuthenticationPrincipal DubanUser user, RedirectAttributes flash, Locale locale) {
        Report report;
        try {
            report = reports.save(user, assignmentId, form, Upload.from(photos));
        } catch (UserFacingException e) {
            if (e.httpStatus() == 404 || e.httpStatus() == 403) {
                throw e;
            }
            flash.addFlashAttribute("reportRefused", e.message(messages, locale));
            flash.addFlashAttribute("reportTyped", form);
            return "redirect:/tasks/" + assignmentId + "#report-form";
        }
        return "redirect:/tasks/" + assignmentId + "?" + (form.submits() ? "submitted" : "saved") + "#report-" + report.id();
    }

    @PostMapping("/tasks/{assignmentId}/close")
    String close(@PathVariable long assignmentId, @RequestParam(required = false) String note,
            @AuthenticationPrincipal DubanUser user) {
        reports.closeActivity(user, assignmentId, note);
        return "redirect:/tasks/" + assignmentId + "?closed";
    }

    @GetMapping("/reviews")
    String queue(@AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("items", reports.awaitingReview(user));
        return "report/reviews";
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        Report report = reports.find(user, id);
        model.addAttribute("report", report);
        model.addAttribute("assignment", reports.assignment(user, report.assignmentId()));
        model.addAttribute("earlierUses", reports.earlierUses(user, report));
        return "report/show";
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) String comment,
            @AuthenticationPrincipal DubanUser user) {
        reports.accept(user, id, comment);
        return "redirect:/reviews?accepted";
    }

    @PostMapping("/reports/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String comment,
            @AuthenticationPrincipal DubanUser user) {
        reports.returnToUnit(user, id, comment);
        return "redirect:/reviews?returned";
    }

    /**
     * A photo of a report the user may see. Thumbnails and display copies are re-encoded without EXIF; the original,
     * with its EXIF, is served only inside the organisation, which is all this route ever serves.
     */
    @GetMapping("/reports/{id}/photos/{photoId}/{variant:thumb|display|original}")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long photoId,
            @PathVariable String variant, @AuthenticationPrincipal DubanUser user) {
        ReportService.PhotoBytes bytes = reports.photo(user, id, photoId, Photo.Variant.valueOf(variant.toUpperCase()));
        return PhotoResponses.of(bytes.photo(), bytes.variant(), bytes.content());
    }

}
