package org.duban.planreader.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.SpamCheck;
import org.duban.planreader.layout.Block;
import org.duban.planreader.text.Hans;
import org.duban.planreader.text.Words;

/**
 * What a government site wraps around a notice: the 政府信息公开 index (索引号, 发文字号, 发布机构, 生成日期…) and the
 * "来源：… 发布时间：…" line are metadata; breadcrumbs, share and print bars, font-size switches, view counters and
 * spam are noise. Neither is part of the notice.
 */
final class Chrome {

    /** The labels of a site's metadata, as they are written (spaces inside a label are allowed: "标    题"). */
    static final List<String> LABELS = List.of("索引号", "索取号", "发文字号", "发文文号", "文件编号", "文号", "发布机构",
            "发文机关", "发文单位", "发文部门", "发布单位", "发布部门", "成文日期", "印发日期", "发文日期", "发文时间", "公文生成日期", "生成日期",
            "产生日期", "发布日期", "公开日期", "发布时间", "发表日期", "发表时间", "更新时间", "更新日期", "更新", "上传时间", "转载时间", "生效日期", "施行日期", "上传人", "文档编号",
            "信息来源", "文章来源", "来源", "标题", "名称",
            "主题分类", "组配分类", "体裁分类", "服务对象分类", "主题词", "关键词", "有效性", "效力状态", "时效", "作者",
            "浏览次数", "浏览量", "浏览", "点击数", "访问次数", "访问量", "阅读次数", "阅读量", "责任编辑", "编辑", "审核", "字号", "所属机构", "公文种类",
            "信息分类", "公开目录", "所属栏目", "信息类别", "分类",
            // a 政策解读 page's index: "解读单位: 农业农村局 来源: 市农业农村局 发布日期: … 解读类型: 部门解读"
            "解读单位", "解读机关", "解读部门", "解读类型", "解读方式", "解读人", "日期", "时间");
    /**
     * Labels a site may run onto the value before them, colon and all: no sentence holds them (nor the page's author and
     * counters: "来源:市林业局作者:市林业局阅读次数:").
     */
    private static final String GLUED_LABELS = "索引号|发文字号|发布机构|成文日期|生成日期|发布日期|主题分类|组配分类|体裁分类|公开方式|有效性"
            + "|作者|阅读次数|浏览次数|点击数"
            // "浏览次数:信息来源: 相山区城市管理局(区城市管理行政执法局)发布时间:2024-12-11"
            + "|发布时间|信息来源";
    /**
     * Labels a site runs onto the time before them ("发布日期:2019-12-06 16:17来源:市林业局"): after a digit no sentence's
     * 来源 (资金来源：…) stands.
     */
    private static final String GLUED_AFTER_A_TIME = "来源|信息来源|发布时间|更新时间";
    private static final Pattern LABEL;
    private static final Pattern BRACKETED_LABEL;
    /**
     * "活动方案2018-11-27王华老师": a content farm's byline under a title, the column it files the page in, the day it
     * posted it and who wrote it up, run together.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{0,4}(?:方案|计划|总结|范文|策划|文案)(\\d{4}-\\d{1,2}-\\d{1,2})[\\u4e00-\\u9fa5]{2,6}$");
    private static final Pattern DATED = Pattern.compile("^[\\s•·●]*(\\d{4}-\\d{1,2}-\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?[ \\u3000]*发布$");

    static {
        StringBuilder alternatives = new StringBuilder();
        for (String label : LABELS) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(String.join("[ \\u3000\\u00a0]*", label.split("")));
        }
        // a label no sentence holds may follow the value before it with nothing between (发布机构:市劳动保障监察支队组配分类:…)
        // "信息发布时间:2023-9-15 信息浏览次数:": a site's 信息 before its labels, as its 信息来源 has it
        LABEL = Pattern.compile("(?:^|[\\s|｜】\\]]+|(?=(?:" + GLUED_LABELS + ")[:：])|(?<=\\d)(?=(?:" + GLUED_AFTER_A_TIME
                + ")[:：]))(?:信息)?(" + alternatives
                + ")[ \\u3000\\u00a0]*[:：]");
        BRACKETED_LABEL = Pattern.compile("[\\[【][ \\u3000\\u00a0]*(" + alternatives + ")[ \\u3000\\u00a0]*[\\]】]");
    }

    /** Labels that a site may set off by spaces alone; nobody starts a sentence with them. */
    private static final String UNAMBIGUOUS = "索引号|索取号|发文字号|文[ \\u3000]*号|发布机构|成文日期|产生日期|生成日期|发布日期|主题分类|组配分类|公开方式|有效性"
            + "|发文日期|发布时间|施行日期|公开目录";
    /**
     * Such a label and its value, set apart by spaces or, before a date, by nothing ("发文日期2023年08月18日"
     * on a page whose index lost its colons).
     */
    private static final Pattern SPACED = Pattern.compile("^(" + UNAMBIGUOUS + ")(?:[ \\u3000]+|(?=\\d{4}\\s*[年\\-./]))\\S");
    private static final Pattern SPACED_LABEL = Pattern.compile("(?<=^|[ \\u3000])(" + UNAMBIGUOUS
            + ")(?:[ \\u3000]+|(?=\\d{4}\\s*[年\\-./]))(?=\\S)");
    /**
     * A law site's index that lost its colons and spaces: "发文机关阜阳市人民政府", "发文字号阜政办〔2023〕11号". Only the
     * labels no sentence opens with, and only on a short line that is one name or number.
     */
    private static final Pattern GLUED = Pattern.compile("^(发文机关|发布机构|发文字号)(?=[\\u4e00-\\u9fa5][^，。,；;:：\\s]{1,38}$)");
    /** Metadata lines are short; a paragraph of the notice is not metadata. */
    private static final int MAX_LINE = 400;
    private static final Pattern BULLET = Pattern.compile("^[\\s•·●◆■▪\\-*|｜【\\[]+");
    private static final Pattern NOISE = Pattern.compile(
            "当前位置|您现在的位置|您的位置|首页\\s*[>＞》›/]|>\\s*正文|分享到|打印本页|打印此页|【打印】|\\[打印]|关闭窗口|【关闭】"
                    + "|字体[:：]?\\s*[【\\[]?\\s*大|字号[:：]\\s*[大中小]|【\\s*大\\s*】|扫一扫|设为首页|加入收藏|浏览次数|访问量|阅读量"
                    + "|点击数|我要纠错|返回顶部|上一篇|下一篇|相关链接|相关解读[:：]?$|相关文件[:：]?$|政策解读[:：]?$|附件下载"
                    + "|网站地图|联系我们|版权所有|ICP备|网站标识码|^[\\s•·|｜]*主办单位[:：][^。]*承办|即将离开|继续访问|是否继续"
                    + "|到电脑桌面|快捷访问|网站客服|客服QQ|在线客服|收藏本站|下载本文|全文阅读|免费下载"
                    // a content farm's links: "- 相关推荐", "首页 办公文秘" (a breadcrumb with spaces for arrows)
                    + "|^[-•·\\s]*相关推荐$|^首页(?:[ \\u3000]+[\\u4e00-\\u9fa5]{2,8}){1,3}$"
                    // the rest of a breadcrumb under "当前位置:首页": "> 政务公开 > 重点工作落实情况", ">> 专题专栏 >> 归档专题 >> …"
                    + "|^\\s*[>＞»›]{1,2}\\s*[^>＞»›\\s]{1,20}\\s*[>＞»›]"
                    // a document site's file facts: "• 31.69 KB", "• 6页"
                    + "|^[•·\\s]*\\d+(\\.\\d+)?\\s*(KB|MB|K|M|kb|页)$"
                    // its terms: "1、本文档由用户上传…", "当前文档由用户上传发布"
                    + "|(?:本|当前)文档(?:由用户上传|内容版权)|本站不保证"
                    // and its "温馨提示:" over them: "部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱…", "下载前请仔细阅读
                    // 文档内容…", "…付费完成后未能成功下载的用户请联系客服处理"
                    + "|^温馨提示[:：]?$|查看预览时|请放心下载|下载前请仔细阅读|未能成功下载");
    /**
     * Words one of which every kind of furniture in {@code NOISE} holds: most lines hold none, and are passed without
     * running that long pattern at every character.
     */
    private static final Words<Boolean> NOISE_WORDS = Words.ranked(List.of(Map.entry(true, List.of("当前位置", "您现在的位置",
            "您的位置", "首页", "正文", "分享到", "打印", "关闭", "字体", "字号", "【", "扫一扫", "加入收藏", "浏览次数", "访问量",
            "阅读量", "点击数", "我要纠错", "返回顶部", "上一篇", "下一篇", "相关链接", "相关解读", "相关文件", "政策解读", "附件下载",
            "网站地图", "联系我们", "版权所有", "ICP备", "网站标识码", "主办单位", "即将离开", "继续访问", "是否继续", "到电脑桌面",
            "快捷访问", "网站客服", "客服QQ", "在线客服", "收藏本站", "下载本文", "全文阅读", "免费下载", "相关推荐", ">", "＞", "»",
            "›", "K", "M", "k", "页", "文档", "本站", "温馨提示", "预览", "下载"))));
    private static final Pattern SENTENCE = Pattern.compile("[。；]");

