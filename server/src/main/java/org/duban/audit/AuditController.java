package org.duban.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.duban.org.DubanUser;
import org.duban.web.TextInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The operation log for admins, newest first, with filters; its verification and its export for the auditor. */
@Controller
class AuditController {

    /** A million entries back: further than anyone pages, and far from where page × 50 overflows. */
    static final int MAX_PAGE = 20_000;
    /** The longest export in one file: ten years. */
    static final int MAX_EXPORT_DAYS = 3660;

    private final AuditLog log;
    private final AuditVerification verification;
    private final Clock clock;

    AuditController(AuditLog log, AuditVerification verification, Clock clock) {
        this.log = log;
        this.verification = verification;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String list(@ModelAttribute("filter") AuditLog.Filter filter, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal DubanUser user, Model model) {
        if (page < 0 || page > MAX_PAGE) {
            throw new TextInput.InputRefused("audit.error.page", MAX_PAGE);
        }
        var entries = log.search(user.organisationId(), filter, page);
        model.addAttribute("entries", entries.size() > AuditLog.PAGE ? entries.subList(0, AuditLog.PAGE) : entries);
        model.addAttribute("hasMore", entries.size() > AuditLog.PAGE);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("actions", List.of("LOGIN", "LOGIN_FAILED", "LOCKOUT", "LOGIN_BLOCKED",
                "UNIT_ADDED", "UNIT_CHANGED", "CAMPAIGN_CREATED", "CAMPAIGN_CHANGED",
                "CAMPAIGN_ACTIVITY_CHANGED", "CAMPAIGN_ACTIVITY_ADDED", "CAMPAIGN_ACTIVITY_REMOVED",
                "CAMPAIGN_ACTIVITY_CANCELLED", "CAMPAIGN_UNIT_ADDED", "CAMPAIGN_UNIT_REMOVED", "CAMPAIGN_ARCHIVED",
                "CAMPAIGN_UNARCHIVED", "REPORT_SAVED", "REPORT_SUBMITTED", "REPORT_ACCEPTED", "REPORT_RETURNED",
                "SUMMARY_ACCEPTED", "SUMMARY_RETURNED", "PHOTO_UPLOADED", "PHOTO_DOWNLOADED", "LEDGER_EXPORTED",
                "PACKAGE_EXPORTED", "REPORT_COMPILED", "REPORT_SIGNED", "USER_CHANGED", "TOKEN_CREATED", "TOKEN_REVOKED", "URGE", "CALENDAR_LINK",
                "CALENDAR_FETCHED", "AUDIT_VERIFIED", "AUDIT_EXPORTED", "AUDIT_PURGED", "BACKUP_MADE", "RESTORED"));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("monthAgo", LocalDate.now(clock).minusDays(30));
        return "audit/list";
    }

    /**
     * Recomputes the organisation's chains (and that of entries naming no organisation) and shows 完整 or where it
     * is broken; the check itself goes into the log.
     */
    @PostMapping("/audit/verify")
    String verify(@AuthenticationPrincipal DubanUser user, Model model) {
        AuditVerification.Verdict verdict = verification.verifyOrganisation(user.organisationId());
        log.recordAlone(user.organisationId(), user.id(), user.getUsername(), "AUDIT_VERIFIED", "audit log",
                verdict.intact() ? "OK" : "BROKEN", verdict.checked() + " entries checked"
                        + (verdict.intact() ? "" : ", broken at #" + verdict.broken().entryId() + " ("
                                + verdict.broken().kind() + ")"));
        model.addAttribute("verdict", verdict);
        return "audit/verify";
    }

    /**
     * The organisation's entries of a date range as CSV for the auditor, with each entry's chain and hashes: UTF-8
     * with a byte-order mark, so Excel opens the Chinese as Chinese. The export is logged before a byte leaves.
     */
    @GetMapping("/audit/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal DubanUser user) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_EXPORT_DAYS).isBefore(to)) {
            throw new TextInput.InputRefused("audit.error.range", MAX_EXPORT_DAYS);
        }
        ZoneId zone = clock.getZone();
        OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<Long> chains = List.of(user.organisationId(), 0L);
        log.recordAlone(user.organisationId(), user.id(), user.getUsername(), "AUDIT_EXPORTED", "audit log", "OK",
                "CSV " + from + " – " + to);
        StreamingResponseBody body = out -> writeCsv(out, chains, start, end);
        String name = "audit-" + from + "-" + to + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private void writeCsv(OutputStream out, List<Long> chains, OffsetDateTime start, OffsetDateTime end)
            throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        StringBuilder text = new StringBuilder(AuditCsv.HEADER).append("\r\n");
        long after = 0;
        while (true) {
            List<AuditEntry> page = log.page(chains, after, start, end, 1000);
            for (AuditEntry e : page) {
                AuditCsv.row(text, AuditLog.chainOf(e.organisationId()), e);
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
            if (page.size() < 1000) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        out.flush();
    }

    /** The CSV layout, one place for the header and the rows. */
    static final class AuditCsv {

        static final String HEADER = "编号 id,链 chain,时间UTC at,机构 organisation_id,操作人编号 actor_id,操作人 actor,"
                + "地址 address,操作 action,对象 target,结果 result,说明 detail,上一条哈希 prev_hash,本条哈希 hash";

        private AuditCsv() {
        }

        static void row(StringBuilder text, long chain, AuditEntry e) {
            Object[] fields = {e.id(), chain, DateTimeFormatter.ISO_INSTANT.format(e.at().toInstant()), e.organisationId(),
                    e.actorId(), e.actor(), e.address(), e.action(), e.target(), e.result(), e.detail(), e.prevHash(),
                    e.hash()};
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(cell(fields[i]));
            }
            text.append("\r\n");
        }

        /**
         * A field as CSV. Text that Excel would run as a formula (a login name such as {@code =HYPERLINK(…)} is
         * logged as typed) gets a leading {@code '}, and so does text already starting with one, so an auditor
         * recomputing a hash drops exactly one leading {@code '} where there is one.
         */
        static String cell(Object value) {
            if (value == null) {
                return "";
            }
            String s = value.toString();
            if (s.isEmpty()) {
                return "\"\"";
            }
            if ( "=+-@\t\r'".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
                s = "'" + s;
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            return s;
        }
    }
}
