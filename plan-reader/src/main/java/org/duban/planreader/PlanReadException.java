package org.duban.planreader;

/**
 * The input cannot be read as a plan at all: empty, binary, too large, a disguised archive. The message is for the
 * user (Chinese first, then English); {@link #reason()} is stable for programs.
 */
public final class PlanReadException extends RuntimeException {

    public enum Reason { EMPTY, TOO_LARGE, NOT_TEXT, UNSUPPORTED_FORMAT, CORRUPT, ZIP_BOMB }

    private final Reason reason;

    public PlanReadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PlanReadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
