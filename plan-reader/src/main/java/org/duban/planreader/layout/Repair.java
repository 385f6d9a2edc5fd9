package org.duban.planreader.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.text.Scan;

/**
 * Undoes damage that mirror sites do to a notice's text: pinyin readings put after characters (監(jiān)管), a
 * document site's page furniture spliced into the text, and runs of mojibake. What was repaired is reported, so the
 * user can be told to check the result.
 */
public final class Repair {

    /** "監(jiān)", "動(dòng)": a reading with tone marks (or tone digits) in brackets right after a character. */
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=[\\u4e00-\\u9fa5])[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[1-5]?)[ \\u00a0]?[)）]");
    private static final Scan READING_AT_BRACKETS = Scan.of(PINYIN, "(（");
    private static final Pattern SPACE_ENTITY = Pattern.compile("&(?:nb|b|n|en|em|ens|ems|thin)sp;");
    /**
     * A document-sharing site's page header and footer, printed on every page of the templates it sells and spliced
     * into the text where a copy lost its pages: "精选优质文档-----倾情为你奉上", "专心---专注---专业".
     */
    private static final Pattern PAGE_FURNITURE = Pattern.compile("精选优质文档[-—_\\s]*倾情为你奉上|专心[-—_\\s]*专注[-—_\\s]*专业");
    private static final Pattern TONED = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[a-z][1-5]");
    /** Fewer readings than this are names such as 中心(CDC), not damage. */
    private static final int MIN_READINGS = 3;

    /** The blocks with the damage undone, and whether there was any. */
    public record Repaired(List<Block> blocks, boolean pinyinRemoved, int mojibakeLines) {
    }

    private Repair() {
    }

    public static Repaired blocks(List<Block> laidOut) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : SharedPages.joined(laidOut)) {
            // a document site's copy of a Word table runs its cells together on one line
            if (b instanceof Block.Line line && line.text().contains("序")) {
                blocks.addAll(GluedTable.within(line.text()).orElse(List.of(b)));
            } else {
                blocks.add(b);
            }
        }
        int readings = 0;
        for (Block b : blocks) {
            for (String text : texts(b)) {
                for (MatchResult m : READING_AT_BRACKETS.all(text)) {
                    if (TONED.matcher(m.group(1)).find()) {
                        readings++;
                    }
                }
            }
        }
        boolean strip = readings >= MIN_READINGS;
        Pattern siteName = siteNameBeforeLines(blocks);
        int mojibake = 0;
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Block.Line line) {
                String t = strip ? unpinyin(line.text()) : line.text();
                if (siteName != null) {
                    t = siteName.matcher(t).replaceFirst("");
                }
                if (t.indexOf('&') >= 0 && t.indexOf(';') > 0) {
                    // "&bsp;&bsp;(一)县教育局": a page's spaces as entities, some missing a letter, left in the text
                    t = SPACE_ENTITY.matcher(t).replaceAll(" ");
                }
                if (t.indexOf('倾') >= 0 || t.indexOf('专') >= 0) {
                    t = PAGE_FURNITURE.matcher(t).replaceAll("");
                }
                if (isMojibake(t)) {
                    mojibake++;
                }
                out.add(new Block.Line(unwrapped(t)));
            } else if (b instanceof Block.Table table && strip) {
                List<List<String>> rows = new ArrayList<>();
                for (List<String> row : table.rows()) {
                    rows.add(row.stream().map(Repair::unpinyin).toList());
                }
                out.add(new Block.Table(rows));
            } else {
                out.add(b);
            }
        }
        return new Repaired(out, strip, mojibake);
    }

    /** "学习啦在线学习网 ": a site's name and a space at a line's start. */
    private static final Pattern SITE_NAME_FIRST = Pattern.compile(
            "^[ \\u3000]*([\\u4e00-\\u9fa5A-Za-z0-9]{2,14}(?:网|网站|網|網站|文库|文庫))[ \\u3000]+(?=\\S)");
    /** A site pastes its name before this many of a copy's lines, or more. */
    private static final int MIN_SITE_NAMED_LINES = 3;

    /**
     * "学习啦在线学习网 (一)2015年7月26日:军事日活动": a content farm that pastes its name before many of a copy's lines,
     * before headings and their numbers too; the same name and space before three lines or more is the site's, not the
     * notice's. Null when no site did so.
     */
    private static Pattern siteNameBeforeLines(List<Block> blocks) {
        Map<String, Integer> starts = new HashMap<>();
        for (Block b : blocks) {
            if (b instanceof Block.Line line && (line.text().indexOf('网') > 0 || line.text().indexOf('網') > 0
                    || line.text().indexOf('库') > 0 || line.text().indexOf('庫') > 0)) {
                Matcher m = SITE_NAME_FIRST.matcher(line.text());
                if (m.find()) {
                    starts.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        return starts.entrySet().stream().filter(e -> e.getValue() >= MIN_SITE_NAMED_LINES)
                .max(Map.Entry.comparingByValue())
                .map(e -> Pattern.compile("^[ \\u3000]*" + Pattern.quote(e.getKey()) + "[ \\u3000]+(?=\\S)"))
                .orElse(null);
    }

    /** A space between two characters of a sentence, or after its comma: where a printed line wrapped. */
    private static final Scan WRAP_SPACE = Scan.of(Pattern.compile(
            "(?<=[\\u4e00-\\u9fa5，,、])[ \\u3000](?=[\\u4e00-\\u9fa5])(?![\\u4e00-\\u9fa5]{1,6}[:：])"), " \u3000");
    private static final int MIN_WRAPS = 2;
    /** A printed line holds at least this many characters; cells set apart by spaces are shorter. */
    private static final int MIN_WRAP_LENGTH = 15;

    /**
     * "增强全民消防安全 素质,镇研究决定,…开展“119”消防安全宣 传月活动。": a paragraph a document site or a PDF copied
     * with a space where each printed line ended; the spaces go, in a sentence's line only (a table's cells set apart by
     * spaces stand closer together, and a line without a sentence's full stop may be such a row), and not before a
     * field's label ("责任单位:区科技局 时间:5月15日").
     */
    static String unwrapped(String line) {
        if (line.indexOf('。') < 0 || line.length() < MIN_WRAP_LENGTH * (MIN_WRAPS + 1)) {
            return line;
        }
        List<Integer> at = WRAP_SPACE.all(line).stream().map(MatchResult::start).toList();
        if (at.size() < MIN_WRAPS) {
            return line;
        }
        for (int i = 1; i < at.size(); i++) {
            if (at.get(i) - at.get(i - 1) < MIN_WRAP_LENGTH) {
                return line;
            }
        }
        StringBuilder joined = new StringBuilder(line.length());
        int from = 0;
        for (int space : at) {
            joined.append(line, from, space);
            from = space + 1;
        }
        return joined.append(line, from, line.length()).toString();
    }

    private static List<String> texts(Block b) {
        if (b instanceof Block.Line line) {
            return List.of(line.text());
        }
        List<String> all = new ArrayList<>();
        ((Block.Table) b).rows().forEach(all::addAll);
        return all;
    }

    private static String unpinyin(String text) {
        Matcher m = PINYIN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, TONED.matcher(m.group(1)).find() ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The text without the pinyin readings a mirror put after its characters ("監(jiān)管" → "監管"), however few. */
    static String withoutReadings(String text) {
        return text.indexOf('(') < 0 && text.indexOf('（') < 0 ? text : unpinyin(text);
    }

    /** A line decoded in the wrong charset: replacement characters, or Latin-1 letters where Chinese should be. */
    static boolean isMojibake(String line) {
        int odd = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\uFFFD' || (c >= 0x00C0 && c <= 0x00FF) || (c >= 0x0400 && c <= 0x052F && line.length() > 10)) {
                odd++;
            }
        }
        return line.length() >= 8 && odd * 4 >= line.length();
    }
}
