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

    /** The message in Chinese only, for a page shown in Chinese. */
    public String chinese() {
        int at = englishStart();
        return at < 0 ? getMessage() : getMessage().substring(0, at).strip();
    }

    /** The message in English only; the whole message where it has no English part. */
    public String english() {
        int at = englishStart();
        return at < 0 ? getMessage() : getMessage().substring(at).strip();
    }

    /** Where the English sentence starts: after the Chinese one's closing mark, a space and a capital letter. */
    private int englishStart() {
        String m = getMessage();
        for (int i = 1; i + 1 < m.length(); i++) {
            if (m.charAt(i) == ' ' && "。）)！？".indexOf(m.charAt(i - 1)) >= 0 && Character.isUpperCase(m.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }
}
