package org.duban.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes every number of the report a span of its own that names where it came from. The numbers of the drafted text
 * are the data's; a number the coordinator writes is linked to the sources of the same number in the data, and marked
 * unsupported when the data holds no such number — a report signed with one would say something Duban cannot show.
 * Dates, times, 文号, ordinals and phone numbers are not counts and are left alone; numbers written in Chinese
 * numerals (三次) are not checked.
 */
final class NumberLinks {

    /**
     * A number: digits, groups after a separator or a decimal point (12,000; 3.5), a percent sign. Sixteen groups at
     * most: a group repeated without a bound recursed once a group, and a coordinator's list of thousands of numbers
     * set apart by commas ("1,2,3,…") overflowed the stack; a longer run is read as several numbers.
     */
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:[.．,，][0-9０-９]+){0,16}[%％]?");
    /** What follows a number that is a point in time or a document's number, not a count. */
    private static final Pattern CALENDAR_AFTER = Pattern.compile("^\\s*(?:年|月|日|时|点|分|号文|周年|届)");
    private static final Pattern CODE_AROUND = Pattern.compile("[〔\\[［(（]$");
    private static final int PHONE_DIGITS = 7;

    private final Map<String, Set<ReportText.Source>> known = new HashMap<>();

    private NumberLinks() {
    }

    /** The text with its numbers split out, linked and checked against the numbers of the drafted text. */
    static ReportText relink(ReportText text) {
        NumberLinks links = new NumberLinks();
        for (ReportText.Block b : text.blocks()) {
            if (b instanceof ReportText.Paragraph p && p.state() == ReportText.State.EDITED) {
                links.learn(p.drafted(), p.sources()); // the drafted spans are gone: the paragraph's sources stand in
            } else if (b instanceof ReportText.Paragraph p) {
                p.spans().forEach(s -> links.learn(s.text(), s.sources()));
            } else if (b instanceof ReportText.Table t) {
                t.rows().forEach(row -> row.forEach(c -> links.learn(c.text(), c.sources())));
            } else if (b instanceof ReportText.Heading h) {
                links.learn(h.text(), List.of());
            } else if (b instanceof ReportText.Signature s) {
                links.learn(s.issuer() + s.date(), List.of());
            }
        }
        List<ReportText.Block> out = new ArrayList<>();
        for (ReportText.Block b : text.blocks()) {
            out.add(b instanceof ReportText.Paragraph p ? links.split(p) : b);
        }
        return new ReportText(text.title(), out);
    }

    private void learn(String text, List<ReportText.Source> sources) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            known.computeIfAbsent(key(m.group()), k -> new LinkedHashSet<>()).addAll(sources);
        }
    }

    private ReportText.Paragraph split(ReportText.Paragraph p) {
        List<ReportText.Span> spans = new ArrayList<>();
        for (ReportText.Span s : p.spans()) {
            if (p.state() != ReportText.State.EDITED && isNumber(s.text())) {
                spans.add(s); // drafted as a number with its own sources
                continue;
            }
            Matcher m = NUMBER.matcher(s.text());
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    spans.add(new ReportText.Span(s.text().substring(at, m.start()), s.sources(), false));
                }
                String n = m.group();
                if (!isCount(s.text(), m.start(), m.end())) {
                    spans.add(new ReportText.Span(n, List.of(), false));
                } else if (p.state() != ReportText.State.EDITED && !s.sources().isEmpty()) {
                    spans.add(new ReportText.Span(n, s.sources(), false));
                } else {
                    Set<ReportText.Source> from = known.get(key(n));
                    spans.add(new ReportText.Span(n, from == null ? List.of() : List.copyOf(from),
                            from == null && p.state() == ReportText.State.EDITED));
                }
                at = m.end();
            }
            if (at < s.text().length()) {
                spans.add(new ReportText.Span(s.text().substring(at), s.sources(), false));
            }
        }
        return new ReportText.Paragraph(p.key(), p.section(), p.style(), p.state(), spans, p.drafted(), p.editedBy());
    }

    /** The whole text is one number (12,000; 3.5%): a span of its own. */
    static boolean isNumber(String s) {
        return NUMBER.matcher(s).matches();
    }

    /** A count, as opposed to a date, a time, a 文号, an ordinal or a phone number. */
    static boolean isCount(String text, int start, int end) {
        String n = text.substring(start, end);
        String before = text.substring(Math.max(0, start - 1), start);
        String after = text.substring(end);
        if (CALENDAR_AFTER.matcher(after).find() || CODE_AROUND.matcher(before).find() && after.matches("^[〕\\]］)）].*")) {
            return false;
        }
        if (before.equals("第") || before.equals("〕") || after.startsWith("号") && text.lastIndexOf('〕', start) >= 0) {
            return false;
        }
        if (after.matches("^[:：][0-9].*") || before.matches("[:：/\\-.]") || after.matches("^[/\\-][0-9].*")) {
            return false; // 9:30, 2020-09-01, 9/1
        }
        return digits(n) < PHONE_DIGITS || n.matches(".*[.．%％].*");
    }

    private static int digits(String n) {
        int d = 0;
        for (int i = 0; i < n.length(); i++) {
            d += Character.isDigit(n.charAt(i)) ? 1 : 0;
        }
        return d;
    }

    /** 10,000 and １００００ are the number 10000. */
    static String key(String n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '％') {
                b.append('%');
            } else if (c != ',' && c != '，') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
