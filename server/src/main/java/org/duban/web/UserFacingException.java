package org.duban.web;

/**
 * A rule of the domain was broken by what the user sent. The message key is rendered in the user's language
 * (Chinese first); the request changes nothing. Subclasses name the rule.
 */
public abstract class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final int status;

    protected UserFacingException(String messageKey, Object... args) {
        this(400, messageKey, args);
    }

    /** A refusal answered with {@code status} (403 for a role, 409 for a state, 413 for a size…). */
    protected UserFacingException(int status, String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
        this.status = status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The refusal as the user reads it, in their language. */
    public String message(org.springframework.context.MessageSource messages, java.util.Locale locale) {
        return messages.getMessage(messageKey, args.clone(), messageKey, locale);
    }

    /** The HTTP status the refusal is answered with; 400 unless the rule says otherwise. */
    public int httpStatus() {
        return status;
    }
}
