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
     * @param finder       {@code table} (a task table), {@code labelled} (numbered items with 牵头单位/完成时限 fields),
     *                     {@code prose} (units named in the items' sentences), {@code outline} (a level a person
     *                     chose) or {@code none}
     * @param confidence   0–1: how much of what was found is explained (tasks with units and times)
     * @param alternatives the other readings that found tasks, e.g. "prose: 6"
     * @param tables       the notice's tables, to choose from
     * @param levels       the levels of the notice's numbering, to choose from
     * @param layout       the layout a person chose (or a profile gave), null when the reader chose
     */
    public record Reading(String finder, double confidence, List<String> alternatives, List<TableShape> tables,
            List<Level> levels, Layout layout) {
        public Reading {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
            tables = tables == null ? List.of() : List.copyOf(tables);
            levels = levels == null ? List.of() : List.copyOf(levels);
        }

        public static final Reading NONE = none(List.of());

        /** No finder found tasks; the notice's levels are still there for a person to choose from. */
        public static Reading none(List<Level> levels) {
            return new Reading("none", 0, List.of(), List.of(), levels, null);
        }
    }

    /**
     * One table of the notice.
     *
     * @param header the cells of its header row (or first row)
     * @param roles  what the reader takes each column to mean (NO CONTENT TIME LEAD ASSIST OTHER)
     */
    public record TableShape(int index, List<String> header, int rows, List<String> roles) {
        public TableShape {
            header = List.copyOf(header);
            roles = List.copyOf(roles);
        }
    }

    /** One level of the numbering: its rank, how many items stand at it, the first one's opening words. */
    public record Level(int rank, int items, String example) {
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
