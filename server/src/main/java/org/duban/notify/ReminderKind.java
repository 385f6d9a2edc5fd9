package org.duban.notify;

/** Why a unit is being told something. */
public enum ReminderKind {
    WINDOW_OPENING, DUE_SOON, OVERDUE, SUMMARY_DUE, URGE, PLAN_CHANGED;

    public String messageKey() {
        return "notify.kind." + name();
    }
}
