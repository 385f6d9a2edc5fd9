package org.duban.compile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.duban.ledger.ReportPackage;
import org.duban.ledger.ReportPackagePart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts the compiled report, drafted as of the package's cut-off, into the 上报包 as 活动开展情况报告.docx. */
@Component
@Order(10)
class CompiledReportPart implements ReportPackagePart {

    static final String FILE = "活动开展情况报告.docx";

    private final CompiledReports reports;

    CompiledReportPart(CompiledReports reports) {
        this.reports = reports;
    }

    @Override
    public void addTo(ReportPackage reportPackage) throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        reports.write(reportPackage.user(), reportPackage.campaignId(), reportPackage.cutoff(), docx);
        docx.writeTo(reportPackage.newFile(FILE)); // POI may close what it writes to; the package's stream must stay open
    }
}
