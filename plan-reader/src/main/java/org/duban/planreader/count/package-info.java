/**
 * The counts bureaus report (场次, 份, 人次, 家, 条, 起…): a default catalog, which counts fit an activity's text, and
 * the targets a plan writes next to them (群发短信10000条 → 10 000). Pure Java, like the rest of the reader.
 */
package org.duban.planreader.count;
