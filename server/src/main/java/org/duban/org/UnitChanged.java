package org.duban.org;

/** A coordinator added or changed a unit of the directory. */
public record UnitChanged(long unitId, long organisationId, String name, boolean added) {
}
