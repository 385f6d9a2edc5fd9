package org.duban.compile;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.duban.org.DubanUser;
import org.duban.web.Downloads;
import org.duban.web.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The compiled report: its editor, where every number links to the reports it came from; the draft's downloads (DOCX,
 * PDF) on the web and in the API; signing; and the signed versions' files.
 */
@Controller
class CompiledReportController {

    private final CompiledReports reports;
    private final MessageSource messages;

    CompiledReportController(CompiledReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{id}/report")
    String editor(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("editor", reports.editor(user, id));
        return "compile/report";
    }

    @GetMapping({"/campaigns/{id}/report.docx", "/api/v1/campaigns/{id}/report.docx"})
    @ResponseBody
    void docx(@PathVariable long id, @AuthenticationPrincipal DubanUser user, HttpServletResponse response)
            throws IOException {
        send(reports.draft(user, id, false), response);
    }

    @GetMapping({"/campaigns/{id}/report.pdf", "/api/v1/campaigns/{id}/report.pdf"})
    @ResponseBody
    void pdf(@PathVariable long id, @AuthenticationPrincipal DubanUser user, HttpServletResponse response)
            throws IOException {
        send(reports.draft(user, id, true), response);
    }

    @GetMapping({"/campaigns/{id}/report/versions/{number}.{kind:docx|pdf}",
            "/api/v1/campaigns/{id}/report/versions/{number}.{kind:docx|pdf}"})
    @ResponseBody
    void version(@PathVariable long id, @PathVariable int number, @PathVariable String kind,
            @AuthenticationPrincipal DubanUser user, HttpServletResponse response) throws IOException {
        send(reports.version(user, id, number, kind.equals("pdf")), response);
    }

    @PostMapping("/campaigns/{id}/report/paragraphs")
    String edit(@PathVariable long id, @RequestParam String key, @RequestParam(required = false) String text,
            @AuthenticationPrincipal DubanUser user, Model model, HttpServletResponse response, Locale locale) {
        return attempt(id, key, user, model, response, locale, () -> reports.edit(user, id, key, text),
                "redirect:/campaigns/" + id + "/report?saved#p-" + key);
    }

    @PostMapping("/campaigns/{id}/report/paragraphs/restore")
    String restore(@PathVariable long id, @RequestParam String key, @AuthenticationPrincipal DubanUser user,
            Model model, HttpServletResponse response, Locale locale) {
        return attempt(id, key, user, model, response, locale, () -> reports.restore(user, id, key),
                "redirect:/campaigns/" + id + "/report?saved#p-" + key);
    }

    @PostMapping("/campaigns/{id}/report/photos")
    String choosePhoto(@PathVariable long id, @RequestParam long photo, @RequestParam boolean use,
            @AuthenticationPrincipal DubanUser user, Model model, HttpServletResponse response, Locale locale) {
        return attempt(id, null, user, model, response, locale, () -> reports.choosePhoto(user, id, photo, use),
                "redirect:/campaigns/" + id + "/report?saved#photos");
    }

    @PostMapping("/campaigns/{id}/report/sign")
    String sign(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model,
            HttpServletResponse response, Locale locale) {
        int[] signed = new int[1];
        String refused = attempt(id, null, user, model, response, locale,
                () -> signed[0] = reports.sign(user, id).number(), null);
        return refused != null ? refused : "redirect:/campaigns/" + id + "/report?signed=" + signed[0] + "#versions";
    }

    /** Runs a change; a refusal shows the editor again with its reason beside the paragraph it concerns. */
    private String attempt(long id, String key, DubanUser user, Model model, HttpServletResponse response,
            Locale locale, Runnable change, String done) {
        try {
            change.run();
            return done;
        } catch (UserFacingException e) {
            if (e.httpStatus() == 404 || e.httpStatus() == 403) {
                throw e; // the error page: there is no editor to come back to
            }
            response.setStatus(e.httpStatus());
            model.addAttribute("refused", e.message(messages, locale));
            CompiledReports.Editor editor = reports.editor(user, id);
            boolean shown = key != null && editor.text().paragraphs().stream().anyMatch(p -> key.equals(p.key()));
            model.addAttribute("refusedAt", shown ? key : null); // beside its paragraph, else at the top
            model.addAttribute("editor", editor);
            return "compile/report";
        }
    }

    private static void send(CompiledReports.Download download, HttpServletResponse response) throws IOException {
        Downloads.start(response, download.contentType(), download.fileName(), "report");
        response.setContentLength(download.bytes().length);
        response.getOutputStream().write(download.bytes());
    }
}
