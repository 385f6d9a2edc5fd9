/**
 * Where each unit stands: the status of every assignment, computed from its window, its reports and the clock,
 * never typed in; a unit's own task list ("我的任务") and the coordinator's views built on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.duban.supervision;
