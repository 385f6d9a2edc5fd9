/**
 * The compiled report to the upper bureau, 《…关于20XX年“…”活动开展情况的报告》, drafted as a DOCX laid out after
 * GB/T 9704 from the campaign's notice, its accepted reports, the counts and the units' accepted summaries; served
 * to coordinators, audited, and added to the 上报包. Every number in it comes from the data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compiled report")
package org.duban.compile;
