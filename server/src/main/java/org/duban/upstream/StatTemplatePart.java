package org.duban.upstream;

import java.io.IOException;
import org.duban.ledger.ReportPackage;
import org.duban.ledger.ReportPackagePart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts every mapped statistics template, filled as of the package's cut-off, into the 上报包 under 上级统计表/. */
@Component
@Order(20)
class StatTemplatePart implements ReportPackagePart {

    static final String FOLDER = "上级统计表/";

    private final StatTemplates templates;

    StatTemplatePart(StatTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void addTo(ReportPackage reportPackage) throws IOException {
        for (StatTemplates.Template t : templates.mapped(reportPackage.user())) {
            byte[] filled = templates.fill(reportPackage.user(), t.id(), reportPackage.campaignId(),
                    reportPackage.cutoff());
            String name = org.duban.web.Downloads.safeName(t.fileName());
            reportPackage.newFile(FOLDER + (t.id() + "_" + name)).write(filled);
        }
    }
}
