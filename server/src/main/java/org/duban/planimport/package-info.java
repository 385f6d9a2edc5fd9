/**
 * From a pasted or uploaded notice to a confirmed campaign: the plan reader's draft is stored, reviewed against the
 * organisation's unit directory, corrected cell by cell in the preview, and confirmed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan import")
package org.duban.planimport;
