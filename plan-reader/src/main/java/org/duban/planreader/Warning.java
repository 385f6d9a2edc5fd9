package org.duban.planreader;

/**
 * Something the reader noticed and will not silently decide for the user.
 *
 * @param code    one of {@link #SUSPECT_SPAM}, {@link #UNKNOWN_UNIT}, {@link #UNPARSED_TIME}, {@link #NO_TABLE},
 *                {@link #AMBIGUOUS_YEAR}, {@link #DAMAGED_TEXT}
 * @param message what is wrong, in Chinese first, then English
 * @param where   the field or task it concerns, e.g. "issuer", "title", "tasks[3].lead"
 */
public record Warning(String code, String message, String where) {

    public static final String SUSPECT_SPAM = "SUSPECT_SPAM";
    public static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
    public static final String UNPARSED_TIME = "UNPARSED_TIME";
    public static final String NO_TABLE = "NO_TABLE";
    public static final String AMBIGUOUS_YEAR = "AMBIGUOUS_YEAR";
    public static final String DAMAGED_TEXT = "DAMAGED_TEXT";
}
