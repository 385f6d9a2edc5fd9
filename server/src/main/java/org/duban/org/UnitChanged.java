package org.duban.org;

/**
 * A unit of the directory was added or changed (name, kind, state, aliases, channels).
 *
 * @param actorId who did it; {@code null} when the application itself did (the demo's directory)
 * @param change  what changed, in words for the log
 */
public record UnitChanged(long unitId, long organisationId, String name, boolean added, Long actorId, String change) {
}
