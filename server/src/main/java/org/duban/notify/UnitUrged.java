package org.duban.notify;

/**
 * A coordinator urged (催办) a unit: on one assignment ({@code assignmentId}) or on everything it has late in a
 * campaign ({@code campaignId}, {@code items} of them).
 */
public record UnitUrged(long organisationId, long coordinatorId, long unitId, Long assignmentId, Long campaignId,
        int items, String message) {
}
