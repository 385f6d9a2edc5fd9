package org.duban.planreader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.layout.Block;
import org.duban.planreader.text.Hans;

/**
 * A notice written (wholly or partly) in traditional characters, read as its simplified twin and answered as written.
 * The reader's rules are written for simplified characters; many look at the simplified text ({@link Hans}), but a rule
 * that forgot to was a rule that failed on 牽頭, 請 or 等部門 (a corpus notice turned into traditional characters read
 * differently in 97 of 480). Reading the twin makes every rule see the same text; each name and sentence the reader
 * returns is then taken from the notice as written at the place it stands, character for character (Hans maps one
 * to one), and where it stands nowhere as such (joined or tidied), each character as the notice mostly writes it.
 */
final class Written {

    private final String written;
    private final String simple;
    /** For each simplified character the notice writes otherwise somewhere, how it mostly writes it. */
    private final Map<Character, Character> mostly;

    private Written(String written, String simple) {
        this.written = written;
        this.simple = simple;
        Map<Character, Map<Character, Integer>> counts = new HashMap<>();
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) != simple.charAt(i)) {
                counts.computeIfAbsent(simple.charAt(i), k -> new HashMap<>()).merge(written.charAt(i), 1, Integer::sum);
            }
        }
        for (int i = 0; i < written.length(); i++) {
            Map<Character, Integer> c = counts.get(simple.charAt(i));
            if (c != null && written.charAt(i) == simple.charAt(i)) {
                // "随着" and "显著" in one notice: 着 stays 着 where the notice writes it so more often
                c.merge(simple.charAt(i), 1, Integer::sum);
            }
        }
        this.mostly = new HashMap<>();
        counts.forEach((s, c) -> mostly.put(s, c.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
    }

    /** A pasted text and its twin ({@link Hans#simplified}), as the reader already made it. */
    static Written of(String text, String simplified) {
        return new Written(text, simplified);
    }

    /** The notice's twin, or empty when it is written in simplified characters throughout (most are). */
    static Optional<Written> of(List<Block> blocks) {
        if (blocks.stream().allMatch(Written::simplifiedThroughout)) {
            return Optional.empty();
        }
        StringBuilder all = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Line line) {
                all.append(line.text()).append('\n');
            } else if (b instanceof Block.Table table) {
                table.rows().forEach(row -> row.forEach(cell -> all.append(cell).append('\n')));
            }
        }
        String written = all.toString();
        return Optional.of(new Written(written, Hans.simplified(written)));
    }

    /** Whether a block has no traditional character (Hans answers the very text it was given then). */
    private static boolean simplifiedThroughout(Block b) {
        if (b instanceof Block.Line line) {
            return Hans.simplified(line.text()) == line.text();
        }
        return b instanceof Block.Table table
                && table.rows().stream().allMatch(row -> row.stream().allMatch(c -> Hans.simplified(c) == c));
    }

    /** The blocks in simplified characters. */
    static List<Block> simplified(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Block.Line line) {
                out.add(new Block.Line(Hans.simplified(line.text())));
            } else if (b instanceof Block.Table table) {
                out.add(new Block.Table(table.rows().stream()
                        .map(row -> row.stream().map(Hans::simplified).toList()).toList()));
            }
        }
        return out;
    }

    /** A text the reader returned, as the notice writes it. */
    String asWritten(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int at = simple.indexOf(s);
        if (at >= 0) {
            return written.substring(at, at + s.length());
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = mostly.getOrDefault(chars[i], chars[i]);
        }
        return new String(chars);
    }

    private List<String> asWritten(List<String> list) {
        return list.stream().map(this::asWritten).toList();
    }

    /** A directory that knows a simplified name when it knows the name as the notice writes it. */
    UnitDirectory directory(UnitDirectory directory) {
        return new UnitDirectory() {
            @Override
            public boolean knows(String name) {
                return directory.knows(name) || directory.knows(asWritten(name));
            }

            @Override
            public Optional<String> closestTo(String name) {
                return directory.closestTo(asWritten(name));
            }
        };
    }

    private static final Pattern QUOTED = Pattern.compile("“([^”]{1,80})”");

    /** The draft read from the twin, its names and sentences as the notice writes them. */
    PlanDraft asWritten(PlanDraft d) {
        UnaryOperator<String> w = this::asWritten;
        List<TaskDraft> tasks = d.tasks().stream().map(t -> new TaskDraft(w.apply(t.no()), w.apply(t.content()),
                w.apply(t.timeText()), t.start(), t.end(), t.timeKind(), asWritten(t.lead()), asWritten(t.assist()),
                asWritten(t.groups()), w.apply(t.section()))).toList();
        // the warnings' own words stay; the names they quote are the notice's
        List<Warning> warnings = d.warnings().stream().map(x -> new Warning(x.code(),
                QUOTED.matcher(x.message()).replaceAll(m -> Matcher.quoteReplacement("“" + asWritten(m.group(1)) + "”")),
                x.where())).toList();
        PlanDraft.Reading r = d.reading();
        PlanDraft.Reading reading = new PlanDraft.Reading(r.finder(), r.confidence(), r.alternatives(),
                r.tables().stream().map(t -> new PlanDraft.TableShape(t.index(), asWritten(t.header()), t.rows(),
                        t.roles())).toList(),
                r.levels().stream().map(l -> new PlanDraft.Level(l.rank(), l.items(), w.apply(l.example()))).toList(),
                r.layout());
        PlanDraft.Period period = d.period() == null ? null
                : new PlanDraft.Period(w.apply(d.period().text()), d.period().start(), d.period().end());
        PlanDraft.Contact contact = d.contact() == null ? null
                : new PlanDraft.Contact(w.apply(d.contact().name()), d.contact().phone());
        return new PlanDraft(w.apply(d.title()), w.apply(d.issuer()), w.apply(d.docNumber()), d.date(), d.year(),
                asWritten(d.recipients()), asWritten(d.references()), w.apply(d.disclosure()), w.apply(d.theme()),
                period, contact, d.summaryDeadline(), asWritten(d.reportTo()), w.apply(d.requirements()), tasks,
                warnings, reading);
    }
}
