package org.duban.compile;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.duban.org.DubanUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The compiled report's download, on the web and in the API: a GET that changes no data, logged. */
@Controller
class CompiledReportController {

    private final CompiledReports reports;

    CompiledReportController(CompiledReports reports) {
        this.reports = reports;
    }

    @GetMapping({"/campaigns/{id}/report.docx", "/api/v1/campaigns/{id}/report.docx"})
    @ResponseBody
    void download(@PathVariable long id, @AuthenticationPrincipal DubanUser user, HttpServletResponse response)
            throws IOException {
        CompiledReports.Drafted drafted = reports.draft(user, id);
        response.setContentType(CompiledReports.DOCX);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String encoded = URLEncoder.encode(drafted.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"report.docx\"; filename*=UTF-8''" + encoded);
        response.setContentLength(drafted.docx().length);
        response.getOutputStream().write(drafted.docx());
    }
}
