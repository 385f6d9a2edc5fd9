package org.duban.org;

/** What a user may do: manage users and units, run campaigns, report for a unit, or watch read-only. */
public enum Role {
    ADMIN, COORDINATOR, UNIT, LEADER
}
