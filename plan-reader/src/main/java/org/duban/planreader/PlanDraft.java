package org.duban.planreader;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reader made of one notice, before anybody has confirmed it. Field names are the JSON keys
 * (see {@link PlanDraftJson}); every list is non-null and unmodifiable.
 */
public record PlanDraft(
        String title,
        String issuer,
        String docNumber,
        LocalDate date,
        Integer year,
        List<String> recipients,
        List<String> references,
        String disclosure,
        String theme,
        Period period,
        Contact contact,
        LocalDate summaryDeadline,
        List<String> reportTo,
        String requirements,
        List<TaskDraft> tasks,
        List<Warning> warnings,
        Reading reading) {

    public PlanDraft {
        recipients = List.copyOf(recipients);
        references = List.copyOf(references);
        reportTo = List.copyOf(reportTo);
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }

    /**
     * How the tasks were found, for the user to judge and to override.
     *
     * @param finder     {@code table} (a task table), {@code labelled} (numbered items with 牵头单位/完成时限 fields),
     *                   {@code prose} (units named in the items' sentences) or {@code none}
     * @param confidence 0–1: how much of what was found is explained (tasks with units and times, columns by header
     *                   and by content)
     * @param alternatives the other readings that found tasks, e.g. "prose: 6"
     */
    public record Reading(String finder, double confidence, List<String> alternatives) {
        public Reading {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }

        public static final Reading NONE = new Reading("none", 0, List.of());
    }

    /** The campaign period, e.g. "2020年9月份" → 2020-09-01..2020-09-30. Either end may be open. */
    public record Period(String text, LocalDate start, LocalDate end) {
    }

    /** The notice's contact person, e.g. 联系人：陈馨，联系电话：7898656. */
    public record Contact(String name, String phone) {
    }

    public boolean hasWarning(String code) {
        return warnings.stream().anyMatch(w -> w.code().equals(code));
    }
}
