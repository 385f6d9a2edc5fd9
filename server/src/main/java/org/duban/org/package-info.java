/**
 * Organisations, their units (股室, 所, 直属单位…) with aliases, the groups a plan names ("各市场监督管理所"), and
 * user accounts. Other features resolve unit names through {@link org.duban.org.UnitDirectoryService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and units")
package org.duban.org;
