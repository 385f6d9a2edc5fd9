package org.duban.ledger;

import java.io.IOException;

/**
 * A part another module adds to the 上报包 (the compiled report as DOCX and PDF, say): a Spring bean implementing
 * this is asked, after the workbook, photos, captions and summaries are in, to add its files. Whatever it writes is
 * listed in the package's {@code manifest.sha256} like the rest. Parts run in {@link org.springframework.core.annotation.Order}.
 */
public interface ReportPackagePart {

    void addTo(ReportPackage reportPackage) throws IOException;
}
