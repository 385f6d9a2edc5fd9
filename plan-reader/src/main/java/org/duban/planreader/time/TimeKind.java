package org.duban.planreader.time;

/** How a task's time text was understood. */
public enum TimeKind {
    /** a window with at least one end, e.g. "9月1日-3日", "6月底前", "9月起" */
    WINDOW,
    /** standing work with no window: 长期坚持, 持续开展, 常态化 */
    ONGOING,
    /** the cell is empty */
    NONE,
    /** text that the reader could not turn into dates; a {@code UNPARSED_TIME} warning says so */
    UNPARSED
}
