package org.duban.planimport;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.PlanDraftJson;
import org.duban.org.DubanUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/plan-drafts}: a notice in (text body or a multipart file), the reader's JSON out, the same as
 * the command line prints. {@code POST /api/v1/campaigns}: that JSON (corrected or not) in, a campaign out.
 */
@RestController
@RequestMapping("/api/v1")
class PlanDraftApiController {

    private final ImportService imports;
    private final MessageSource messages;

    PlanDraftApiController(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /**
     * The notice as the request body: plain text, HTML, or the bytes of a DOCX or PDF. The reader tells the format
     * and the text encoding (UTF-8 or GB18030) from the bytes themselves, as it does for an uploaded file.
     */
    @PostMapping(path = "/plan-drafts", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    String readBody(@RequestBody(required = false) byte[] body, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal DubanUser user) {
        if (body == null || body.length == 0) {
            throw new PlanImportRuleBroken("import.error.nothing");
        }
        return PlanDraftJson.write(imports.read(user.organisationId(), body, checkedYear(year)));
    }

    @PostMapping(path = "/plan-drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    String readFile(@RequestPart(required = false) MultipartFile file, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal DubanUser user) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new PlanImportRuleBroken("import.error.nothing");
        }
        return PlanDraftJson.write(imports.read(user.organisationId(), file.getBytes(), checkedYear(year)));
    }

    @PostMapping(path = "/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> create(@RequestBody PlanDraft draft, @AuthenticationPrincipal DubanUser user) {
        long id = imports.create(user.organisationId(), user.id(), draft);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id)).build();
    }

    /** Lists every blocking issue, so a client can fix them all in one round. */
    @ExceptionHandler(DraftNotConfirmable.class)
    ResponseEntity<ProblemDetail> notConfirmable(DraftNotConfirmable e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.args(), locale));
        problem.setTitle("Plan not confirmable");
        List<DraftIssue> blocking = new java.util.ArrayList<>(e.review().noticeIssues());
        e.review().taskIssues().values().forEach(blocking::addAll);
        problem.setProperty("issues", blocking.stream().filter(DraftIssue::blocking)
                .map(i -> java.util.Map.of("code", i.code(), "where", i.where(),
                        "message", messages.getMessage(i.messageKey(), i.argArray(), locale)))
                .toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    private static Integer checkedYear(Integer year) {
        if (year != null && (year < 1949 || year > 2200)) {
            throw new PlanImportRuleBroken("import.error.year");
        }
        return year;
    }
}
