package org.duban.supervision;

/**
 * A unit's calendar feed was read, or its secret address shown to a member or replaced.
 *
 * @param userId  the member who saw or replaced the address; {@code null} when the feed itself was read (by whoever
 *                holds the address: the calendar app)
 * @param access  {@code SHOWN}, {@code RENEWED} or {@code FETCHED}
 */
public record CalendarAccessed(long organisationId, long unitId, String unitName, Long userId, String access) {
}
