package org.duban.compile;

import java.io.IOException;
import org.duban.ledger.ReportPackage;
import org.duban.ledger.ReportPackagePart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the compiled report into the 上报包 as 活动开展情况报告.docx and .pdf: the version signed by the package's cut-off
 * if there is one, else the draft as of the cut-off.
 */
@Component
@Order(10)
class CompiledReportPart implements ReportPackagePart {

    static final String FILE = "活动开展情况报告";

    private final CompiledReports reports;

    CompiledReportPart(CompiledReports reports) {
        this.reports = reports;
    }

    @Override
    public void addTo(ReportPackage reportPackage) throws IOException {
        CompiledReports.Files files = reports.asOf(reportPackage.user(), reportPackage.campaignId(),
                reportPackage.cutoff());
        reportPackage.newFile(FILE + ".docx").write(files.docx());
        reportPackage.newFile(FILE + ".pdf").write(files.pdf());
    }
}
