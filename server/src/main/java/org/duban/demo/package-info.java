/**
 * The demo organisation a newcomer sees on first start: the units the seed notice names plus a county's stations,
 * demo accounts, and the seed imported as a campaign.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.duban.demo;
