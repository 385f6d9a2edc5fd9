package org.duban.compile;

import java.io.ByteArrayOutputStream;
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
        for (boolean pdf : new boolean[] {false, true}) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            reports.write(reportPackage.user(), reportPackage.campaignId(), reportPackage.cutoff(), pdf, file);
            // POI may close what it writes to; the package's stream must stay open
            file.writeTo(reportPackage.newFile(FILE + (pdf ? ".pdf" : ".docx")));
        }
    }
}
