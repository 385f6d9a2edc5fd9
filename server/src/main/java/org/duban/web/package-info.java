/** Layout, error pages and API problems, locale: what every feature's pages share. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.duban.web;
