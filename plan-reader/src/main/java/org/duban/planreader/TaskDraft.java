package org.duban.planreader;

import java.time.LocalDate;
import java.util.List;
import org.duban.planreader.time.TimeKind;

/**
 * One row of the plan's table (or one numbered task in prose): what is to be done, when, by whom.
 *
 * @param no       the number as written (序号), or a running number when the plan has none
 * @param timeText the time cell exactly as written, e.g. "9月1日-3日"
 * @param start    first day of the window; null when the text leaves it open ("6月底前") or has none
 * @param end      last day of the window; null when open ("9月起") or none
 * @param timeKind how the time text was understood, see {@link TimeKind}
 * @param lead     lead units (牵头), as written, groups included
 * @param assist   assisting units (协助/配合), as written, groups included
 * @param groups   the names among lead and assist that stand for a group of units ("各市场监督管理所")
 * @param section  the heading the task stands under in the plan ("（一）宣传活动"), or null
 */
public record TaskDraft(
        String no,
        String content,
        String timeText,
        LocalDate start,
        LocalDate end,
        TimeKind timeKind,
        List<String> lead,
        List<String> assist,
        List<String> groups,
        String section) {

    public TaskDraft {
        lead = List.copyOf(lead);
        assist = List.copyOf(assist);
        groups = List.copyOf(groups);
    }
}
