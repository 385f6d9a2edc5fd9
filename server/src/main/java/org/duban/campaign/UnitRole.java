package org.duban.campaign;

/** A unit's part in an activity: it leads (牵头) or assists (协助/配合). */
public enum UnitRole {
    LEAD, ASSIST
}
