package org.duban.security;

/** The first-administrator form on /setup. */
record SetupForm(String code, String organisation, String username, String displayName, String password) {
}
