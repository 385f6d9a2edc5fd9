/**
 * What leaves Duban when a campaign closes: the 台账 workbook (XLSX, written streaming, reproducible "as of" a
 * cut-off), the 上报包 ZIP (workbook, photos, captions, summaries, a SHA-256 manifest) and the print views for the
 * leader's desk. Reads the campaign's tables as a read model; every export is kept with its hashes and audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger and report package")
package org.duban.ledger;
