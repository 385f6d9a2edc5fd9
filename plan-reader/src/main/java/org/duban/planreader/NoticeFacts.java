package org.duban.planreader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a notice states around its table: who issued it and when, to whom, which upstream documents it
 * implements, whether it is public, its theme, period, contact, and when and to whom units must report.
 */
final class NoticeFacts {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DATE_LINE = Pattern.compile("^[（(]?(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日[）)]?$");
    private static final Pattern LABELLED_DATE = Pattern.compile("(?:成文日期|发文日期|印发日期|发布日期|日期)\\s*[:：]\\s*(\\d{4})[-年./](\\d{1,2})[-月./](\\d{1,2})");
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,16}\\s*[〔\\[［【(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）]\\s*\\d{1,5}\\s*号");
    private static final Pattern LABELLED_DOC_NUMBER = Pattern.compile("(?:发文字号|文号|发文文号)\\s*[:：]\\s*(\\S+号)");
    private static final Pattern ISSUER_ENDING = Pattern.compile(
            ".*(局|委员会|委|办公室|办|人民政府|政府|厅|中心|院|所|队|部|会|处|科|股|领导小组)$");
    private static final Pattern LABELLED_ISSUER = Pattern.compile("^(?:发布机构|发文机关|发文单位|来源|信息来源)\\s*[:：]\\s*(\\S+)");
    private static final Pattern TITLE_WORDS = Pattern.compile("方案|计划|要点|通知|安排|意见|办法|清单|任务分解|分工|部署");
    private static final Pattern PLAN_WORDS = Pattern.compile("方案|计划|要点|清单|任务分解|分工");
    private static final Pattern DISCLOSURE = Pattern.compile("(?:此件|本件|公开方式\\s*[:：]\\s*)(主动公开|依申请公开|不予公开|不公开|删减后公开)");
    private static final Pattern CONTACT = Pattern.compile("联系人\\s*[:：]?\\s*([\\u4e00-\\u9fa5]{2,4}?)(?=[，,；;、\\s（(]|联系|电话|$)");
    private static final Pattern PHONE = Pattern.compile("(?:联系)?电话\\s*[:：]?\\s*([0-9０-９][0-9０-９\\-－—()（）\\s]{4,22}[0-9０-９])");
    private static final Pattern REPORT_TO = Pattern.compile("向([\\u4e00-\\u9fa5、，,和及（）()]{2,60}?)(?:报送|上报|报告|提交|反馈)");
    private static final Pattern SEND_TO = Pattern.compile("(?:报送|上报|报|提交|反馈)(?:至|给|到)?([\\u4e00-\\u9fa5]{2,20}?(?:股|室|科|局|处|办|中心|办公室))(?=[。；;，,（(\\s]|$)");
    private static final Pattern SUMMARY_DATE = Pattern.compile("(\\d{1,2}月\\d{1,2}日|\\d{1,2}月底|\\d{1,2}月[上中下]旬|年底)(?:前|之前|以前)?");
    private static final Pattern SECTION = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\\s*(.*)$");

    final List<String> lines;
    final String text;

    NoticeFacts(List<String> lines) {
        this.lines = lines.stream().map(l -> ChineseNumerals.toAsciiDigits(l).strip()).toList();
        this.text = String.join("\n", this.lines);
    }

    LocalDate date() {
        for (String line : lines) {
            Matcher m = DATE_LINE.matcher(line);
            if (m.matches()) {
                return dateOf(m);
            }
        }
        Matcher labelled = LABELLED_DATE.matcher(text);
        return labelled.find() ? dateOf(labelled) : null;
    }

    private static LocalDate dateOf(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The plan's own title: a line of its own naming a plan (方案), else the notice's title (通知). */
    String title() {
        String notice = null;
        for (String line : lines) {
            if (line.length() < 6 || line.length() > 80 || line.matches(".*[。：:；;，,]$")
                    || line.matches("^(按照|根据|为了|为|经|现|请|各|附件).*") || !TITLE_WORDS.matcher(line).find()
                    || DATE.matcher(line).find() && !line.contains("方案") || line.startsWith("《") && line.endsWith("号")) {
                continue;
            }
            String t = line.replaceAll("^附件\\d*[:：]?", "").strip();
            if (PLAN_WORDS.matcher(t).find() && !t.startsWith("关于")) {
                return t;
            }
            if (notice == null) {
                notice = t;
            }
        }
        return notice;
    }

    /** The issuing body: the line above the notice's date, or a "发布机构：" label, or what the title starts with. */
    String issuer(String title) {
        for (int i = 1; i < lines.size(); i++) {
            if (DATE_LINE.matcher(lines.get(i)).matches()) {
                String above = lines.get(i - 1);
                if (above.length() <= 60 && ISSUER_ENDING.matcher(above).matches() && !above.matches(".*[。，,；;：:].*")) {
                    return above;
                }
            }
        }
        for (String line : lines) {
            Matcher m = LABELLED_ISSUER.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (title != null) {
            Matcher m = Pattern.compile("^(?:关于)?(.+?(?:局|委员会|人民政府|政府|厅|办公室|领导小组))(?:关于|\\d{4}年)").matcher(title);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    String docNumber() {
        Matcher labelled = LABELLED_DOC_NUMBER.matcher(text);
        if (labelled.find()) {
            return labelled.group(1);
        }
        for (String line : lines.subList(0, Math.min(lines.size(), 12))) {
            if (DOC_NUMBER.matcher(line).matches()) {
                return line.replaceAll("\\s+", "");
            }
        }
        return null;
    }

    List<String> references(String docNumber) {
        Set<String> refs = new LinkedHashSet<>();
        Matcher m = DOC_NUMBER.matcher(text);
        while (m.find()) {
            String ref = m.group().replaceAll("\\s+", "").replaceFirst("^(按照|根据|依据|落实|贯彻|转发|印发|和|及|与|的)", "");
            if (!ref.equals(docNumber)) {
                refs.add(ref);
            }
        }
        return new ArrayList<>(refs);
    }

    /** The addressees: the salutation line ending with a colon, before the body of the notice. */
    List<String> recipients() {
        for (String line : lines.subList(0, Math.min(lines.size(), 15))) {
            if (line.matches("^[^。]{2,200}[:：]$") && !line.matches("^(联系人|附件|电话|地址|抄送).*")
                    && !SECTION.matcher(line).matches()) {
                List<String> names = new ArrayList<>();
                for (String name : line.substring(0, line.length() - 1).split("[、，,；;]")) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
                return names;
            }
        }
        return List.of();
    }

    String disclosure() {
        Matcher m = DISCLOSURE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** What stands under a heading such as "一、活动主题", or after "活动主题：" on the same line. */
    String section(String headingPattern) {
        Pattern heading = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?\\s*(?:" + headingPattern + ")\\s*[:：]?\\s*(.*)$");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = heading.matcher(lines.get(i));
            if (m.matches()) {
                String rest = m.group(1).strip();
                if (!rest.isEmpty()) {
                    return rest.replaceAll("[。.]$", "");
                }
                if (i + 1 < lines.size() && !SECTION.matcher(lines.get(i + 1)).matches()) {
                    return lines.get(i + 1).replaceAll("[。.]$", "");
                }
            }
        }
        return null;
    }

    /** The requirements part of the notice (四、活动要求 and what follows), as written. */
    String requirements() {
        Pattern heading = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．])\\s*(?:活动要求|工作要求|有关要求|保障措施|组织保障|相关要求)");
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

    PlanDraft.Contact contact() {
        Matcher name = CONTACT.matcher(text);
        if (!name.find()) {
            return null;
        }
        Matcher phone = PHONE.matcher(text);
        String number = phone.find(name.start()) ? phone.group(1).replaceAll("\\s+", "") : null;
        return new PlanDraft.Contact(name.group(1), number);
    }

    /** The sentences of the notice, split at 。 and ；. */
    List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (String s : text.split("[。；;\\n]")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** "于10月1日前将活动总结…报送": the day summaries are due. */
    LocalDate summaryDeadline(int year, LocalDate noticeDate) {
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
    List<String> reportTo() {
        Set<String> to = new LinkedHashSet<>();
        for (String sentence : sentences()) {
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
