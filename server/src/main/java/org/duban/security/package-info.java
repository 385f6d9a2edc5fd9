/** Login, the current user and what their role lets them reach; security headers. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.duban.security;
