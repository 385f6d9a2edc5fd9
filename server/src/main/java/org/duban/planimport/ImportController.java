package org.duban.planimport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.duban.planreader.Layout;
import org.duban.planreader.PlanDraft;
import org.duban.org.DubanUser;
import org.duban.web.Htmx;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Paste or upload a notice → preview and correct → confirm. Coordinators only (see SecurityConfig). */
@Controller
@RequestMapping("/imports")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    /** The import form, and the drafts nobody has confirmed yet (a closed tab does not lose one). */
    @GetMapping({"", "/new"})
    String form(@AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("drafts", imports.openDrafts(user.organisationId()));
        return "planimport/new";
    }

    @PostMapping
    String start(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal DubanUser user) throws IOException {
        if (year != null && (year < 1949 || year > 2200)) {
            throw new PlanImportRuleBroken("import.error.year");
        }
        PlanDraft draft;
        String source;
        byte[] bytes;
        if (file != null && !file.isEmpty()) {
            bytes = file.getBytes();
            draft = imports.read(user.organisationId(), bytes, year);
            source = file.getOriginalFilename();
        } else if (text != null && !text.isBlank()) {
            draft = imports.readText(user.organisationId(), text, year);
            bytes = text.getBytes(StandardCharsets.UTF_8);
            source = null;
        } else {
            throw new PlanImportRuleBroken("import.error.nothing");
        }
        long id = imports.keep(user.organisationId(), user.id(), source == null ? null : safeName(source), draft,
                bytes);
        return "redirect:/imports/" + id;
    }

    @GetMapping("/{id}")
    String preview(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("review", imports.review(user.organisationId(), id));
        return "planimport/preview";
    }

    @PostMapping("/{id}/notice")
    String editNotice(@PathVariable long id, @ModelAttribute NoticeEdit edit, @AuthenticationPrincipal DubanUser user,
            HttpServletRequest request, Model model) {
        imports.editNotice(user.organisationId(), id, edit);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("review", imports.review(user.organisationId(), id));
            model.addAttribute("noticeOnly", true);
            return "planimport/preview :: notice-and-summary";
        }
        return "redirect:/imports/" + id;
    }

    @PostMapping("/{id}/tasks/{index}")
    String editTask(@PathVariable long id, @PathVariable int index, @ModelAttribute TaskEdit edit,
            @AuthenticationPrincipal DubanUser user, HttpServletRequest request, Model model) {
        imports.editTask(user.organisationId(), id, index, edit);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("review", imports.review(user.organisationId(), id));
            model.addAttribute("index", index);
            return "planimport/preview :: task-and-summary";
        }
        return "redirect:/imports/" + id + "#task-" + index;
    }

    @PostMapping("/{id}/tasks")
    String addTask(@PathVariable long id, @AuthenticationPrincipal DubanUser user) {
        imports.addTask(user.organisationId(), id);
        return "redirect:/imports/" + id + "#tasks-end";
    }

    /** Removing a row renumbers the rows after it, so the whole preview is reloaded rather than one row swapped. */
    @PostMapping("/{id}/tasks/{index}/delete")
    String removeTask(@PathVariable long id, @PathVariable int index, @AuthenticationPrincipal DubanUser user,
            HttpServletRequest request, HttpServletResponse response) {
        imports.removeTask(user.organisationId(), id, index);
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Refresh", "true");
            return null;
        }
        return "redirect:/imports/" + id;
    }

    /**
     * Reads the notice again as the coordinator says it is laid out: {@code finder=table} with {@code table} and one
     * {@code columns} role per column, or {@code finder=outline} with {@code level}; {@code finder=auto} returns to
     * the reader's own reading. The choice is kept for the issuer's next notice.
     */
    @PostMapping("/{id}/layout")
    String relayout(@PathVariable long id, @RequestParam String finder, @RequestParam(required = false) Integer table,
            @RequestParam(required = false) List<String> columns, @RequestParam(required = false) Integer level,
            @AuthenticationPrincipal DubanUser user) {
        Layout layout;
        try {
            layout = switch (finder) {
                case "auto" -> null;
                case Layout.TABLE -> Layout.table(table == null ? -1 : table, columns == null ? List.of() : columns);
                case Layout.OUTLINE -> Layout.outline(level == null ? -1 : level);
                default -> throw new IllegalArgumentException(finder);
            };
        } catch (IllegalArgumentException e) {
            throw new PlanImportRuleBroken("import.error.badLayout");
        }
        imports.relayout(user.organisationId(), user.id(), id, layout);
        return "redirect:/imports/" + id + "#tasks";
    }

    /** A refused confirmation shows the preview again with what still blocks it, having changed nothing. */
    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model,
            HttpServletResponse response) {
        try {
            long campaignId = imports.confirm(user.organisationId(), user.id(), id);
            return "redirect:/campaigns/" + campaignId + "?created";
        } catch (DraftNotConfirmable e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("review", imports.review(user.organisationId(), id));
            model.addAttribute("confirmRefused", true);
            return "planimport/preview";
        }
    }

    /** Only the file's own name is kept, for display: no directories, no control characters. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
