/**
 * Each unit's summary of a campaign, with photos, handed in by the summary deadline; the coordinator sees who has
 * handed in and who has not. (The compiled campaign summary document builds on these.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Summaries")
package org.duban.summary;
