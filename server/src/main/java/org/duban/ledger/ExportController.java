package org.duban.ledger;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.web.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The campaign's 导出 page (a cut-off, the workbook and the package, the exports made so far) and the downloads,
 * on the web and in the API. Downloads are GETs that change no data; each is logged and kept on record.
 */
@Controller
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LedgerExports exports;
    private final CampaignService campaigns;

    ExportController(LedgerExports exports, CampaignService campaigns) {
        this.exports = exports;
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/exports")
    String page(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        List<ExportRecord> history = exports.history(user, id);
        model.addAttribute("campaign", campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new));
        model.addAttribute("history", history);
        return "ledger/exports";
    }

    @GetMapping({"/campaigns/{id}/ledger.xlsx", "/api/v1/campaigns/{id}/ledger.xlsx"})
    @ResponseBody
    void workbook(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate asOf, @AuthenticationPrincipal DubanUser user, HttpServletResponse response) throws IOException {
        LedgerExports.Request request = exports.request(user, id, asOf);
        start(response, XLSX, request.fileName("_台账.xlsx"));
        try (OutputStream out = response.getOutputStream()) {
            exports.writeWorkbook(request, out);
        }
    }

    @GetMapping({"/campaigns/{id}/package.zip", "/api/v1/campaigns/{id}/package.zip"})
    @ResponseBody
    void reportPackage(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate asOf, @RequestParam(defaultValue = "false") boolean originals,
            @AuthenticationPrincipal DubanUser user, HttpServletResponse response) throws IOException {
        LedgerExports.Request request = exports.request(user, id, asOf);
        start(response, "application/zip", request.fileName("_上报包.zip"));
        try (OutputStream out = response.getOutputStream()) {
            exports.writePackage(request, originals, out);
        }
    }

    @GetMapping("/api/v1/campaigns/{id}/exports")
    @ResponseBody
    List<ExportRecord> history(@PathVariable long id, @AuthenticationPrincipal DubanUser user) {
        campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new);
        return exports.history(user, id);
    }

    private static void start(HttpServletResponse response, String type, String fileName) {
        org.duban.web.Downloads.start(response, type, fileName, "export");
    }
}
