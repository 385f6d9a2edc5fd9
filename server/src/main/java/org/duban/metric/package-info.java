/**
 * Counted results: the organisation's catalog of counts (开展宣传活动 场次, 发放宣传资料 份…), which counts each activity
 * asks for with the target its plan sets, the counts units give with their reports, and the totals
 * ({@link org.duban.metric.MetricTotals}) the dashboard, the 台账 and the compiled report read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Counted results")
package org.duban.metric;
