package org.duban.planreader.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.text.Scan;
import org.duban.planreader.text.Text;
import org.duban.planreader.time.ChineseNumerals;
import org.duban.planreader.time.TimeReading;
import org.duban.planreader.time.TimeText;
import org.duban.planreader.unit.UnitNames;

/**
 * The facts a notice states around its table: who issued it and when, to whom, which upstream documents it
 * implements, whether it is public, its theme, period, contact, and when and to whom units must report.
 */
public final class NoticeFacts {

    /**
     * A 文号's bracketed year and its number: "〔2020〕133号", "（2021） 5 号"; searched for at its brackets only, the
     * spaces before it taken in after (a table's spaced cells would have it tried at each of theirs).
     */
    private static final Scan YEAR_AND_NUMBER = Scan.of(Pattern.compile(
            "[〔\\[［【(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）]\\s*\\d{1,5}\\s*号"), "〔[［【(（");
    /** How many characters of the issuer's short name a 文号 holds before its year at most. */
    private static final int MAX_PREFIX = 16;
    /** "宁市监〔2020〕184号": the issuer's short name, then the bracketed year and the number. */
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1," + MAX_PREFIX + "}\\s*" + YEAR_AND_NUMBER.pattern().pattern());
    /** "关于开展…活动的通知 发改环资〔2021〕1157号": the number after the title on its line. */
    private static final Pattern AFTER_THE_TITLE = Pattern.compile(
            "(?:" + Documents.TITLE_END + ")\\s*(" + DOC_NUMBER.pattern() + ")$");
    /**
     * "…的通知 时间：2016-05-06 15:44 微信 微博 QQ空间 岚综管办〔2016〕85号 平潭综合实验区…": the number standing alone between
     * the spaces of a page whose head ran onto one line (a number a sentence cites stands in its words or brackets).
     */
    private static final Pattern SPACED_APART = Pattern.compile("(?<=\\s)(" + DOC_NUMBER.pattern() + ")(?=\\s)");
    private static final String SENTENCE_ENDS = "。；;\n";
    private static final Pattern LABELLED_DOC_NUMBER = Pattern.compile("(?:发文字号|文号|发文文号|文件编号)\\s*[:：]\\s*(\\S+号)");
    private static final Pattern DISCLOSURE = Pattern.compile("(?:此件|本件|公开方式\\s*[:：]\\s*)(主动公开|依申请公开|不予公开|不公开|删减后公开)");
    private static final Pattern CONTACT = Pattern.compile("联系人\\s*[:：]?\\s*([\\u4e00-\\u9fa5]{2,4}?)(?=[，,；;、\\s（(]|联系|电话|$)");
    private static final Pattern PHONE = Pattern.compile("(?:联系)?电话\\s*[:：]?\\s*([0-9０-９][0-9０-９\\-－—()（）\\s]{4,22}[0-9０-９])");
    private static final Pattern REPORT_TO = Pattern.compile("向([\\u4e00-\\u9fa5、，,和及（）()]{2,60}?)(?:报送|上报|报告|提交|反馈)");
    private static final Pattern SEND_TO = Pattern.compile("(?:报送|上报|报|提交|反馈)(?:至|给|到)?([\\u4e00-\\u9fa5]{2,20}?(?:股|室|科|局|处|办|中心|办公室))(?=[。；;，,（(\\s]|$)");
    private static final Pattern SUMMARY_DATE = Pattern.compile("(\\d{1,2}月\\d{1,2}日|\\d{1,2}月底|\\d{1,2}月[上中下]旬|年底)(?:前|之前|以前)?");
    private static final Pattern REQUIREMENTS = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．])\\s*(?:活动要求|工作要求|有关要求|保障措施|组织保障|相关要求)");
    private static final java.util.Map<String, Pattern> HEADINGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern SECTION = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\\s*(.*)$");

    final List<String> lines;
    final String text;
    private List<String> sentences;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CITING_WORD = Pattern.compile("^(按照|根据|依据|落实|贯彻|转发|印发|和|及|与|的)");
    private static final Pattern FULL_STOP_AT_END = Pattern.compile("[。.]$");

    public NoticeFacts(List<String> lines) {
        this.lines = lines.stream().map(l -> ChineseNumerals.toAsciiDigits(l).strip()).toList();
        this.text = String.join("\n", this.lines);
    }

    /** "宁市监〔2020〕184号", "学通字(2021)9号": a line that is a 文号 and nothing more. */
    static boolean isDocNumber(String line) {
        return DOC_NUMBER.matcher(ChineseNumerals.toAsciiDigits(line).strip()).matches();
    }

    public String docNumber() {
        Matcher labelled = LABELLED_DOC_NUMBER.matcher(text);
        if ((text.contains("文号") || text.contains("文件编号")) && labelled.find()) {
            return labelled.group(1);
        }
        for (String line : lines.subList(0, Math.min(lines.size(), 12))) {
            if (DOC_NUMBER.matcher(line).matches()) {
                return line.replaceAll("\\s+", "");
            }
            Matcher after = AFTER_THE_TITLE.matcher(line);
            if (line.endsWith("号") && after.find()) {
                return after.group(1).replaceAll("\\s+", "");
            }
            Matcher spaced = SPACED_APART.matcher(line);
            if (line.indexOf('〔') >= 0 && spaced.find()) {
                return spaced.group(1);
            }
        }
        return null;
    }

    public List<String> references(String docNumber) {
        Set<String> refs = new LinkedHashSet<>();
        for (String number : docNumbersIn(text)) {
            String ref = CITING_WORD.matcher(SPACES.matcher(number).replaceAll("")).replaceFirst("");
            if (!ref.equals(docNumber)) {
                refs.add(ref);
            }
        }
        return new ArrayList<>(refs);
    }

    /**
     * Every 文号 in a text, as {@link #DOC_NUMBER} finds them one after another: each bracketed year found first and
     * the name before it read backwards, which spares a long notice trying the name at every character.
     */
    static List<String> docNumbersIn(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher m = YEAR_AND_NUMBER.matcher(text);
        int taken = 0;
        for (int at = 0; YEAR_AND_NUMBER.find(m, text, at); at = m.end()) {
            int start = Math.max(at, Text.beforeSpaces(text, m.start()));
            int from = start;
            while (from > taken && start - from < MAX_PREFIX && isHan(text.charAt(from - 1))) {
                from--;
            }
            if (from < start) {
                numbers.add(text.substring(from, m.end()));
                taken = m.end();
            }
        }
        return numbers;
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    public String disclosure() {
        Matcher m = DISCLOSURE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** What stands under a heading such as "一、活动主题", or after "活动主题：" on the same line. */
    public String section(String headingPattern) {
        Pattern heading = HEADINGS.computeIfAbsent(headingPattern, h -> Pattern.compile(
                "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?\\s*(?:" + h + ")\\s*[:：]?\\s*(.*)$"));
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = heading.matcher(lines.get(i));
            if (m.matches()) {
                String rest = m.group(1).strip();
                if (!rest.isEmpty()) {
                    return rest.replaceAll("[。.]$", "");
                }
                if (i + 1 < lines.size() && !SECTION.matcher(lines.get(i + 1)).matches()) {
                    return FULL_STOP_AT_END.matcher(lines.get(i + 1)).replaceAll("");
                }
            }
        }
        return null;
    }

    /** The requirements part of the notice (四、活动要求 and what follows), as written. */
    public String requirements() {
        Pattern heading = REQUIREMENTS;
        for (int i = 0; i < lines.size(); i++) {
            if (heading.matcher(lines.get(i)).find()) {
                List<String> body = new ArrayList<>();
                for (int j = i + 1; j < lines.size(); j++) {
                    String l = lines.get(j);
                    if (l.matches("^[一二三四五六七八九十]+[、.．].*") || l.startsWith("附件")) {
                        break;
                    }
                    body.add(l);
                }
                return body.isEmpty() ? null : String.join("\n", body);
            }
        }
        return null;
    }

    public PlanDraft.Contact contact() {
        Matcher name = CONTACT.matcher(text);
        if (!name.find()) {
            return null;
        }
        Matcher phone = PHONE.matcher(text);
        String number = phone.find(name.start()) ? phone.group(1).replaceAll("\\s+", "") : null;
        return new PlanDraft.Contact(name.group(1), number);
    }

    /** The sentences of the notice, split at 。 and ；. */
    public List<String> sentences() {
        if (sentences != null) {
            return sentences;
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = 0; at <= text.length(); at++) {
            if (at == text.length() || SENTENCE_ENDS.indexOf(text.charAt(at)) >= 0) {
                String s = text.substring(from, at);
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
                from = at + 1;
            }
        }
        sentences = out;
        return out;
    }

    /** "于10月1日前将活动总结…报送": the day summaries are due. */
    public LocalDate summaryDeadline(int year, LocalDate noticeDate) {
        for (String sentence : sentences()) {
            if (!sentence.contains("总结")) {
                continue;
            }
            Matcher m = SUMMARY_DATE.matcher(sentence);
            if (m.find()) {
                TimeReading reading = TimeText.read(m.group(1) + "前", year, noticeDate);
                if (reading.end() != null) {
                    return reading.end();
                }
            }
        }
        return null;
    }

    /** Who receives the units' reports: "向办公室、质量监督管理股报送", "报送质量监督管理股". */
    public List<String> reportTo() {
        Set<String> to = new LinkedHashSet<>();
        for (String sentence : sentences()) {
            if (sentence.indexOf('报') < 0 && sentence.indexOf('交') < 0 && sentence.indexOf('馈') < 0) {
                continue; // neither is said without 报送, 上报, 报告, 提交 or 反馈
            }
            Matcher m = REPORT_TO.matcher(sentence);
            while (m.find()) {
                for (String name : UnitNames.split(m.group(1))) {
                    to.add(name);
                }
            }
            Matcher s = SEND_TO.matcher(sentence);
            while (s.find()) {
                to.add(s.group(1));
            }
        }
        return new ArrayList<>(to);
    }
}
