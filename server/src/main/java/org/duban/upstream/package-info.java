/**
 * The upper bureau's own statistics template (上级统计表): a coordinator uploads the XLSX or XLS the bureau sends
 * round, maps its cells to Duban's numbers once (counts from the metric catalog, the campaign's figures, the
 * issuer and date), and every campaign of the organisation fills it, on demand and in the 上报包. The mapping is the
 * organisation's, so next year's campaign fills the same template by itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Upper bureau's statistics template")
package org.duban.upstream;