    /** A value that is a page's stamp: "2023-05-21 10:55", "2023年5月21日". */
    private static final Pattern STAMP = Pattern.compile("[\\d\\-./: 年月日]{6,}");
    /** A day written with its month first and no year: "9月5日-11日". */
    private static final Pattern MONTH_FIRST = Pattern.compile("\\d{1,2}\\s*月");
    /** A year and a month with no day after it: "2022年4月", "2022年4月-6月", "2022年5月上旬". */
    private static final Pattern MONTH_NO_DAY = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?!\\s*\\d)");
    /**
     * "2016年1月30日—2016年2月7日。", "2016年2月4日至14日", "2016年2月1日(农历2015年12月23日)晚上7:30。": a span of days,
     * a lunar date or a sentence's end, which no page's stamp has.
     */
    private static final Pattern DAYS_SPAN = Pattern.compile("日\\s*(?:[—–~～至到]|-(?!\\d{2}:))|农历|農曆|[。；;]$");

    /** A line naming a body and ending in what it issues: a notice's title, never spam. */
    private static final Pattern BODY_THEN_PLAN = Pattern.compile(".*(局|委|办|政府|院|厅).*(方案|通知|计划)$");

    private Chrome() {
    }

    /**
     * The label–value pairs of a metadata line ("• 发文字号: 鼎市监质〔2024〕70号", "来源:应急管理局 | 日期:2022-05-07"),
     * or an empty map when the line does not start with a label. Labels come back without inner spaces.
     */
    static Map<String, String> metadata(String line) {
        Matcher dated = DATED.matcher(line);
        if (dated.matches()) {
            // "• 2022-09-27 发布" under a document site's title
            return new LinkedHashMap<>(Map.of("发布日期", dated.group(1)));
        }
        Matcher byline = BYLINE.matcher(line.strip());
        if (byline.matches()) {
            return new LinkedHashMap<>(Map.of("发布日期", byline.group(1)));
        }
        if (line.indexOf('[') >= 0 || line.indexOf('【') >= 0) {
            // "[ 成文日期 ] 2024-05-31 [ 发布日期 ] 2024-06-06": labels in brackets instead of before colons
            line = BRACKETED_LABEL.matcher(line).replaceAll(" $1:");
        }
        if (line.startsWith("发") && GLUED.matcher(line).lookingAt()) {
            line = GLUED.matcher(line).replaceFirst("$1:");
        }
        if (line.length() > MAX_LINE || line.indexOf(':') < 0 && line.indexOf('：') < 0 && !SPACED.matcher(line).lookingAt()) {
            return new LinkedHashMap<>();
        }
        String written = line;
        String simple = Hans.simplified(written);
        String l = BULLET.matcher(simple).replaceFirst("");
        if (SPACED.matcher(l).lookingAt()) {
            // "索取号 AC6040215-2025-014 文    号 沪市监特种20250169号": labels set off by spaces instead of colons
            l = SPACED_LABEL.matcher(l).replaceAll("$1:");
        }
        Matcher m = LABEL.matcher(l);
        Map<String, String> pairs = new LinkedHashMap<>();
        if (!m.lookingAt()) {
            // a label opens the line or it holds none (the labels after the first are found on from its end)
            return pairs;
        }
        String label = m.group(1).replaceAll("[ \\u3000\\u00a0]", "");
        int valueFrom = m.end();
        while (true) {
            boolean more = m.find();
            int valueTo = more ? m.start() : l.length();
            String value = l.substring(valueFrom, valueTo).replaceAll("^[\\s|｜]+|[\\s|｜】\\]]+$", "");
            pairs.putIfAbsent(label, value);
            if (!more) {
                break;
            }
            label = m.group(1).replaceAll("[ \\u3000\\u00a0]", "");
            valueFrom = m.end();
        }
        // "时间:" or "日期:" alone at the start of a notice's sentence is not metadata
        if (pairs.size() == 1 && (pairs.containsKey("时间") || pairs.containsKey("日期") || pairs.containsKey("名称")
                || pairs.containsKey("分类")) && !pairs.values().iterator().next().isEmpty()
                && (!STAMP.matcher(pairs.values().iterator().next()).lookingAt()
                        // "时间:9月5日-11日" over an activity: a site stamps its page with the year, a plan's day
                        // is written without it, or spans days ("时间:2016年1月30日—2016年2月7日。")
                        || MONTH_FIRST.matcher(pairs.values().iterator().next()).lookingAt()
                        // "时间:2022年4月", "时间:2022年4月下旬": a month, no day, which no page's stamp gives
                        || MONTH_NO_DAY.matcher(pairs.values().iterator().next()).lookingAt()
                        || DAYS_SPAN.matcher(pairs.values().iterator().next()).find())) {
            // (a label with nothing after it is an index table's label cell: "名称: | X的计划 |")
            return Map.of();
        }
        if (pairs.values().stream().anyMatch(v -> SENTENCE.matcher(v).find() && v.length() > 60)) {
            return Map.of();
        }
        if (!written.equals(simple)) {
            // the labels were read in simplified characters; the values stay as the page wrote them (發文機關: 國務院辦公廳)
            pairs.replaceAll((k, v) -> {
                int at = v.isEmpty() ? -1 : simple.indexOf(v);
                return at < 0 ? v : written.substring(at, at + v.length());
            });
        }
        return pairs;
    }

    /** Labels that a site's index, flattened, sets on lines of their own, each over its value's line. */
    private static final Pattern LONE_LABEL = Pattern.compile(
            "索引号|发文字号|发文机关|发布机构|成文日期|发文日期|发布日期|主题分类|有效性|标题|统一编号");
    /** "…宣传周活动的通知发文机关": the next label, run onto the end of the value before it. */
    private static final Pattern LABEL_AT_END = Pattern.compile("(?<=\\S)(" + LONE_LABEL.pattern() + ")$");
    private static final int LONGEST_LABEL = 4;
    /** How far down a page its index is looked for. */
    private static final int INDEX_LINES = 40;

    /**
     * A site's index whose table lost its cells: "标题" / "X的通知发文机关" / "某市卫生健康委员会" / "发文字号" / "…". Each
     * label and the line under it become one "label：value" line, as the index is written elsewhere; other lines stay.
     */
    static List<Block> labelsOverTheirValues(List<Block> blocks) {
        int lone = 0;
        for (int i = 0; i < Math.min(blocks.size(), INDEX_LINES); i++) {
            if (blocks.get(i) instanceof Block.Line line && line.text().strip().length() <= LONGEST_LABEL
                    && LONE_LABEL.matcher(Hans.simplified(line.text().strip())).matches()) {
                lone++;
            }
        }
        if (lone < 2) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        String pending = null;
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i) instanceof Block.Line line ? line.text().strip() : null;
            if (text != null && i < INDEX_LINES && pending == null && LONE_LABEL.matcher(Hans.simplified(text)).matches()) {
                pending = text;
                continue;
            }
            if (pending != null && text != null && !text.isEmpty()) {
                Matcher next = LABEL_AT_END.matcher(Hans.simplified(text));
                boolean glued = next.find();
                out.add(new Block.Line(pending + "：" + (glued ? text.substring(0, next.start()) : text)));
                pending = glued ? text.substring(next.start()) : null;
                continue;
            }
            out.add(blocks.get(i));
        }
        return out;
    }

    /**
     * "????????", "?? ??? ??": a line of question marks a copy left where it could not encode the characters. (Written
     * without a group repeated once a run of marks, which recursed and overflowed the stack on a long line of them.)
     */
    private static final Pattern LOST_CHARACTERS = Pattern.compile("^[?？]{2,}(?:[?？\\s]*[?？])?$");

    /** A line of page furniture or spam, not of the notice. */
    static boolean isNoise(String line) {
        String l = line.strip();
        if (LOST_CHARACTERS.matcher(l).matches()) {
            // "????????": a line whose every character the copy could not encode (a site's name, a banner)
            return true;
        }
        if (l.length() <= 80 && NOISE_WORDS.anyIn(l) && NOISE.matcher(l).find()) {
            return true;
        }
        // spam that defaced the page: a line of spam words with no sentence of the notice in it
        return l.length() <= 120 && SpamCheck.findIn(l).isPresent() && !SENTENCE.matcher(l).find()
                && !BODY_THEN_PLAN.matcher(l).matches() && SpamCheck.isSuspectName(l) && !hasOfficialWords(l);
    }

    private static boolean hasOfficialWords(String l) {
        return l.matches(".*(市场监督管理|人民政府|办公室|委员会|关于|印发|活动方案).*");
    }
}
