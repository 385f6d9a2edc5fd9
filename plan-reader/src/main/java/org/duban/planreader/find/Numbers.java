package org.duban.planreader.find;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Task numbers a person can refer to: as written where they are unique, made unique where numbering restarts. */
final class Numbers {

    private Numbers() {
    }

    /**
     * Numbers that repeat because they restart under each section become "section.number" (2.1 is the first task of
     * the second section); tasks without a number, or a plan whose numbers repeat for no reason, are numbered through.
     */
    static List<RawTask> unique(List<RawTask> tasks, boolean sectioned) {
        Set<String> seen = new HashSet<>();
        boolean clean = tasks.stream().allMatch(t -> !t.no().isEmpty() && seen.add(t.no()));
        if (clean) {
            return tasks;
        }
        boolean withinSections = sectioned && tasks.stream().noneMatch(t -> t.no().isEmpty());
        List<RawTask> out = new ArrayList<>();
        int section = 0;
        String current = null;
        Set<String> inSection = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            RawTask t = tasks.get(i);
            if (i == 0 || !Objects.equals(t.section(), current)) {
                section++;
                current = t.section();
                inSection.clear();
            }
            withinSections &= inSection.add(t.no());
            out.add(t);
        }
        List<RawTask> renumbered = new ArrayList<>();
        section = 0;
        current = null;
        for (int i = 0; i < out.size(); i++) {
            RawTask t = out.get(i);
            if (i == 0 || !Objects.equals(t.section(), current)) {
                section++;
                current = t.section();
            }
            String no = withinSections ? section + "." + t.no() : String.valueOf(i + 1);
            renumbered.add(new RawTask(no, t.content(), t.timeText(), t.leadText(), t.assistText(), t.section()));
        }
        return renumbered;
    }
}
