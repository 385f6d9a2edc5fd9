package org.duban.planreader.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lines and tables of an HTML page. Government sites still lay pages out with tables, so only tables that hold no
 * other table are read as tables; the text of layout tables reads as lines. Row and column spans are copied into
 * every grid position they cover, so a lead unit merged over three rows leads all three tasks.
 */
final class HtmlLayout {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "head",
            "select", "option", "svg", "object", "embed", "button", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "td", "th", "table", "tbody", "thead", "section", "article", "header", "footer",
            "blockquote", "pre", "dd", "dt", "dl", "center", "form", "hr", "caption", "title", "body", "main");
    /** Spans beyond this are typos or attacks ("rowspan=100000"), not layout. */
    private static final int MAX_SPAN = 200;

    private HtmlLayout() {
    }

    static List<Block> blocks(String html) {
        Element body = Jsoup.parse(html).body();
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        walk(body, text, blocks);
        flush(text, blocks);
        return blocks;
    }

    private static void walk(Node node, StringBuilder text, List<Block> blocks) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("table") && e.select("table").size() == 1) { // select() counts the table itself
                    flush(text, blocks);
                    blocks.add(new Block.Table(grid(e)));
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    text.append('\n');
                }
                String number = tag.equals("li") ? listNumber(e) : "";
                if (!number.isEmpty()) {
                    text.append(WordNumbering.beforeText(number));
                }
                walk(e, text, blocks);
                if (block) {
                    text.append('\n');
                }
            }
        }
    }

    /**
     * The number a browser shows before an item of an ordered list ({@code <ol start type>}, {@code <li value>},
     * {@code list-style-type}), as the page's reader sees it: "3.", "c.", "iv.", "三、"; "" for other lists.
     */
    static String listNumber(Element li) {
        Element list = li.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return "";
        }
        int n = span(list.attr("start")) - 1;
        for (Element item : list.children()) {
            if (item.normalName().equals("li")) {
                n = item.hasAttr("value") && item.attr("value").strip().matches("\\d{1,4}")
                        ? Integer.parseInt(item.attr("value").strip()) : n + 1;
            }
            if (item == li) {
                break;
            }
        }
        String style = (list.attr("style") + ";" + li.attr("style")).toLowerCase().replace(" ", "");
        if (style.contains("list-style-type:none") || style.contains("list-style:none")) {
            return "";
        }
        if (style.contains("cjk-ideographic") || style.contains("simp-chinese-informal")) {
            return WordNumbering.formatted(n, "chineseCounting") + "、";
        }
        String format = switch (list.attr("type").strip()) {
            case "a" -> "lowerLetter";
            case "A" -> "upperLetter";
            case "i" -> "lowerRoman";
            case "I" -> "upperRoman";
            default -> "decimal";
        };
        return WordNumbering.formatted(n, format) + ".";
    }

    private static void flush(StringBuilder text, List<Block> blocks) {
        for (String line : text.toString().split("\n")) {
            String l = line.replace('\u00a0', ' ').strip();
            if (!l.isEmpty()) {
                blocks.add(new Block.Line(l));
            }
        }
        text.setLength(0);
    }

    private static List<List<String>> grid(Element table) {
        List<List<String>> rows = new ArrayList<>();
        List<int[]> pending = new ArrayList<>(); // per column: rows still covered by a rowspan
        List<String> pendingText = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> row = new ArrayList<>();
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                col = fillSpanned(row, col, pending, pendingText);
                String cell = cellText(td);
                int colspan = span(td.attr("colspan"));
                int rowspan = span(td.attr("rowspan"));
                for (int k = 0; k < colspan; k++) {
                    while (pending.size() <= col) {
                        pending.add(new int[] {0});
                        pendingText.add("");
                    }
                    row.add(cell);
                    pending.get(col)[0] = rowspan - 1;
                    pendingText.set(col, cell);
                    col++;
                }
            }
            fillSpanned(row, col, pending, pendingText);
            if (row.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Copies cells that a rowspan from above still covers into the row, from column {@code col} on. */
    private static int fillSpanned(List<String> row, int col, List<int[]> pending, List<String> pendingText) {
        while (col < pending.size() && pending.get(col)[0] > 0) {
            row.add(pendingText.get(col));
            pending.get(col)[0]--;
            col++;
        }
        return col;
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.strip());
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String cellText(Element td) {
        StringBuilder sb = new StringBuilder();
        walkCell(td, sb);
        return sb.toString().lines().map(l -> l.replace('\u00a0', ' ').strip()).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static void walkCell(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text());
            } else if (child instanceof Element e && !SKIPPED.contains(e.normalName())) {
                boolean block = BLOCKS.contains(e.normalName());
                if (block) {
                    sb.append('\n');
                }
                walkCell(e, sb);
                if (block) {
                    sb.append('\n');
                }
            }
        }
    }
}
