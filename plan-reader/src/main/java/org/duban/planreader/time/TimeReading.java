package org.duban.planreader.time;

import java.time.LocalDate;

/**
 * What a time text means: a window (either end may be open), standing work, nothing, or something unreadable.
 * Built by {@link TimeText#read}.
 */
public record TimeReading(TimeKind kind, LocalDate start, LocalDate end) {

    public TimeReading {
        if (kind == TimeKind.WINDOW && start == null && end == null) {
            throw new IllegalArgumentException("a window needs at least one end");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("window ends before it starts: " + start + ".." + end);
        }
    }

    public static TimeReading window(LocalDate start, LocalDate end) {
        return new TimeReading(TimeKind.WINDOW, start, end);
    }

    public static final TimeReading ONGOING = new TimeReading(TimeKind.ONGOING, null, null);
    public static final TimeReading NONE = new TimeReading(TimeKind.NONE, null, null);
    public static final TimeReading UNPARSED = new TimeReading(TimeKind.UNPARSED, null, null);
}
