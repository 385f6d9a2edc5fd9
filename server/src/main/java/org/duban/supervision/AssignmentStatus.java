package org.duban.supervision;

/** Where an assignment stands, most urgent first when sorted by {@link #urgency()}. */
public enum AssignmentStatus {
    /** the window has ended and nothing was reported */
    OVERDUE(0),
    /** the window ends within the due-soon days and nothing was reported */
    DUE_SOON(1),
    /** in the window, nothing reported yet */
    OPEN(2),
    /** reported, waiting for the coordinator */
    REPORTED(3),
    /** the window has not started */
    PLANNED(4),
    /** accepted by the coordinator, or closed by the lead unit */
    DONE(5);

    private final int urgency;

    AssignmentStatus(int urgency) {
        this.urgency = urgency;
    }

    public int urgency() {
        return urgency;
    }

    public String messageKey() {
        return "status." + name();
    }
}
