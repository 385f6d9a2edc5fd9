package org.duban.security;

import org.duban.org.Role;

/** The user administration form; {@code password} is only read when creating a user or resetting one. */
record UserForm(String username, String displayName, Role role, Long unitId, Boolean enabled, String password) {
}
