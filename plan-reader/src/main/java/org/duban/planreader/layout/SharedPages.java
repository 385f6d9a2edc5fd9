package org.duban.planreader.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.text.Scan;
import org.duban.planreader.text.Text;
import org.duban.planreader.time.ChineseNumerals;

/**
 * A document-sharing site's copy of a notice (淘文阁, 金锄头文库, 第一文库网…): its file name, a line "《X.docx》由会员分享，可在线阅读…
 * 《X.docx（3页珍藏版）》…", then the document's pages, each flattened into one line that opens with the page's number
 * ("1、2022年…方案为切实发动…", "2、基础。…"). A page breaks off mid-word and the next page's number stands inside the
 * sentence; the document's own line breaks are gone, so its title runs into the first sentence and its headings
 * (一、 （一）) run into the text before them.
 *
 * <p>The pages are joined back into one text, the title cut off its front (where the file's name says it ends), and
 * the text cut into lines before each heading of a numbering that runs on (一、 二、 三、; （一）（二）).
 */
final class SharedPages {

    private static final Pattern PROMOTION = Pattern.compile("《([^《》]{4,120})》\\s*由会员(?:上传)?分享");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(" + Text.OFFICE_FILE + "|txt)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE = Pattern.compile("^\\s*(\\d{1,3})、");
    /** Characters a copy drops or changes in a title: quotes, dots in dates such as 3·15, plus signs, spaces. */
    private static final Pattern TITLE_NOISE = Pattern.compile("[\\s“”\"'‘’·・•+＋]");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(?:19|20)\\d{2}年$");
    private static final Pattern HAS_YEAR = Pattern.compile("(?:19|20)\\d{2}年");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?:19|20)\\d{2}年\\s*");
    private static final String CN = "一二三四五六七八九十";
    /** "一、二级响应" lists numerals: a mark followed by another numeral is no heading. */
    private static final Scan HEADING = Scan.of(Pattern.compile("([" + CN + "]{1,3})[、.．](?![" + CN + "])"), CN);
    /** "（一）", "(二)", and "〔三〕" where a copy set the brackets of a 文号. */
    private static final Scan SUB_HEADING = Scan.of(Pattern.compile("[（(〔]([" + CN + "]{1,3})[）)〕]"), "（(〔");
    /** "；2、3月5日开展…": a point's number, where digits after its mark open a date, not a decimal (2.5) or a count. */
    private static final Scan ITEM = Scan.of(
            Pattern.compile("(?<=[\\s。；;！？）)])(\\d{1,2})\\s?[、.．](?!\\d+(?![\\d年月日号]))"), Text.DIGITS);
    /** "四、活动内容1、3月2日…": the first point glued to the heading over it. */
    private static final Pattern GLUED_FIRST_ITEM = Pattern.compile("(?<=[\\u4e00-\\u9fa5])1\\s?[、.．](?=[\\d\\u4e00-\\u9fa5“\"])");
    private static final Scan BRACKETED_ITEM = Scan.of(
            Pattern.compile("[（(](\\d{1,2})[）)](?=[\\u4e00-\\u9fa5])"), "（(");
    /** "2 .在…": a page's copy put a space inside the mark. */
    private static final Pattern SPACED_MARK = Pattern.compile("^(\\d{1,2})\\s+(?=[、.．])");
    /**
     * A field's label that lost the line break before it: "开启仪式时间:5月19日地点:城北居委会牵头单位:…". Glued to the words
     * before it, "…宣传活动时间:" is the activity's words and 时间, not 活动时间.
     */
    private static final Pattern GLUED_LABEL = Pattern.compile("(?<=[\\u4e00-\\u9fa5”）)\\d])(完成时限"
            + "|牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|参加人员|参加对象|工作要求|主办|承办|时间|地点|内容|要求)(?=[:：])");
    /** Site furniture before the promotion keeps only its labelled facts (上传时间:2022-09-19). */
    private static final Pattern LABELLED = Pattern.compile("[:：]");
    /** "统一、规范", "之一、": a numeral that ends a word is no heading. */
    private static final String WORD_BEFORE_NUMERAL = "统唯第之同万单划专逐归合初周星礼拜";
    /** "…工作推进计划一、工作目标": a title that ends with 计划 or 规划 run into the first heading (not 整齐划一、). */
    private static final Pattern PLAN_BEFORE_NUMERAL = Pattern.compile("[计规]划$");
    private static final int MIN_PAGES = 2;
    /** A line this long that holds a document's headings is the document flattened. */
    private static final int FLAT_LINE = 120;
    private static final int MIN_FLAT_HEADINGS = 3;
    /** How many short lines above a flattened document are looked at for the title it repeats. */
    private static final int TITLE_LINES_ABOVE = 20;
    /** A title repeated at the front of a flattened document is at least this long. */
    private static final int MIN_TITLE = 6;
    /** How far into the first page its title is looked for, beyond the title's own length. */
    private static final int TITLE_SLACK = 20;

    private SharedPages() {
    }

    /**
     * The blocks with a sharing site's pages joined and cut into the document's lines, and any document that a copy
     * flattened into one line cut so too; as they are otherwise.
     */
    static List<Block> joined(List<Block> blocks) {
        return unflattened(pagesJoined(blocks));
    }

    /**
     * A whole document in one line ("X方案X方案为隆重纪念…。一、全省统一活动（一）召开…启动会时间:4月下旬主办:…（二）…"): cut before
     * its headings and glued labels, its title (a line above that it repeats) set apart.
     */
    private static List<Block> unflattened(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        List<String> above = new ArrayList<>();
        for (Block block : blocks) {
            if (!(block instanceof Block.Line line)) {
                out.add(block);
                continue;
            }
            String text = line.text().strip();
            List<Integer> cuts = text.length() >= FLAT_LINE ? headingCuts(text) : List.of();
            List<String> lines = flattened(text, cuts) ? Text.cutAt(text, cuts) : List.of();
            if (lines.size() < MIN_FLAT_HEADINGS) {
                out.add(line);
                if (text.length() < FLAT_LINE) {
                    above.add(text);
                }
                continue;
            }
            String first = lines.get(0);
            for (String title : above.subList(Math.max(0, above.size() - TITLE_LINES_ABOVE), above.size())) {
                if (title.length() >= MIN_TITLE && first.startsWith(title)) {
                    out.add(new Block.Line(title));
                    String rest = first.substring(title.length());
                    first = rest.startsWith(title) ? rest.substring(title.length()) : rest;
                    break;
                }
            }
            lines = new ArrayList<>(lines);
            lines.set(0, first);
            for (String l : lines) {
                if (!l.isBlank()) {
                    out.add(new Block.Line(tidied(l)));
                }
            }
        }
        return out;
    }

    private static String tidied(String line) {
        return GLUED_LABEL.matcher(SPACED_MARK.matcher(line).replaceFirst("$1")).replaceAll(" $1");
    }

    private static List<Block> pagesJoined(List<Block> blocks) {
        int promotion = -1;
        String name = null;
        for (int i = 0; i < blocks.size() && promotion < 0; i++) {
            if (blocks.get(i) instanceof Block.Line line) {
                Matcher m = PROMOTION.matcher(line.text());
                if (m.find()) {
                    promotion = i;
                    name = FILE_EXTENSION.matcher(m.group(1).strip()).replaceAll("").strip();
                }
            }
        }
        if (promotion < 0) {
            return blocks;
        }
        List<StringBuilder> pages = new ArrayList<>();
        int end = promotion + 1;
        for (int i = promotion + 1; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Line line)) {
                break;
            }
            Matcher page = PAGE.matcher(line.text());
            if (page.find() && Integer.parseInt(page.group(1)) == pages.size() + 1) {
                pages.add(new StringBuilder(line.text().substring(page.end())));
                end = i + 1;
            } else if (!pages.isEmpty() && i + 1 < blocks.size() && nextPageAhead(blocks, i + 1, pages.size() + 1)) {
                pages.get(pages.size() - 1).append(line.text()); // a page the copy broke over lines
            } else if (!pages.isEmpty()) {
                break;
            }
        }
        if (pages.size() < MIN_PAGES) {
            return blocks;
        }
        String text = String.join("", pages).strip();
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < promotion; i++) {
            // the file's name over the page ("X.docx") is the title's poorer copy; 返回 下载, 第1页 / 共3页 are the site's
            if (blocks.get(i) instanceof Block.Line line && LABELLED.matcher(line.text()).find()) {
                out.add(line);
            }
        }
        int titleEnd = titleEnd(text, name);
        Matcher siteYear = YEAR_FIRST.matcher(name);
        if (titleEnd == 0 && siteYear.lookingAt() && titleEnd(text, name.substring(siteYear.end())) > 0) {
            // "2022年秋冬季禁止秸秆焚烧烧荒工作实施方案.doc" over a document titled 秋冬季禁止秸秆焚烧烧荒工作实施方案: the
            // site put the year it took the copy in before the file's name
            name = name.substring(siteYear.end());
            titleEnd = titleEnd(text, name);
        }
        if (titleEnd > 0) {
            out.add(new Block.Line(titleOf(text.substring(0, titleEnd), name)));
            text = withoutRepeat(text.substring(titleEnd), name).strip();
        } else {
            out.add(new Block.Line(name));
        }
        for (String line : headingLines(text)) {
            out.add(new Block.Line(tidied(line)));
        }
        out.addAll(blocks.subList(end, blocks.size()));
        return out;
    }

    private static boolean nextPageAhead(List<Block> blocks, int from, int page) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Line line) {
                Matcher m = PAGE.matcher(line.text());
                if (m.find() && Integer.parseInt(m.group(1)) == page) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the title at the text's front ends: after the file's name, however the copy wrote its quotes; 0 if not there. */
    private static int titleEnd(String text, String name) {
        String key = TITLE_NOISE.matcher(name).replaceAll("");
        if (key.length() < 4) {
            return 0;
        }
        StringBuilder seen = new StringBuilder();
        int[] at = new int[text.length()];
        for (int i = 0; i < Math.min(text.length(), name.length() + TITLE_SLACK); i++) {
            String c = String.valueOf(text.charAt(i));
            if (!TITLE_NOISE.matcher(c).matches()) {
                at[seen.length()] = i;
                seen.append(c);
            }
        }
        int found = seen.indexOf(key);
        if (found < 0) {
            return 0;
        }
        int end = at[found + key.length() - 1] + 1;
        // a closing quote belongs to the title
        while (end < text.length() && "”\"’".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    /**
     * The title as the document writes it, from where the file's name starts; a year before it ("2021年县环境保护宣传月
     * 工作计划") is the title's own unless the name already has one (the site's own year before "…2017年…方案").
     */
    private static String titleOf(String front, String name) {
        String key = TITLE_NOISE.matcher(name).replaceAll("");
        int start = 0;
        for (int i = 0; i < front.length(); i++) {
            if (TITLE_NOISE.matcher(front.substring(i)).replaceAll("").equals(key)) {
                start = i;
            }
        }
        // the quote that opens a word the title starts with stays with it
        while (start > 0 && "“\"‘".indexOf(front.charAt(start - 1)) >= 0) {
            start--;
        }
        String before = front.substring(0, start).strip();
        boolean ownYear = YEAR_ONLY.matcher(before).matches() && !HAS_YEAR.matcher(name).find();
        return (ownYear ? front : front.substring(start)).strip();
    }

    /** A site that printed the title twice ("…活动方案…活动方案 为庆祝…"): the second is no sentence. */
    private static String withoutRepeat(String rest, String name) {
        int again = titleEnd(rest, name);
        return again > 0 && again <= name.length() + 2 ? rest.substring(again) : rest;
    }

    /**
     * The text cut before each heading of a numbering that runs on: 一、 then 二、 then 三、 (a numeral ending a word
     * such as 统一、 is none), （一） （二） restarting under each, and 1、 2、 where a space or a sentence's end stands
     * before them, restarting under each heading. A numbering may start at its second mark where the copy damaged the
     * first ("-指导思想", "(-)").
     */
    static List<String> headingLines(String text) {
        return Text.cutAt(text, headingCuts(text));
    }

    /** Where {@link #headingLines} cuts the text: before each heading and item of a numbering that runs on. */
    private static List<Integer> headingCuts(String text) {
        List<Integer> headings = chain(HEADING, text, List.of(),
                m -> m.start() > 0 && WORD_BEFORE_NUMERAL.indexOf(text.charAt(m.start() - 1)) >= 0
                        && !PLAN_BEFORE_NUMERAL.matcher(text).region(0, m.start()).find() ? -1
                        : ChineseNumerals.valueOf(m.group(1)));
        List<Integer> cuts = new ArrayList<>(headings);
        cuts.addAll(chain(SUB_HEADING, text, headings, m -> ChineseNumerals.valueOf(m.group(1))));
        cuts.sort(null);
        List<Integer> items = chain(ITEM, text, List.copyOf(cuts), m -> Integer.parseInt(m.group(1)));
        cuts.addAll(gluedFirstItems(text, items, cuts));
        cuts.addAll(items);
        cuts.sort(null);
        // "三、实施步骤(1)排查整治阶段(2024年1月-2月)。…(2)集中整治阶段…": points in brackets, a level further down
        cuts.addAll(chain(BRACKETED_ITEM, text, List.copyOf(cuts), m -> Integer.parseInt(m.group(1))));
        cuts.sort(null);
        return cuts;
    }

    /**
     * Whether a long line is a document flattened into it, its headings and items run together: not one item that
     * counts its points off inline, after a colon and each after the one before's semicolon ("（二）现场组。主要职责：1. 收
     * 集…；2.会前完成…；3.确定…", a Word paragraph as it was written).
     */
    private static boolean flattened(String text, List<Integer> cuts) {
        long breaks = cuts.stream().filter(at -> at > 0 && !inlinePointAt(text, at)).count();
        return breaks + 1 >= MIN_FLAT_HEADINGS;
    }

    /** Whether a colon or a semicolon, perhaps a space after it, stands before a point: one counted off inline. */
    private static boolean inlinePointAt(String text, int at) {
        int mark = Text.beforeSpaces(text, at) - 1;
        return mark >= 0 && "：:；;".indexOf(text.charAt(mark)) >= 0;
    }

    /**
     * The 1 of each run of points that opens at 2 (the chain takes a 2 for a damaged 1), where the 1 is glued to the
     * heading before it: "四、活动内容1、3月2日开展…；2、3月5日开展…".
     */
    private static List<Integer> gluedFirstItems(String text, List<Integer> items, List<Integer> headings) {
        List<Integer> found = new ArrayList<>();
        int previous = -1;
        for (int at : items) {
            if (text.charAt(at) == '2' && !Character.isDigit(text.charAt(at + 1))) {
                int from = Math.max(previous, headings.stream().filter(h -> h < at).max(Integer::compare).orElse(0));
                Matcher m = GLUED_FIRST_ITEM.matcher(text).region(Math.max(0, from), at);
                if (m.find()) {
                    found.add(m.start());
                }
            }
            previous = at;
        }
        return found;
    }

    /**
     * Where the marks of one numbering stand: each the next value (or a 1 that starts it again), the count starting
     * again after each of {@code restarts}; the first mark may be a 2 where the copy damaged the 1. A count may also
     * run on through the headings (「一、主要工作目标 1、… 10、… 二、主要工作任务 (一)… 11、…」, as a government's
     * division of its work report numbers its tasks through the whole text): after a restart, the value that follows
     * the last one counted before it.
     */
    private static List<Integer> chain(Scan scan, String text, List<Integer> restarts, ToIntFunction<Matcher> value) {
        List<Integer> at = new ArrayList<>();
        int expected = 1;
        int runsOn = 1;
        int restart = 0;
        Matcher marks = scan.matcher(text);
        for (int from = 0; scan.find(marks, text, from); from = marks.end()) {
            while (restart < restarts.size() && restarts.get(restart) < marks.start()) {
                restart++;
                expected = 1;
            }
            int n = value.applyAsInt(marks);
            if (n == expected || n == 1 || n == 2 && expected == 1 || expected == 1 && n == runsOn && n > 2) {
                at.add(marks.start());
                expected = n + 1;
                runsOn = n + 1;
            }
        }
        return at;
    }
}
