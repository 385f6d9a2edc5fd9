package org.duban.planreader.find;

/**
 * A task as the notice wrote it, before its time is read and its units are split.
 *
 * @param no         the number as written, made unique within the plan ("2.1" under a second heading)
 * @param leadText   the lead units as written, one text
 * @param assistText the assisting units as written
 * @param section    the heading the task stands under, or null
 */
public record RawTask(String no, String content, String timeText, String leadText, String assistText, String section) {

    public boolean hasUnits() {
        return !leadText.isBlank() || !assistText.isBlank();
    }

    public boolean hasTime() {
        return timeText != null && !timeText.isBlank();
    }
}
