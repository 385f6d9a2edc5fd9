/**
 * What units report on their assignments (text, the day it happened, photos), and the coordinator's review: accept,
 * or return with a comment the unit answers. Every step is kept as the report's history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.duban.report;
