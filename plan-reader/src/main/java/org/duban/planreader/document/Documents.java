package org.duban.planreader.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.duban.planreader.SpamCheck;
import org.duban.planreader.text.Hans;
import org.duban.planreader.text.Scan;
import org.duban.planreader.text.Text;
import org.duban.planreader.layout.Block;
import org.duban.planreader.layout.Columns;
import org.duban.planreader.time.ChineseNumerals;
import org.duban.planreader.unit.UnitGrammar;
import org.duban.planreader.unit.UnitNames;

/** Reads the blocks of a laid-out notice into an {@link OfficialDocument}. */
public final class Documents {

    static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[（(]?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[）)]?$");
    private static final Pattern SIGNED_DATE = Pattern.compile(
            "^(\\S.{1,58}?)[\\s\u3000]*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    /** The words a notice's or a plan's title ends with, in either script: …的通知, …实施方案, …工作计划. */
    static final String TITLE_END = "通知|通報|通报|意见|意見|决定|決定|方案|计划|計劃|安排|函";
    /** What a page puts around a title on its line; {@code marks}: one of them must be in the line for it to be there. */
    private record Furniture(Pattern pattern, String marks, String lastChars) {

        Furniture(String regex) {
            this(Pattern.compile(regex), "", "");
        }

        Furniture(Pattern pattern, String marks) {
            this(pattern, marks, "");
        }

        /**
         * Furniture at a line's end, that only a line ending in one of {@code lastChars} may hold: the pattern is not
         * tried at every character of the others.
         */
        static Furniture atTheEnd(String regex, String lastChars) {
            return new Furniture(Pattern.compile(regex), "", lastChars);
        }

        /** Off the line where it is (every line of a notice's head is asked). */
        String offOf(String line) {
            if (!lastChars.isEmpty()) {
                return !line.isEmpty() && lastChars.indexOf(line.charAt(line.length() - 1)) >= 0 ? off(line) : line;
            }
            for (int k = 0; k < marks.length(); k++) {
                if (line.indexOf(marks.charAt(k)) >= 0) {
                    return off(line);
                }
            }
            return marks.isEmpty() ? off(line) : line;
        }

        private String off(String line) {
            Matcher m = pattern.matcher(line);
            if (pattern.pattern().startsWith("^")) {
                // what stands at the line's start is looked for there only, not tried again at each character after it
                return m.lookingAt() ? line.substring(m.end()) : line;
            }
            return m.replaceFirst("");
        }
    }

    /**
     * What a site puts around a title, taken off in this order: pipes at its edges, a channel before a pipe, 【栏目】,
     * (此件公开发布), a channel's name, the 文号 in brackets after it.
     */
    private static final Pattern EDGE_FURNITURE = Pattern.compile("^[|｜\\s•·●❶-❿①-⑳]+|[|｜\\s]+$");
    /** "X【第1篇】", "X【第一篇】", "X 『范文1』": a content farm's sample number in a bracket of the site's. */
    private static final Furniture SAMPLE_BRACKETED = Furniture.atTheEnd(
            "(?<=方案|计划|計劃|通知|要点|要點|安排)\\s*[『【\\[［]\\s*(?:第?[0-9一二三四五六七八九十]{1,3}篇|(?:范文|範文|精选|精選|通用)?[0-9]{1,2})\\s*[』】\\]］]$",
            "』】]］");
    /**
     * A document site's boilerplate before the title of the file it sells: "精品文档---下载后可任意编辑2024 年…计划",
     * ".精品文档.民族街道…方案".
     */
    private static final Furniture DOC_SITE_BOILERPLATE = new Furniture(
            "^[.．·\\-—\\s]*(?:精品文档|精品文檔)[.．·\\-—\\s]*(?:下载后可任意编辑|下載後可任意編輯)?\\s*"
                    + "|^(?:下载后可任意编辑|下載後可任意編輯)\\s*");
    private static final List<Furniture> TITLE_FURNITURE = List.of(
            // a page's time stamp before its heading: "2023-05-21 10:55:52 食品安全活动方案"
            new Furniture("^\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+(?=\\D)"),
            // the site's name after the title: "…的意见-湖南省人民政府门户网站…", "…方案_某某网"
            new Furniture(Pattern.compile("\\s*[-_—]\\s*[\\u4e00-\\u9fa5]{2,20}(?:门户网站|门户网|政府网|网站|网)(?:[-_—].*|\\S*)$"), "-_—"),
            new Furniture(Pattern.compile("^.*\\s[|｜]\\s*"), "|｜"), new Furniture("^【[^】]{1,30}】"),
            // a content farm's search words in square brackets before the title: "[2019世界水日的主题]2019年“世界水日”…"
            new Furniture(Pattern.compile("^\\[(?![^\\]]*号)[^\\]]{0,30}[\\u4e00-\\u9fa5][^\\]]{0,30}\\](?=\\S)"), "["),
            new Furniture("^[（(]此件[^）)]{0,8}[）)]"),
            new Furniture("^(政府信息公开|信息公开|通知公告|政策文件|文件通知|政策法规)\\s*"),
            // a 政府信息公开 index's label before the title, and an empty label after it: "名  称: X", "名称 X 文号"
            new Furniture("^(?:名[ \u3000]*称|标[ \u3000]*题)(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)"),
            Furniture.atTheEnd("[ \u3000]+文[ \u3000]*号[ \u3000]*[:：]?$", "号:："),
            // a content farm's word before a notice's title: "最新关于五一活动通知" (as "最新…方案合集"), with its year
            // before any title ("2016年最新全民國防教育日主題活動方案"), or in brackets after it ("…工作方案(2017年最新)");
            // its praise of its copy in brackets after a title ("…方案(精选文档)", "…方案(全文完整)", "…方案(范文推荐)")
            new Furniture("^(?:最新|精选|精選)(?=关于|關於)"),
            DOC_SITE_BOILERPLATE,
            new Furniture("^(?:19|20)\\d{2}年最新(?=[\\u4e00-\\u9fa5“\"])"),
            Furniture.atTheEnd("(?<=" + Documents.TITLE_END
                    + ")\\s*[（(](?:(?:(?:19|20)\\d{2}年?)?最新(?:版|整理|汇总|彙總)?|全文完整|完整版"
                    + "|(?:精选|精選|精品|优秀|優秀|范文|範文)(?:文档|文檔|范文|範文|推荐|推薦))[）)]$", "）)"),
            Furniture.atTheEnd("[（(][^（()）]{0,20}〔\\d{4}〕\\s*\\d+\\s*号[）)]$", "）)"),
            // a content farm's word for its copy after a title's last word: "…活动方案范文", "…实施方案一览",
            // "…活動方案作文", "…工作活动方案模板"
            Furniture.atTheEnd("(?<=" + Documents.TITLE_END + ")(?:范文|範文|一览|一覽|文稿|作文|模板|模版)$", "文览覽稿板版"),
            // a content farm's year after a title's last word: "国际档案日系列宣传活动实施方案2020" (a title puts its year first)
            Furniture.atTheEnd("(?<=" + Documents.TITLE_END + ")\\s*(?:19|20)\\d{2}$", "0123456789"),
            // the 文号 after the title on its line: "关于开展…活动的通知 发改环资〔2021〕1157号"
            Furniture.atTheEnd("(?<=" + Documents.TITLE_END
                    + ")\\s*[\\u4e00-\\u9fa5]{1,12}[〔\\[［]\\d{4}[〕\\]］]\\s*\\d{1,4}\\s*号$", "号"),
            // last, as what the others take off may stand after it
            SAMPLE_BRACKETED);
    /** A document site's file name: "…活动方案 1.docx", "…行动计划.pdf", "…方案.wps资料文档下载". */
    private static final Pattern FILE_NAME = Pattern.compile("^(.{6,80}?)(?:\\s+\\d{1,2})?\\.(?:" + Text.OFFICE_FILE
            + ")(?:资料)?(?:文档)?(?:下载)?$",
            Pattern.CASE_INSENSITIVE);
    /** A document site's caption of a page's picture: "世界标准日宣传活动_第1页", "…方案.docx_第1页". */
    private static final Pattern PAGE_CAPTION = Pattern.compile(
            "^(.{6,80}?)(?:\\.(?:" + Text.OFFICE_FILE + "))?_第\\d{1,3}页$", Pattern.CASE_INSENSITIVE);
    /** A 文号's year in its brackets: "〔2019〕", "[2019]", "(2021)" as many sites write them. */
    private static final String BRACKETED_YEAR = "[〔\\[［(（]\\d{4}[〕\\]］)）]";
    /** The 文号 run into a title line: "新安委〔2019〕7号新乡市人民政府…的通知". */
    private static final Pattern DOC_NUMBER_BEFORE = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{1,10}" + BRACKETED_YEAR + "\\s*\\d{1,4}\\s*号\\s*(?=[\\u4e00-\\u9fa5《“])");
    /** The arrows of a breadcrumb before a title: "首页 > 教育范文 > 活动方案 > X". */
    private static final String ARROWS = ">＞»";
    /** How many characters a breadcrumb's step holds at most. */
    private static final int BREADCRUMB_STEP = 20;

    /**
     * The line without the breadcrumb before its title: steps of one to twenty characters, each closed by an arrow and
     * perhaps spaces ("首页 > 教育范文 > 活动方案 > X" → "X"), as {@code ^(?:[^>＞»]{1,20}[>＞»]\s*)+} took them (read by
     * hand: that pattern recursed once a step and overflowed the stack on a long line of arrows).
     */
    static String withoutBreadcrumb(String line) {
        int at = 0;
        while (true) {
            int arrow = at;
            while (arrow < line.length() && arrow - at <= BREADCRUMB_STEP && ARROWS.indexOf(line.charAt(arrow)) < 0) {
                arrow++;
            }
            if (arrow == at || arrow - at > BREADCRUMB_STEP || arrow == line.length()) {
                return line.substring(at);
            }
            at = arrow + 1;
            while (at < line.length() && Text.isPatternSpace(line.charAt(at))) {
                at++;
            }
        }
    }
    /** A content farm's collection of samples: "X(通用14篇)", "X精品9篇", "X模板8篇". */
    private static final Pattern COLLECTION = Pattern.compile(
            "\\s*[（(]?(?:精选|精選|通用|优秀|優秀|实用|實用|专业|專業|精品|模板|范文|範文|汇总|彙總|汇编|彙編|合集|大全|最新|热门|熱門|推荐|推薦)?"
                    + "[0-9一二三四五六七八九十]{1,3}篇[）)]?$");
    private static boolean isCollection(String line) {
        return line.indexOf('篇') >= 0 && COLLECTION.matcher(line.strip()).find();
    }

    /** The collection's first sample: "X篇1", "X 1", "X(2)", "X通用10". */
    private static final Pattern SAMPLE_NO = Pattern.compile(
            "(?<=方案|计划|計劃|通知|要点|要點|安排|策划|策劃|策划书|策劃書)\\s*(?:篇?\\s*(?:通用|精选|精選|范文|範文)?[0-9]{1,2}"
                    + "|[（(][0-9]{1,2}[）)])$");
    /** "X 篇一", "X(专业18篇)篇一": the same in Chinese numerals, maybe after the collection's count. */
    private static final Pattern SAMPLE_NO_HAN = Pattern.compile(
            "(?<=方案|计划|計劃|通知|要点|要點|安排|策划|策劃|策划书|策劃書|[）)])\\s*篇[一二三四五六七八九十]{1,3}$");
    /** "X方案一": the same glued to the title, without 篇 (one numeral: "方案一" ends no plan's own title). */
    private static final Pattern SAMPLE_NO_GLUED = Pattern.compile("(?<=方案|计划|計劃|安排)[一二三四五六七八九十]$");
    /** A sample's number before its title: "第一篇:区医保局基金监管工作方案". */
    private static final Pattern SAMPLE_FIRST = Pattern.compile("^第[一二三四五六七八九十0-9]{1,3}篇\\s*[:：]\\s*");
    private static final Pattern SPACE_RUNS = Pattern.compile("[ \u3000]{2,}");
    /** "附件2：", "附件：1." before the attached plan's title. */
    private static final Pattern ATTACHMENT_MARK = Pattern.compile("^附件\\s*\\d*\\s*[:：]?\\s*(?:\\d{1,2}\\s*[.、．]\\s*)?");
    private static final Pattern SPACE_BETWEEN_WORDS = Pattern.compile("(?<=[\\u4e00-\\u9fa5》”)）])\\s+(?=[\\u4e00-\\u9fa5《“(（])");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})");
    static final Pattern ISSUER_ENDING = Pattern.compile(
            ".*(局|委员会|委|办公室|办|人民政府|政府|厅|中心|院|所|队|部|会|处|科|股|领导小组|指挥部|小组|管委会|街道办事处|办事处|公司|联席会议"
                    // "中共四川省扶贫和移民工作局党组": a body's Party group signs its own plans
                    + "|党组)$");
    /** "…2024年第四季度重点工作任务完成情况": a page of the plan's tasks and how far each has come. */
    private static final String PROGRESS_PAGE = "任务完成情况|工作完成情况";
    private static final Pattern TITLE_WORDS = Pattern.compile("方案|计划|要点|通知|安排|意见|办法|清单|分解|分工|部署|指引|细则|决定|通报|策划"
            + "|" + PROGRESS_PAGE);
    /**
     * What a plan's title ends with, perhaps with what a content farm puts after it ("…活动方案设计", "…方案策划大纲",
     * "縣春季義務植樹造林活動策劃").
     */
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "(方案|计划|要点|清单|分解|分工|指引|细则|安排|办法|实施意见|台账|策划|重点工作任务|目标任务"
                    // "…城乡生活污水新增纳管任务一览表": a table of tasks, titled as one
                    + "|任务(?=(?:一览表|表|清单)$)"
                    + "|" + PROGRESS_PAGE
                    + ")(表|一览表|清单|设计|策划|策划书|书|大纲|策划大纲)?$");
    /** "…文艺活动安排公告": a notice that calls itself a public announcement, with or without 关于. */
    private static final Pattern NOTICE_WORDS = Pattern.compile("(公告|通告)$");
    private static final Pattern NOT_A_TITLE_START = Pattern.compile("^(按照|根据|依据|为了|为|经|现|请|各|附件|现将|结合|围绕|今年|在(?!.{4,36}(?:实施方案|工作方案)$)|由)");
    private static final Pattern ISSUED_IN_BODY = Pattern.compile(
            "^(?:现将)?《([^《》]{4,80})》(?:[和、及与]《[^《》]{4,80}》)*(?:已经[^，,。]{1,20}同意[，,]\\s*)?(?:现)?(?:印发|予以印发|转发|下发)给你们");
    private static final Pattern ATTACHED_PLAN = Pattern.compile("^附件\\s*[:：]\\s*(?:1\\s*[.、．]\\s*)?(.{4,80}?)$");
    private static final int FLATTENED_PAGE = 200;
    /** The mark after an item's number in digits: "1、", "1." (not "1.5"). */
    private static final String ARABIC_MARK = "(?:、|[.．](?!\\d))";
    private static final Pattern FLATTENED_MARK = Pattern.compile("[ \\u3000\\u00a0]+(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]"
            + "|\\d{1,2}" + ARABIC_MARK + "|(?:责任|牵头|配合|协办)单位[:：]|完成时限[:：]|附件[:：])");
    /** "(一)准备、实施阶段(3月25-31日) 主要任务:制定…": a heading closed by its bracket, a space, then a label's line. */
    private static final Pattern HEADING_THEN_LABEL = Pattern.compile("^((?:[（(][一二三四五六七八九十]{1,3}[）)]"
            + "|[一二三四五六七八九十]{1,3}、|\\d{1,2}[、.．])[^\\s]{2,40}[）)])[ \\u3000\\u00a0]+(?=[\\u4e00-\\u9fa5]{2,6}[:：])");
    /** The mark of a list's first item: "1、", "1.", "（1）". */
    private static final String FIRST_ITEM = "(?:1" + ARABIC_MARK + "|[（(]1[）)])";
    /** The mark of a part's or a section's heading: "一、", "（一）". */
    private static final String PART_MARK = "(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)";
    private static final Pattern HEADING_THEN_ITEM = Pattern.compile(
            "^(" + PART_MARK + "[\\u4e00-\\u9fa5“”\"]{2,30})"
                    // a space where the line broke, or nothing before a first item of words ("…下功夫1.清理农村生活垃圾")
                    + "(?:[ \\u3000]+(" + FIRST_ITEM + "\\S)|(" + FIRST_ITEM + "[\\u4e00-\\u9fa5]))"
                    // "（四）提升综合治理，净化铁路环境4.常态化开展…", "（一）打造对台合作平台4.推动…": a page run together, its
                    // items numbered on from part to part (or as the plan a division takes them from), the first glued
                    // to the part's heading
                    + "|^(" + PART_MARK + "[\\u4e00-\\u9fa5“”\"，]{2,30}?)"
                    + "(\\d{1,2}" + ARABIC_MARK + "[\\u4e00-\\u9fa5“])");
    /**
     * "(牵头单位:…;责任单位:…)", "〔责任单位:县政府各部门,各镇人民政府(街道办事处)〕": an item's fields in their bracket,
     * eight bracketed notes in them at most (without a bound the pattern recursed once a note, and a line of thousands
     * overflowed the stack).
     */
    private static final String FIELDS_BRACKET = "[（(〔](?:牵头|责任|配合|协办|主办|承办)(?:单位|部门)"
            + "[:：][^（()）〔〕]{1,80}(?:[（(][^（()）]{1,12}[）)][^（()）〔〕]{0,80}){0,8}[）)〕]";
    /** The mark of an item or a part's heading, words right after it: "2.", "3、", "（二）", "二、". */
    private static final String NEXT_MARK = "(?=\\d{1,2}[.、．](?!\\d)\\S|[（(][一二三四五六七八九十\\d]{1,3}[）)]\\S"
            + "|[一二三四五六七八九十]{1,3}、\\S)";
    private static final Pattern FIELDS_THEN_ITEM = Pattern.compile("^(\\s*" + FIELDS_BRACKET + ")\\s*" + NEXT_MARK);
    /** The words a bracket says who leads a piece of work or takes part with: "（A牵头，B参与）", "（C负责）". */
    public static final String DOERS_WORDS = "牵头|负责|参与|配合|指导|牽頭|負責|參與|指導";
    /** A bracket saying who leads a piece of work, takes part or guides it: "（A牵头，B参与）", "（C负责）", "（D指导）". */
    private static final String DOERS_BRACKET = "[（(][^（()）]{0,120}?(?:" + DOERS_WORDS + ")[^（()）]{0,120}[）)]";
    /**
     * "…报送并向社会公开。〔牵头单位:县政府办公室〕 3.县政府常务会议…", "…增长11%左右。(省发改委负责)(二)公共财政…": an item's
     * fields, or the bracket of who does it, then the next item run on.
     */
    private static final Scan FIELDS_BEFORE_ITEM = Scan.after(Pattern.compile("(?<=[。；;])\\s*(?:" + FIELDS_BRACKET
            + "|" + DOERS_BRACKET + ")[ \\u3000]*" + NEXT_MARK), "。；;", false);
    /** "3走进商场…": a number that lost its mark; not a day, month or count ("4月27日,联合…", "5个村", "2名"). */
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,2})(?=[\\u4e00-\\u9fa5])"
            + "(?![月日号號时時点點年个個名家项項次场場期批所条條人天周週户戶台臺辆輛件万萬千百十份元届屆位套篇处處吨噸亩畝米倍])");
    /** "11.121人才梯队项目": an item's number and dot before a name that opens with three digits or more. */
    private static final Pattern NUMBER_BEFORE_DIGITS = Pattern.compile("^\\s*(\\d{1,2})[.．](?=\\d{3,}[\\u4e00-\\u9fa5“\"])");
    /** "、組織全局部分干部…": an item's mark whose number was lost, the words right after it. */
    private static final Pattern LOST_DIGIT = Pattern.compile("\\s*、(?=[\\u4e00-\\u9fa5“\"《])");
    /** So many paragraphs at least, counting up from one, before their bare numbers are taken for a list's. */
    private static final int MIN_BARE_ITEMS = 3;
    /**
     * A point counted off inside a paragraph, after a sentence or at the paragraph's very start ("①3月,下发…"); a
     * circled one also after the colon that opens its list ("2、特定检查:①.清明前夕,…;②.五一期间,…"), where a bracketed
     * one ("丽景花园二期:(1)车辆乱停;(2)…") counts off the parts of one point.
     */
    private static final Scan INLINE_ITEM = Scan.after(Pattern.compile(
            "(?:^|(?<=[。；;）)]))\\s*([（(]\\d{1,2}[）)]|[①-⑳])|(?<=[:：])\\s*([①-⑳])"), "。；;）):：", true);
    private static final Pattern GLUED_TITLE = Pattern.compile("^\\s*(?:第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页|\\d{1,2}、)?\\s*"
            + "((?:(?:19|20)[0-9Xx]{2}\\s*年?\\s*)?(?:[^\\s。，,：:；;《》“”\"〞]|(?<=年|季)[ \\u3000](?=\\S)|[“\"][^\\s。，,：:；;“”\"〞]{1,20}[”〞\"]){4,50}?(?:实施方案|活动方案|工作方案|方案|的通知|活动安排|工作安排|计划|工作要点))"
            // a document site's word for its copy after the title ("…工作方案文稿为深入贯彻…") is no part of it
            + "(?:文稿|范文)?(?=\\s+\\S|为了|为|根据|按照|今年|各"
            // "…宣传活动方案20xx年5月31日是…": the opening sentence starts with its date
            + "|(?:19|20)[0-9Xx]{2}年\\d{1,2}月|\\d{1,2}月\\d{1,2}日是"
            // "…活动方案“三八”国际劳动妇女节是…": the opening sentence starts with the day it quotes
            + "|“[^”]{1,12}”[\\u4e00-\\u9fa5]{0,12}(?:节|日|周|月)是)");
    /** Glued to a title is the notice's first sentence, not a few words of a heading. */
    private static final int MIN_OPENING = 30;
    /**
     * "关于印发《X》的通知", and "…办公厅转发市交通运输局关于X的通知": the plan printed or forwarded, its own title (关于X);
     * also "平潭综合实验区管委会办公室印发X的通知", the body that prints it named right before 印发, without 关于.
     * {@link #printedPlan} reads it.
     */
    private static final Pattern PRINTED_PLAN = Pattern.compile(
            "(?:关于(?:印发|转发|下发|发布)《?(.+?)》?|转发[^《》〈〉关]{2,30}?(关于.{4,}?)"
                    + "|(?<=[局厅委办室府部])印发《?(.+?)》?(?=的通知$))(?:的通知)?$");
    /** The plan a notice's title prints or forwards, cut from the title as written (traditional characters too). */
    private static String printedPlan(String title, Matcher printed) {
        int group = printed.start(1) >= 0 ? 1 : printed.start(2) >= 0 ? 2 : 3;
        return title.substring(printed.start(group), printed.end(group));
    }

    private static final Pattern TITLE_ISSUER = Pattern.compile(
            "^(国务院|.{2,40}?(?:局|委员会|人民政府|政府|厅|办公室|领导小组|指挥部|委|办|部|署|中心|残联|妇联|科协|团委|总工会|协会|联合会))"
                    // "威海市商务局 2017 年…", "红桥区市场监管局2020网络…", "某市市场监督管理局“202x 网剑行动”"
                    // "太原市人民政府办公厅转发市交通运输局关于…": the body that forwards another's document issues it
                    + "(?:关于|转发|\\s*(?:19|20)[\\dxX×]{2}\\s*年?|[“\"])");
    /**
     * "卢市镇关于…的通知", "扶余市人民政府督查室关于…", "四屯镇中心学校关于…": whatever body stands before the title's 关于
     * issued it, whatever its name ends with.
     */
    private static final Pattern BODY_BEFORE_ABOUT = Pattern.compile("^([\\u4e00-\\u9fa5（）()]{2,40}?)关于");
    private static final Pattern YEAR_THEN_ISSUER = Pattern.compile("^(?:19|20)\\d{2}\\s*年度?\\s*"
            + "([\\u4e00-\\u9fa5]{2,24}?(?:局|委员会|人民政府|厅|办公室|中心))(?=[\\u4e00-\\u9fa5“\"])");
    /**
     * A bureau named without where it is ("教育局20XX年“安全教育周”活动方案", "市场监督管理局关于…"): a template's title,
     * naming no issuer; a national body needs no place (市场监管总局办公厅, 教育部办公厅).
     */
    private static final Pattern BARE_BUREAU = Pattern.compile("^(?!.{0,12}?[省市县区州盟旗镇乡村](?!场))(?!.*总局).*局$");
    /** What a line that is half of a title never holds: site furniture, times, exclamations, colons. */
    private static final Pattern NOT_TITLE_PART = Pattern.compile(
            "[|｜!！:：【】]|\\d{1,2}:\\d{2}|\\d{4}-\\d{1,2}-\\d{1,2}|^[（(]|" + BRACKETED_YEAR + "\\s*\\d+\\s*号"
                    // a document site's file name is a whole title or none
                    + "|\\.(?:" + Text.OFFICE_FILE + ")$");
    /** How many characters a word of a site's menu holds at most. */
    private static final int MENU_WORD = 6;
    /** The labels of a page's index that name where it is filed, not what it is. */
    private static final Set<String> CHANNEL_LABELS = Set.of("公开目录", "所属栏目", "信息类别", "信息分类", "主题分类", "分类");

    /** A line that is the value of one of the page's channel labels ("公开目录: 县政府办文件"). */
    private static boolean isChannel(String line, Map<String, String> metadata) {
        for (String label : CHANNEL_LABELS) {
            if (line.equals(metadata.get(label))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "首页 新闻 政务公开 办事服务", "人人范文网 范文大全": a site's name or menu over the page, two words or more of one to six
     * characters set apart by spaces (an ideographic space may stand inside a word or between words), as the pattern
     * {@code (?:[^\s]{1,6}[\s\u3000]+)+[^\s]{1,6}} says of the whole line. Read in one pass: that pattern, matched
     * against a long line of words (a page flattened with spaces), recursed once a word and overflowed the stack.
     */
    static boolean isSiteMenu(String line) {
        int n = line.length();
        // wordEnds[i]: a word ends at i; apart[i]: at i, one space or more after a word; run[i]: the characters that
        // are no ASCII space right before i
        boolean[] wordEnds = new boolean[n + 1];
        boolean[] apart = new boolean[n + 1];
        int[] run = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            char c = line.charAt(i - 1);
            run[i] = Text.isPatternSpace(c) ? 0 : run[i - 1] + 1;
            apart[i] = (wordEnds[i - 1] || apart[i - 1]) && (Text.isPatternSpace(c) || c == '\u3000');
            for (int length = 1; length <= MENU_WORD && length <= run[i] && !wordEnds[i]; length++) {
                wordEnds[i] = i - length == 0 || apart[i - length];
            }
        }
        for (int length = 1; length <= MENU_WORD && length <= run[n]; length++) {
            if (apart[n - length]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "即时比分办公厅关于印发《辽宁省 / 进一步规范…》的通知": a mirror's spam where the issuer's name stood, the title going on
     * after it (and on the next line) with no spam of its own.
     */
    private static boolean spamWhereTheIssuerStood(String line) {
        int about = line.indexOf("关于");
        return about > 0 && SpamCheck.findIn(line.substring(0, about)).isPresent()
                && SpamCheck.findIn(line.substring(about)).isEmpty();
    }

    /** Menu entries of two letters and more (首页, 部门简介) on one line: a menu, never a title's words spaced out (工 作 方 案). */
    private static final int MIN_MENU_ENTRIES = 3;

    private static boolean isMenuOfWords(String line) {
        return isSiteMenu(line)
                && Arrays.stream(line.split("[\\s\u3000]+")).filter(w -> w.length() >= 2).count() >= MIN_MENU_ENTRIES;
    }

    /** A year in a title: "2010年…", "2017消防宣传月…". */
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");
    /** A site's index of a notice has a handful of rows; a table of tasks is no index. */
    private static final int MAX_METADATA_ROWS = 8;
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]{1,12}[）)]$");
    private static final Pattern BARE_TIMESTAMP = Pattern.compile(
            "^[•·\\s]*\\d{4}-\\d{1,2}-\\d{1,2}(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?$"
                    // "  • 2023年09月15日" under a page's title: a site's bullet sets it apart from any date of the notice's
                    + "|^\\s*[•·]\\s*\\d{4}年\\d{1,2}月\\d{1,2}日$");
    /** A page's date and time before the site's name or source: never a sentence of the notice. */
    private static final Pattern STAMP_THEN_SITE = Pattern.compile(
            "^(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+[^\\s。，,；;]{2,20}(?:[:：]\\s*[^\\s。，,；;]{1,20})?$");
    private static final int MAX_STAMP_LINE = 50;
    /** A page's day and time opening a line of its labels: "2010-06-23 15:47     来源:…     作者:…". */
    private static final Pattern STAMP_BEFORE_LABELS = Pattern.compile(
            "^(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+"
                    + "(?=来源|來源|作者|编辑|編輯|责任编辑|責任編輯|浏览|瀏覽|点击|點擊|发布|發布|字号|字號)");
    /**
     * A page's day written out with its time of day (and perhaps the site's name), or with the page's font-size control
     * after it: "2014年03月21日 11:26:24     柯城新闻网", "2021年11月15日 【字号:大 中 小】". A day and an hour may open a line of a
     * schedule too ("2023年6月5日 9:30 县政府广场"), so only a line at the page's head is read so.
     */
    private static final Pattern WRITTEN_STAMP = Pattern.compile("^(\\d{4}年\\d{1,2}月\\d{1,2}日)(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "(?:\\s+[^\\s。，,；;]{2,20})?|\\s*【字号.*)$");
    /** A content farm's day, its slashes run into its channel's name: "2025/11/11优秀方案". */
    private static final Pattern SLASHED_STAMP = Pattern.compile("^(\\d{4}/\\d{1,2}/\\d{1,2})[\\u4e00-\\u9fa5]{2,8}$");
    /** How many lines of a page's head may stand over its written stamp. */
    private static final int MAX_ENTRIES_OVER_A_STAMP = 4;
    /** A page's date with its time of day among the words of its byline: "文化   2024-09-30 19:41   甘肃". */
    private static final Pattern BYLINE_STAMP = Pattern.compile(
            "^[^。，,；;：:]{0,24}?(?<![\\d-])(\\d{4}-\\d{1,2}-\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?[^。，,；;：:\\d]{0,20}$");
    /**
     * The day a page was published, where a line holds it among its byline's words: "2020-01-22 来源:星星旅游",
     * "2023-08-10 10:42:39 高考在线" (the stamp first), "大众新闻·海报新闻 2026-03-02 10:55:02原创" (a time of day with
     * it); at the page's head also the day written out with its hour ("2014年03月21日 11:26:24 柯城新闻网") or the
     * page's font-size control ("2021年11月15日 【字号:"); null for any other line.
     */
    private static String pageStamp(String text, boolean atTheHead) {
        if (atTheHead) {
            Matcher written = WRITTEN_STAMP.matcher(text);
            if (written.matches()) {
                return written.group(1);
            }
            Matcher slashed = SLASHED_STAMP.matcher(text);
            if (slashed.matches()) {
                return slashed.group(1).replace('/', '-');
            }
        }
        if (text.indexOf('-') <= 0) {
            // each stamp is written 2020-01-22
            return null;
        }
        Matcher labelled = STAMP_BEFORE_LABELS.matcher(text);
        if (labelled.lookingAt()) {
            // "2020-02-10 00:00:00 来源: 施秉县人民政府门户网站 作者:县发改局 责任编辑:康康": the day before the page's labels
            return labelled.group(1);
        }
        if (text.length() > MAX_STAMP_LINE) {
            return null;
        }
        Matcher stamp = Character.isDigit(text.charAt(0)) ? STAMP_THEN_SITE.matcher(text) : null;
        if (stamp != null && stamp.matches()) {
            return stamp.group(1);
        }
        Matcher byline = BYLINE_STAMP.matcher(text);
        return byline.matches() ? byline.group(1) : null;
    }

    /** A publication stamp among a document site's file facts: a date after 发布 with its time of day. */
    private static final Pattern STAMPED = Pattern.compile(
            "(?:发布|發布|发表|發表|上传|上傳)(?:时间|時間|日期|于|於)?\\s*[:：]?\\s*(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}"
                    // "发布者:耿刚发布时间:2020-07-10浏览次数:711": a site's labels run together, the day with no hour
                    + "|(?=\\s*(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問|来源|來源|作者|编辑|編輯|$)))");
    /** How much a page's heading may put before the title it repeats, and how long that title is at least. */
    private static final int MAX_HEADING_PREFIX = 8;
    private static final int MIN_OWN_TITLE = 8;
    /** What a mirror puts after a title, behind a dash or an underscore. */
    private static final Pattern SPAM_TAIL = Pattern.compile("\\s*[-_—|｜]+\\s*([^-_—|｜]{2,40})$");
    private static final Pattern BANNER = Pattern.compile("^.{0,40}?[!！]\\s*");
    private static final Pattern RUN_OF_DIGITS = Pattern.compile("^(\\d{4})\\s*(\\d{2,4})$");
    /** A body's name standing alone over a title: a place and a body ("北正社区居民委员会"), not a page's "头部". */
    private static final int MIN_MASTHEAD = 5;
    private static final int MAX_MASTHEAD = 30;
    private static final Pattern MASTHEAD = Pattern.compile("^(.{2,40}?)(?:文件|文件通知|函)$");
    /** A title's first words, which a masthead never has (关于转发省政府文件 / 的通知 is a title). */
    private static final Pattern TITLES_OPENING = Pattern.compile("^(?:关于|印发|转发)");

    /** Whether the lines read so far end as a masthead does (全国…工作领导小组 文件), not a title's first part. */
    private static boolean isMastheadsEnd(String run) {
        String squeezed = Text.withoutSpaces(run);
        return squeezed.endsWith("文件") && MASTHEAD.matcher(squeezed).matches()
                && !TITLES_OPENING.matcher(squeezed).find();
    }
    /**
     * "来源：中国平潭 附件下载" at a line's end: the page's source and its attachments' link after the notice's words (the
     * spaces before them lost where the page's run-together line was cut into its items).
     */
    private static final Pattern PAGES_TAIL = Pattern.compile("(?:\\s*来源\\s*[:：]\\s*([^\\s。，,；;：:]{2,40}?))?\\s*附件下载$");
    private static final Pattern RECIPIENTS = Pattern.compile("^[^。]{2,300}[:：]$");
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d*\\s*[:：.．、]?");
    private static final Pattern NOT_RECIPIENTS = Pattern.compile("^(联系人|附件|电话|地址|抄送|主题词|印发|发布|来源|时间|日期|活动|工作|任务|标题|名称).*");
    /** Where the notice's head ends: its first top-level heading (一、). */
    private static final int MAX_HEAD_LINES = 60;

    private static final Pattern IN_BOOK_MARKS = Pattern.compile("《[^《》]+》");

    private Documents() {
    }

    public static OfficialDocument read(List<Block> blocks) {
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        boolean inForm = false;
        for (Block block : Chrome.labelsOverTheirValues(stampsApartFromTitles(blocks))) {
            if (block instanceof Block.Line line) {
                String text = line.text().strip();
                Matcher tail = text.endsWith("附件下载") ? PAGES_TAIL.matcher(text) : null;
                if (tail != null && tail.find() && tail.start() > 0) {
                    // "…责任单位：党政办、交通与建设处 来源：平潭综合实验区苏平片区管理局 附件下载": the page's source and its
                    // download link run on after the notice's last words, no part of them (nor of a unit's name)
                    if (tail.group(1) != null) {
                        metadata.putIfAbsent("来源", tail.group(1));
                    }
                    text = text.substring(0, tail.start()).strip();
                }
                Map<String, String> pairs = Chrome.metadata(text);
                if (pairs.size() == 1 && (pairs.containsKey("时间") || pairs.containsKey("日期")) && !entries.isEmpty()
                        && Numbering.markerOf(entries.get(entries.size() - 1).text) != null) {
                    // "（二）科技宣传 / 时间:2024年1月19日上午9:00—12:00 / 地点:…": under an item its time, no page's stamp
                    pairs = Map.of();
                }
                if (pairs.isEmpty() && BARE_TIMESTAMP.matcher(text).matches()) {
                    // "• 2021-04-16 16:05:50" under the title: the site's publication time
                    pairs = Map.of("发布时间", text.replaceAll("^[•·\\s]+", ""));
                }
                String stamped = pairs.isEmpty() ? pageStamp(text, entries.size() <= MAX_ENTRIES_OVER_A_STAMP) : null;
                if (stamped != null) {
                    // the line still parts the page's heading from the notice's title below it
                    metadata.putIfAbsent("发布时间", stamped);
                }
                if (pairs.isEmpty() && text.length() <= 120 && text.indexOf('。') < 0 && text.indexOf('-') > 0) {
                    // "大小:474.2KB 6页 发布时间: 2024-05-06 13:38:21 9.96k", "发布 2021-11-15 04:54:28 阅读 8069"
                    Matcher stamp = STAMPED.matcher(text);
                    if (stamp.find()) {
                        pairs = Map.of("发布时间", stamp.group(1));
                    }
                }
                if (!pairs.isEmpty()) {
                    pairs.forEach((label, value) -> putEarlier(metadata, label, value));
                } else if (!Chrome.isNoise(text) && !text.isEmpty()) {
                    if (text.charAt(0) == '?') {
                        // "???(一)第一检查督导组": the full-width spaces that indented the paragraph, lost to '?' by a
                        // copy that could not encode them; no sentence opens with a question mark
                        text = LOST_INDENT.matcher(text).replaceFirst("");
                    }
                    if (inForm) {
                        // the lines of a blank form attached after the signature, to the next attachment that is none
                        inForm = !NEXT_ATTACHMENT.matcher(text).lookingAt() || FORM_ATTACHED.matcher(text).lookingAt();
                        if (inForm) {
                            continue;
                        }
                    }
                    Cut cut = withoutAttachedForms(text);
                    inForm = cut.endsInAForm();
                    for (String part : inlineItems(cut.line())) {
                        entries.add(new Entry(part, null, entries.size()));
                    }
                }
            } else if (block instanceof Block.Table table && !inForm) {
                List<List<String>> rows = table.rows();
                int index = indexRows(rows);
                Map<String, String> pairs = metadataTable(rows.subList(0, index));
                if (pairs.isEmpty()) {
                    entries.add(new Entry(null, rows, entries.size()));
                } else {
                    pairs.forEach(metadata::putIfAbsent);
                    if (index < rows.size()) {
                        entries.add(new Entry(null, rows.subList(index, rows.size()), entries.size()));
                    }
                }
            }
        }
        List<String> texts = new ArrayList<>();
        int lastTableAt = -1;
        for (Entry e : entries) {
            if (e.text != null) {
                texts.add(e.text);
            } else {
                lastTableAt = texts.size();
            }
        }
        int head = headEnd(texts);
        Signature signature = signature(texts);
        Titles titled = titledBelowTheCover(titles(texts, head, metadata), texts, signature);
        Titles titles = ownLineBelowTheCover(titled, texts, signature);
        LocalDate signed = signature.date != null ? signature.date : signedInline(texts);
        LocalDate date = signed != null ? signed : metadataDate(metadata);
        String signer = signature.issuer == null && signature.date == null ? signedInlineBy(texts) : null;
        List<String> issuers = issuers(texts, signer == null ? signature
                : new Signature(signer, signature.date, signature.line, signature.from), titles, metadata);
        int addressed = recipientsLine(texts, head);
        List<String> recipients = recipients(texts, addressed);

        Set<Integer> used = new LinkedHashSet<>(titles.lines);
        // the signature and its date close the notice: no item above them goes on into them (nor takes their date)
        for (int k = signature.from(); k >= 0 && k <= signature.line(); k++) {
            used.add(k);
        }
        List<Part> body = new ArrayList<>();
        List<String> attachments = new ArrayList<>();
        boolean[] rules = attachedRules(texts);
        markAttachedForms(texts, signature.line(), rules);
        Set<Entry> bareList = bareNumbered(entries);
        int textIndex = 0;
        int lastArabic = 0;
        for (Entry e : entries) {
            if (e.rows != null) {
                if (textIndex >= rules.length || !rules[textIndex]) {
                    body.add(new Part.Table(e.rows, textIndex));
                }
                continue;
            }
            int at = textIndex++;
            if (used.contains(at) || rules[at]) {
                continue;
            }
            if (ATTACHMENT.matcher(e.text).find() && e.text.length() <= 80) {
                attachments.add(e.text);
            }
            String text = e.text;
            Numbering.Marker marker = Numbering.markerOf(text);
            if (marker == null && lastArabic > 0 && LOST_DIGIT.matcher(text).lookingAt()) {
                // "2、省局節能辦將發出倡議書… / 、組織全局部分干部參加…": the copy lost the number before the mark
                text = (lastArabic + 1) + text.strip();
                marker = Numbering.markerOf(text);
            }
            if (marker == null && (lastArabic > 0 || bareList.contains(e))) {
                // "2.在新玛特…" then "3走进商场…": the copy lost the mark after the number that comes next; or after
                // every number of a list ("1由區愛衛辦負責…" / "2大力開展…" / "3各街道負責…")
                Matcher bare = BARE_NUMBER.matcher(text);
                if (bare.lookingAt() && (Integer.parseInt(bare.group(1)) == lastArabic + 1 || bareList.contains(e))) {
                    text = bare.group(1) + "." + text.substring(bare.end(1));
                    marker = Numbering.markerOf(text);
                }
            }
            if (marker == null && lastArabic > 0) {
                // "10.“羊城学者”… / 11.121人才梯队项目", "2.12315热线宣传": the next number, its mark, then a name that
                // opens with a number of its own (no decimal: a list's sub-numbers run to two digits, 2.10, 2.11)
                Matcher named = NUMBER_BEFORE_DIGITS.matcher(text);
                if (named.lookingAt() && Integer.parseInt(named.group(1)) == lastArabic + 1) {
                    text = named.group(1) + "、" + text.substring(named.end());
                    marker = Numbering.markerOf(text);
                }
            }
            if (marker != null && marker.kind() == Numbering.Kind.ARABIC) {
                lastArabic = marker.value();
            } else if (marker != null && marker.kind().rank() < Numbering.Kind.ARABIC.rank()) {
                lastArabic = 0;
            }
            body.add(new Part.Paragraph(beforeARunOnSignature(text), marker, at));
        }
        List<String> lines = new ArrayList<>();
        for (Entry e : entries) {
            if (e.rows != null) {
                // a table that holds no tasks (a contact list, a schedule) still states facts, where it stands
                e.rows.forEach(row -> lines.add(String.join(" ", row).replace('\n', ' ')));
            } else {
                lines.add(e.text);
            }
        }
        String plan = titles.notice == null && titles.plan == null ? titleInATable(entries) : titles.plan;
        boolean dateIsItsOwn = signed != null || OWN_DATE_LABELS.stream()
                .anyMatch(l -> metadata.get(l) != null && dayIn(metadata.get(l)) != null);
        return new OfficialDocument(metadata, titles.notice, plan, issuers, recipients, body, date, dateIsItsOwn,
                attachments, lines, planStart(texts, titles, signature, addressed, lastTableAt));
    }

    /**
     * The title of a blank form a notice attaches for its recipients to fill in and send back (联络员推荐表, 考核评分表,
     * 报名表, 回执, 专家名单): its rows and numbered criteria are the form's, no work of the plan. A table of the plan's
     * work (分工表, 任务清单, 汇总表, 一览表) is no such form.
     */
    private static final String FORM_TITLE = "[^。；;，,：:]{2,40}?(?:推荐表|报名表|评分表|评分细则|考核表|考评表|考核细则|登记表|回执|申请表|申报表"
            + "|信息表|统计表|名单|通讯录)";
    /** "附件1 全区…推荐表", "附件2：…考核评分表": the mark of an attached form and its title. */
    private static final Pattern FORM_ATTACHED = Pattern.compile("附件\\s*[0-9一二三四五六七八九十]{0,2}\\s*[:：]?\\s*"
            + "(?:\\d{1,2}\\s*[.、．]\\s*)?" + FORM_TITLE);
    /** "…农村发展局 2016年5月31日附件1 全区…推荐表": an attached form right after the signature's date. */
    private static final Pattern FORM_AFTER_THE_DATE = Pattern.compile("日\\s*(?:印发)?\\s*(?=附件)");
    /** "附件2", "附件 3：": the next attachment's mark, where a form attached before it ends. */
    private static final Pattern NEXT_ATTACHMENT = Pattern.compile("附件\\s*[0-9一二三四五六七八九十]{1,2}(?![0-9])");

    /**
     * A line of a page run together without the blank forms attached after the signature's date ("…农村发展局
     * 2016年5月31日附件1 …联络员推荐表 姓名 性别… 附件2 …考核评分表 一、组织机构…"): from each form's mark to the next
     * attachment that is no form, or the line's end. The line as it is where no form follows a signature's date.
     */
    static Cut withoutAttachedForms(String line) {
        if (line.indexOf('附') < 0) {
            return new Cut(line, false);
        }
        Matcher date = FORM_AFTER_THE_DATE.matcher(line);
        while (date.find()) {
            Matcher form = FORM_ATTACHED.matcher(line).region(date.end(), line.length());
            if (!form.lookingAt()) {
                continue;
            }
            StringBuilder kept = new StringBuilder(line.substring(0, date.end()).stripTrailing());
            int from = date.end();
            boolean inForm = true;
            Matcher next = NEXT_ATTACHMENT.matcher(line);
            int at = form.end();
            while (next.find(at)) {
                boolean isForm = FORM_ATTACHED.matcher(line).region(next.start(), line.length()).lookingAt();
                if (inForm && !isForm) {
                    from = next.start();
                } else if (!inForm && isForm) {
                    kept.append(' ').append(line, from, next.start());
                }
                inForm = isForm;
                at = next.end();
            }
            if (!inForm) {
                kept.append(' ').append(line.substring(from));
            }
            return new Cut(kept.toString().strip(), inForm);
        }
        return new Cut(line, false);
    }

    /** A line without its attached forms, and whether it ends inside one (the form's lines then follow). */
    record Cut(String line, boolean endsInAForm) {
    }

    /**
     * Marks the lines of blank forms attached after the signature (a line {@code 附件1 …推荐表} or the mark alone over
     * such a title, to the next attachment that is no form), as {@link #attachedRules} marks attached rules.
     */
    static void markAttachedForms(List<String> texts, int signatureLine, boolean[] marks) {
        boolean inForm = false;
        for (int k = Math.max(0, signatureLine + 1); signatureLine >= 0 && k < texts.size(); k++) {
            String t = Hans.simplified(texts.get(k).strip());
            boolean alone = ATTACHMENT_ALONE.matcher(t).matches();
            if (t.startsWith("附件") && (alone || NEXT_ATTACHMENT.matcher(t).lookingAt())) {
                String titled = alone && k + 1 < texts.size() ? t + Hans.simplified(texts.get(k + 1).strip()) : t;
                inForm = FORM_ATTACHED.matcher(titled).lookingAt();
            }
            marks[k] |= inForm;
        }
    }

    /** "附件2", "附件二：": the mark of an attachment, alone on its line or before the title it attaches. */
    private static final String ATTACHMENT_NO = "附件\\s*[0-9一二三四五六七八九十]{0,2}\\s*[:：]?";
    /** "公务员范围规定", "《公务员登记实施办法》": the title of a rule, whose text is articles, not work. */
    private static final Pattern RULE_TITLE = Pattern.compile(
            "^(?:" + ATTACHMENT_NO + "\\s*)?《?[^。，,；;]{2,60}?(?:规定|办法|条例|细则|规则|章程|准则)》?$");
    /** Whether the line ends as a rule's title must (规定, 办法, 条例, 细则, 规则, 章程, 准则, maybe in 》): its one look. */
    private static boolean endsAsARule(String t) {
        String s = t.endsWith("》") ? t.substring(0, t.length() - 1) : t;
        return !s.isEmpty() && "定法例则程".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** "第一条", "第一章 总则": a rule's first article or chapter. */
    private static final Pattern FIRST_ARTICLE = Pattern.compile("^第[一1]\\s*[条章]");
    /** The mark of an attachment on a line of its own, over its title. */
    private static final Pattern ATTACHMENT_ALONE = Pattern.compile("^" + ATTACHMENT_NO + "$");
    /** An attached plan's title: where the rules attached before it end. */
    private static final Pattern PLAN_TITLE = Pattern.compile("^[^。，,；;]{2,60}(?:方案|计划|清单|分工|分工表|要点|安排|任务表)》?$");
    /** How many lines after a rule's title its first article may stand (a note of where it belongs between). */
    private static final int ARTICLE_AFTER_TITLE = 3;

    /**
     * The lines of rules a notice attaches (附件一 公务员范围规定 / 第一条…): regulations set out in articles, whose
     * clauses ("（一）依法履行公职") are conditions, not the plan's work. From a rule's title (or its 附件 line) to the
     * next attached plan's title or the end.
     */
    static boolean[] attachedRules(List<String> texts) {
        boolean[] rules = new boolean[texts.size()];
        boolean inRule = false;
        for (int k = 0; k < texts.size(); k++) {
            String t = Hans.simplified(texts.get(k).strip());
            if (inRule && PLAN_TITLE.matcher(t).matches() && !RULE_TITLE.matcher(t).matches()) {
                inRule = false;
            }
            if (!inRule && endsAsARule(t) && RULE_TITLE.matcher(t).matches()) {
                for (int j = k + 1; j < texts.size() && j <= k + ARTICLE_AFTER_TITLE; j++) {
                    if (FIRST_ARTICLE.matcher(texts.get(j).strip()).lookingAt()) {
                        inRule = true;
                        if (k > 0 && ATTACHMENT_ALONE.matcher(texts.get(k - 1).strip()).matches()) {
                            rules[k - 1] = true;
                        }
                        break;
                    }
                }
            }
            rules[k] = inRule;
        }
        return rules;
    }

    /** "抽查计划名称", "计划名称": a column that names the plan each row belongs to. */
    private static final Pattern PLAN_NAME_HEADER = Pattern.compile("计划名称|計劃名稱|方案名称|方案名稱");

    /**
     * A 双随机 plan's table whose every row names the same plan ("抽查计划名称 | 株洲市芦淞区市场监督管理局2023年度专项抽查
     * 工作计划"): that name is the title of a page that shows no other.
     */
    private static String titleInATable(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.rows == null || e.rows.size() < 2) {
                continue;
            }
            List<String> header = e.rows.get(0);
            for (int c = 0; c < header.size(); c++) {
                if (!PLAN_NAME_HEADER.matcher(Hans.simplified(squeeze(header.get(c)))).find()) {
                    continue;
                }
                Set<String> names = new LinkedHashSet<>();
                for (List<String> row : e.rows.subList(1, e.rows.size())) {
                    if (c < row.size() && !row.get(c).isBlank()) {
                        names.add(row.get(c).strip());
                    }
                }
                if (names.size() == 1 && isTitle(names.iterator().next())) {
                    return names.iterator().next();
                }
            }
        }
        return null;
    }

    /** The paragraphs of a list whose numbers all lost their marks: three at least, counting up from one. */
    private static Set<Entry> bareNumbered(List<Entry> entries) {
        Set<Entry> marked = new HashSet<>();
        List<Entry> run = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.text == null ? null : BARE_NUMBER.matcher(e.text);
            if (m == null || !m.lookingAt() || Numbering.markerOf(e.text) != null) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            if (n == run.size() + 1) {
                run.add(e);
            } else if (n == 1) {
                if (run.size() >= MIN_BARE_ITEMS) {
                    marked.addAll(run);
                }
                run = new ArrayList<>(List.of(e));
            }
        }
        if (run.size() >= MIN_BARE_ITEMS) {
            marked.addAll(run);
        }
        return marked;
    }

    private record Entry(String text, List<List<String>> rows, int index) {
    }

    /** "现将省市场监管局办公室《转发…的通知》（川市监办函〔2019〕247号）转发给你们": a document passed on. */
    private static final Pattern FORWARDED = Pattern.compile(
            "现将[^《》。]{0,30}《[^《》]{4,80}》(?:[（(][^（()）]{0,60}[）)])?[^。，,]{0,20}(?:印发|转发|下发)给你们");
    /** "现将《政府工作报告》…243项工作任务予以分解印发。", "现将任务分解下达。": the plan handed down, in the sentence. */
    private static final Pattern HANDED_DOWN = Pattern.compile(
            "现将[^。；;]{2,80}?(?:予以|进行)?(?:分解)?(?:印发|下达|转发|下发)(?:给你们)?(?=[，,。；;]|$)");
    private static final Pattern LOST_INDENT = Pattern.compile("^[?\\s]+(?=[\\u4e00-\\u9fa5（(〔【\\[\\d①-⑳])");
    /** A cover notice holds a few paragraphs; more before the signature are the plan itself, printed in the notice. */
    private static final int MAX_COVER = 8;
    /** Lines after a signature that are only its remarks ("（此件公开发布）"), not an attached plan. */
    private static final int SIGNATURE_REMARKS = 3;

    /**
     * Where the plan begins in a notice that issues one (关于印发《X》的通知, "现将《X》印发给你们", "附件：X任务分解表"):
     * the notice's own paragraphs above it ("各牵头单位要…", "请于3月20日前将落实措施报送…") ask for the plan to be
     * carried out and are no part of its work. The plan begins at its title line, at the 附件 line that names it, or
     * after the signature when the plan follows it (more lines than its remarks, or a table: {@code lastTableAt} is
     * the number of lines above the notice's last table, -1 with none); 0 when the notice issues no plan or its cover
     * cannot be told.
     */
    private static int planStart(List<String> texts, Titles titles, Signature signature, int addressedAt,
            int lastTableAt) {
        boolean addressed = addressedAt >= 0;
        // below the notice's title: the first run of title lines (not the plan's title line further down, nor a 附件
        // line naming the plan)
        List<Integer> titleLines = titles.lines.stream().filter(i -> !ATTACHMENT.matcher(texts.get(i)).find()).sorted()
                .toList();
        int from = 0;
        boolean titledBelow = false;
        for (int k = 0; k < titleLines.size(); k++) {
            if (k == 0 || titleLines.get(k) <= from + 1) {
                from = titleLines.get(k) + 1;
            } else {
                titledBelow = true;
            }
        }
        // a cover starts at its 主送机关 at the latest, where no title line was told above it (the site's
        // leftovers above are no part of it)
        from = Math.max(from, addressedAt + 1);
        boolean issues = titles.notice != null && PRINTED_PLAN.matcher(Hans.simplified(titles.notice)).find();
        int end = -1;
        for (int i = from; i < texts.size() && end < 0; i++) {
            String line = Hans.simplified(texts.get(i).strip());
            issues |= ISSUED_IN_BODY.matcher(line).find() || FORWARDED.matcher(line).find() || HANDED_DOWN.matcher(line).find();
            Matcher attached = ATTACHED_PLAN.matcher(line);
            if (titles.plan != null && i > from && same(line, titles.plan)
                    || attached.matches() && PLAN_WORDS.matcher(squeeze(attached.group(1))).find()) {
                issues |= attached.matches();
                end = i;
            } else if (i == signature.line() && (texts.size() - i > SIGNATURE_REMARKS || lastTableAt > i)) {
                end = i;
            }
        }
        if (issues && addressed && end < 0 && !titledBelow) {
            // a notice to its recipients whose copy ends before the plan it issues (or at its signature): all it holds
            // is the notice's requests
            end = texts.size();
        }
        // the cover's own lines: up to its signature, where that comes first
        int cover = (signature.line() >= from && signature.line() < end ? signature.line() : end) - from;
        if (!issues || cover > MAX_COVER) {
            return 0;
        }
        return end;
    }

    /** Header words that mark the row under a site's index as the header of a table of work. */
    private static final int MIN_HEADER_WORDS_BELOW_AN_INDEX = 2;

    /**
     * How many of a table's rows are a site's index: 「索引号 | 000330185/2022-83945 | 公开方式 | 主动公开」 / 「发布单位 |
     * 区政府 | 发文日期 | 2022-07-14」 copied in the same pipes as the table of work under it, so that the two came out as
     * one table. The index ends where a header row (「序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位」) opens rows
     * none of which holds a label; with no such row the whole table is one thing, read as it stands.
     */
    private static int indexRows(List<List<String>> rows) {
        for (int r = 1; r + 1 < rows.size(); r++) {
            if (Columns.headerWords(rows.get(r)) >= MIN_HEADER_WORDS_BELOW_AN_INDEX
                    && rows.subList(r, rows.size()).stream().noneMatch(Documents::holdsALabel)) {
                return rows.subList(0, r).stream().anyMatch(Documents::holdsALabel) ? r : rows.size();
            }
        }
        return rows.size();
    }

    /** A table of label | value | label | value cells (the 政府信息公开 index) is metadata. */
    private static Map<String, String> metadataTable(List<List<String>> rows) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (rows.size() > MAX_METADATA_ROWS) {
            return pairs;
        }
        int labels = 0;
        for (List<String> row : rows) {
            labels += labelsIn(row, pairs);
        }
        return labels >= 2 ? pairs : Map.of();
    }

    private static boolean holdsALabel(List<String> row) {
        return labelsIn(row, new LinkedHashMap<>()) > 0;
    }

    /** The labels a row of a site's index holds, their values put into {@code pairs} (where not there already). */
    private static int labelsIn(List<String> row, Map<String, String> pairs) {
        int labels = 0;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c).strip();
            Map<String, String> inline = Chrome.metadata(cell);
            if (!inline.isEmpty() && inline.values().stream().noneMatch(String::isEmpty)) {
                // "发布日期：2021-04-12" in one cell
                inline.forEach(pairs::putIfAbsent);
                labels += inline.size();
                continue;
            }
            String label = bareLabel(cell);
            if (label != null && c + 1 < row.size()) {
                if (hasColon(row.get(c + 1)) && bareLabel(row.get(c + 1).strip()) != null) {
                    // 「文號: | 公開日期: | 2023-11-09 16:38」: a label left empty, the next cell the next label
                    labels++;
                    continue;
                }
                pairs.putIfAbsent(label, row.get(c + 1).strip());
                labels++;
                c++;
            }
        }
        return labels;
    }

    /** The label a cell holds alone ("发布机构:", "主题分类"), else null. */
    private static String bareLabel(String cell) {
        Map<String, String> label = Chrome.metadata(hasColon(cell) ? cell : cell + ":");
        return label.size() == 1 && label.values().iterator().next().isEmpty() ? label.keySet().iterator().next() : null;
    }

    private static boolean hasColon(String cell) {
        String c = cell.strip();
        return c.endsWith(":") || c.endsWith("：");
    }

    /** The head of the notice: up to the first top-level heading of its body, or a bound. */
    private static int headEnd(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            Numbering.Marker m = Numbering.markerOf(texts.get(i));
            if (m != null && m.kind() == Numbering.Kind.CHINESE && m.value() == 1) {
                return i;
            }
        }
        return Math.min(texts.size(), MAX_HEAD_LINES);
    }

    /**
     * A heading of the outline's first levels ending a paragraph, after the end of its last sentence, and the first
     * item's heading under it where that ran on too ("…。 五、责任分工 (一)县委办公室").
     */
    private static final Scan HEADING_AT_END = Scan.after(Pattern.compile(
            "(?<=[。；;！!])\\s*((?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])[\\u4e00-\\u9fa5]{2,14})"
                    + "(?:[:：]?[ \\u3000]+((?:[（(]一[）)]|1[、.．])[^\\s。；;:：]{2,20}))?$"), "。；;！!", false);

    /** "…活动的通知发表时间:2018-09-04 09:49": a page's stamp run onto its title's line. */
    private static final Pattern STAMP_AFTER_TITLE = Pattern.compile(
            "^(.{6,120}?(?:" + TITLE_END + "))\\s*((?:发布|發布|发表|發表|更新|上传)(?:时间|時間|日期)\\s*[:：].*)$");

    /** The blocks with a page's stamp that ran onto a title's line set on a line of its own. */
    private static List<Block> stampsApartFromTitles(List<Block> blocks) {
        List<Block> apart = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            Matcher m = block instanceof Block.Line line && line.text().length() < MAX_GLUED_TITLE_LINE
                    && line.text().indexOf('间') + line.text().indexOf('間') + line.text().indexOf('期') > -3
                    ? STAMP_AFTER_TITLE.matcher(line.text().strip()) : null;
            if (m != null && m.matches()) {
                apart.add(new Block.Line(m.group(1)));
                apart.add(new Block.Line(m.group(2)));
            } else {
                apart.add(block);
            }
        }
        return apart;
    }

    private static final int MAX_GLUED_TITLE_LINE = 200;

    /**
     * A paragraph that runs its numbered items on ("1.深化商事制度改革。(1)全面落实…。(2)完善…") is cut before each item,
     * when they count up from one after a sentence's end: "(1)", "（1）", "①".
     */
    static List<String> inlineItems(String text) {
        Matcher signed = text.indexOf('日') > 0 ? SIGNED_RUN_ON.matcher(text) : null;
        if (signed != null && signed.find()) {
            // "…请认真贯彻落实。 平潭综合实验区管委会办公室 2019年4月26日澳前台湾小镇…实施方案 按照…": the cover's signature
            // and its date, the plan's title run on after them, in a page run together
            List<String> parts = new ArrayList<>(inlineItems(text.substring(0, signed.start(1)).strip()));
            parts.add(signed.group(1).strip());
            parts.add(signed.group(2).strip());
            parts.addAll(inlineItems(text.substring(signed.end(2)).strip()));
            return parts;
        }
        if (text.length() >= RUN_TOGETHER) {
            List<Integer> cuts = new ArrayList<>();
            runTogetherCuts(text, 0, text.length(), 0, cuts);
            if (cuts.size() >= MIN_RUN_TOGETHER_CUTS) {
                // "…现制定本实施方案。一、总体目标…（一）多项产业协同发展…1.设置离岛免税商城…配合单位：…平潭海关2.打造…":
                // a page whose lines ran together with nothing between them, cut where its numbers count up
                cuts.removeIf(at -> at == 0);
                return itemsOfEach(Text.cutAt(text, cuts.stream().sorted().toList()));
            }
        }
        boolean unnumbered = Numbering.markerOf(text) == null;
        List<Integer> afterDoers = (unnumbered ? DOERS_THEN_SENTENCE : DOERS_THEN_WORDS)
                .matcher(text).results().map(MatchResult::end).toList();
        if (afterDoers.size() >= MIN_PIECES_RUN_ON
                || unnumbered && !afterDoers.isEmpty() && closedByDoers(text)) {
            // "…（区环境与国土资源局牵头，区经济发展局等参与）专项整治重点排污行业。…（…牵头）持续整治…": the bracket saying
            // who does a piece closes it, the next piece's heading run on right after it; in a paragraph of pieces that
            // closes with its own bracket, whatever sentence follows a bracket opens the next piece
            return itemsOfEach(Text.cutAt(text, afterDoers));
        }
        Matcher last = HEADING_AT_END.matcher(text);
        if (HEADING_AT_END.find(last, text, 0)) {
            // "…比重达到100%以上。二、重点任务": the next part's heading, its line break lost after the sentence before it
            List<String> parts = new ArrayList<>(inlineItems(text.substring(0, last.start(1)).strip()));
            parts.add(last.group(1));
            if (last.group(2) != null) {
                parts.add(last.group(2));
            }
            return parts;
        }
        Matcher fields = FIELDS_THEN_ITEM.matcher(text);
        if (fields.lookingAt()) {
            // "（责任单位：市城建局）2.完成市区…": the last item's fields, wrapped onto the next item's line
            List<String> parts = new ArrayList<>();
            parts.add(fields.group(1).strip());
            parts.addAll(inlineItems(text.substring(fields.end(1)).strip()));
            return parts;
        }
        Matcher labelled = HEADING_THEN_LABEL.matcher(text);
        if (labelled.lookingAt()) {
            // "(一)准备、实施阶段(3月25-31日) 主要任务:制定…": the heading's line break a space, its label's line after it
            List<String> parts = new ArrayList<>();
            parts.add(labelled.group(1));
            parts.addAll(inlineItems(text.substring(labelled.end()).strip()));
            return parts;
        }
        Matcher heading = HEADING_THEN_ITEM.matcher(text);
        if (heading.lookingAt()) {
            // "（一）宣传报道 1、6月1日上午，…": a line break the copy turned into a space, between a heading and its item
            List<String> parts = new ArrayList<>();
            int item = heading.start(2) >= 0 ? heading.start(2)
                    : heading.start(3) >= 0 ? heading.start(3) : heading.start(5);
            parts.add(text.substring(0, heading.start(1) >= 0 ? heading.end(1) : heading.end(4)).strip());
            parts.addAll(inlineItems(text.substring(item).strip()));
            return parts;
        }
        if (text.length() >= FLATTENED_PAGE && FLATTENED_MARK.matcher(text).results().limit(3).count() >= 3) {
            // a page that put the whole notice in one paragraph, a space where each line ended
            return itemsOfEach(Arrays.stream(FLATTENED_MARK.split(text)).map(String::strip).toList());
        }
        List<Integer> counted = itemsRunOn(text);
        if (!counted.isEmpty()) {
            // "1、1—2 月份开展… 2、3 月份做好… 3、4 月份…": a list's items after its heading, a space where each line ended
            return itemsOfEach(Text.cutAt(text, counted));
        }
        List<Integer> stages = stagesRunOn(text);
        if (!stages.isEmpty()) {
            // "三、实施步骤第一阶段:宣传发动…。第二阶段:突出重点…": the plan's stages, each a paragraph of its own
            return itemsOfEach(Text.cutAt(text, stages));
        }
        List<Integer> afterFields = FIELDS_BEFORE_ITEM.all(text).stream().map(MatchResult::end)
                .filter(end -> end < text.length()).toList();
        if (!afterFields.isEmpty()) {
            // "2.将…同部署。…公开。〔牵头单位:…;责任单位:…〕 3.县政府常务会议…": each item after the last one's fields
            return itemsOfEach(Text.cutAt(text, afterFields));
        }
        List<Integer> afterUnits = itemsAfterTheirUnits(text);
        if (!afterUnits.isEmpty()) {
            // "4.开展工地围挡整治。…责任单位：交通与建设处5.开展片区广告牌集中更新。…": the next item run on right after the
            // last one's units, in a page that lost its line breaks
            return itemsOfEach(Text.cutAt(text, afterUnits));
        }
        List<Integer> duties = dutiesAfterTheirUnits(text);
        if (duties.size() >= 2) {
            // "各组成单位及其职责如下:县环保局。负责…。县交通局、公路局。负责…": each unit and its duty a paragraph
            return Text.cutAt(text, duties);
        }
        if (text.length() < 40 || text.indexOf('1') < 0 && text.indexOf('①') < 0) {
            return List.of(text);
        }
        List<Integer> cuts = new ArrayList<>();
        int expected = 1;
        for (MatchResult m : INLINE_ITEM.all(text)) {
            int group = m.group(1) != null ? 1 : 2;
            String marker = m.group(group);
            int n = marker.charAt(0) >= '①' && marker.charAt(0) <= '⑳' ? marker.charAt(0) - '①' + 1
                    : Integer.parseInt(marker.replaceAll("\\D", ""));
            if (n == expected) {
                if (m.start(group) > 0) {
                    cuts.add(m.start(group));
                }
                expected++;
            }
        }
        // two cuts, or the first point opening the paragraph and one more
        if (cuts.size() < 2 && !(cuts.size() == 1 && expected > 2)) {
            return List.of(text);
        }
        return Text.cutAt(text, cuts);
    }

    /** How the name of a body that signs run on in a page's line ends, right before the day it signs. */
    private static final String SIGNING_BODY_END = "(?:办公室|办公厅|人民政府|政府|委员会|管委会|局|委|厅|办|中心)";
    /** A body's name and the date it signs with, after a sentence's end and before more words. */
    private static final Pattern SIGNED_RUN_ON = Pattern.compile("[。！]\\s*([\\u4e00-\\u9fa5（）()]{4,60}?"
            + SIGNING_BODY_END + "\\s*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)"
            // the plan's title after them (not a sentence that opens with its body and day: "县政府2019年4月26日召开…")
            + "(?=\\s*([^。，,；;]{2,60}?(?:方案|计划|要点|意见|安排|分工|清单|分解表)[^。，,；;]{0,8}?)(?:\\s|为|按照|根据|$))");
    /**
     * A paragraph at least this long may be a page whose lines ran together with nothing between them: a section of
     * two items a few sentences each, its heading run into the first (shorter ones were cut into more parts than
     * their notices hold: df02, ei05, f46).
     */
    private static final int RUN_TOGETHER = 300;
    /**
     * A bracket of doers (DOERS_BRACKET) in a numbered paragraph, the next piece's heading right after it: a few words,
     * or two clauses of them, closed by 。 ("专项整治重点排污行业。", "支持发展共享经济，减少资源浪费。"), not a sentence of
     * the same item going on ("推进支持雄安新区建设、加强…", bn04, whose item is one task).
     */
    private static final Pattern DOERS_THEN_WORDS = Pattern.compile(
            DOERS_BRACKET + "(?=[\\u4e00-\\u9fa5“”\"《》]{4,24}(?:，[\\u4e00-\\u9fa5“”\"《》]{4,20})?。)");
    /**
     * A bracket of doers (DOERS_BRACKET) in a paragraph of pieces under a numbered heading, any sentence after it:
     * each bracket closes a piece there ("…（生态环境部、住房城乡建设部指导）支持发展共享经济，…。限制…（…负责）").
     */
    private static final Pattern DOERS_THEN_SENTENCE = Pattern.compile(DOERS_BRACKET + "(?=[^。（()）]{4,200}。)");
    /** A bracket of doers (DOERS_BRACKET) closing a paragraph. */
    private static final Pattern CLOSED_BY_DOERS = Pattern.compile(DOERS_BRACKET + "[。；;]?\\s*$");

    /** Whether a paragraph's last bracket says who does it and closes it (that bracket alone is tried). */
    private static boolean closedByDoers(String text) {
        int open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
        return open >= 0 && CLOSED_BY_DOERS.matcher(text).region(open, text.length()).lookingAt();
    }
    /** So many pieces run on after the brackets of their doers before a paragraph is cut after each bracket. */
    private static final int MIN_PIECES_RUN_ON = 2;
    /** So many numbers counting up, at all levels, before a long paragraph is taken for a page run together. */
    private static final int MIN_RUN_TOGETHER_CUTS = 2;
    /**
     * The numbers of a run-together page's parts (一、), sections (（一）) and items (1. 1、), from the outermost in, each
     * before the words of its heading; 一、 not where it ends a word (统一、 唯一、 第一、).
     */
    /** An item's number where an item opens: at the paragraph's start, or after a heading's or a sentence's words. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("(?<![\\d.．])(\\d{1,2})" + ARABIC_MARK
            + "(?=[\\u4e00-\\u9fa5“\"《])");
    private static final List<Pattern> RUN_TOGETHER_MARKS = List.of(
            Pattern.compile("(?<![第统唯之同万逐单专])([一二三四五六七八九十]{1,3})、(?=[\\u4e00-\\u9fa5“\"《])"),
            Pattern.compile("[（(]([一二三四五六七八九十]{1,3})[）)](?=[\\u4e00-\\u9fa5“\"《])"),
            ITEM_NUMBER);

    /**
     * Where the numbers of a page run together stand between {@code from} and {@code to}: the outermost level from
     * {@code level} whose numbers count up from one there (two at least), and within each of its pieces the levels
     * inside it.
     */
    private static void runTogetherCuts(String text, int from, int to, int level, List<Integer> cuts) {
        for (int l = level; l < RUN_TOGETHER_MARKS.size(); l++) {
            Matcher m = RUN_TOGETHER_MARKS.get(l).matcher(text).region(from, to).useTransparentBounds(true);
            List<Integer> starts = Text.countingUp(m, 1, number -> Character.isDigit(number.group(1).charAt(0))
                    ? Integer.parseInt(number.group(1)) : ChineseNumerals.valueOf(number.group(1)));
            if (starts.size() >= 2) {
                for (int k = 0; k < starts.size(); k++) {
                    cuts.add(starts.get(k));
                    runTogetherCuts(text, starts.get(k) + 1, k + 1 < starts.size() ? starts.get(k + 1) : to, l + 1,
                            cuts);
                }
                return;
            }
        }
    }

    /** The pieces of a paragraph, each read again for the items it runs on in turn. */
    private static List<String> itemsOfEach(List<String> pieces) {
        List<String> parts = new ArrayList<>();
        for (String piece : pieces) {
            parts.addAll(inlineItems(piece));
        }
        return parts;
    }

    /** "1、", "1." opening a paragraph; " 2、", " 3." after a space inside it. */
    private static final Pattern FIRST_OF_ITEMS = Pattern.compile("^1" + ARABIC_MARK);
    private static final Pattern ITEM_AFTER_A_SPACE = Pattern.compile("(?<=[ \\u3000\\u00a0])(\\d{1,2})" + ARABIC_MARK);
    /** " 2、", "。2、": the same where a page ran its lines together with nothing between them but the sentence's end. */
    private static final Pattern ITEM_AFTER_A_SENTENCE = Pattern.compile("(?<=[ \\u3000\\u00a0。；;])(\\d{1,2})"
            + ARABIC_MARK);

    /**
     * Where the items of a paragraph that opens with its first begin, when two more count up after spaces; none
     * otherwise.
     */
    private static List<Integer> itemsRunOn(String text) {
        if (!FIRST_OF_ITEMS.matcher(text).lookingAt()) {
            return List.of();
        }
        boolean spaced = text.indexOf(' ') >= 0 || text.indexOf('\u3000') >= 0 || text.indexOf('\u00a0') >= 0;
        List<Integer> cuts = Text.countingUp((spaced ? ITEM_AFTER_A_SPACE : ITEM_AFTER_A_SENTENCE).matcher(text), 2,
                m -> Integer.parseInt(m.group(1)));
        return cuts.size() >= 2 ? cuts : List.of();
    }

    /**
     * An item's field of units (责任单位：A、B, under any word a table's header could use for who leads or helps), the
     * next item's number glued right after the last unit's name, words after it: "责任单位：交通与建设处5.开展片区广告牌集中
     * 更新", "责任部门：各党支部、组织办6. 人大和群团组织座谈".
     */
    private static final Pattern UNITS_THEN_NUMBER = Pattern.compile("([\\u4e00-\\u9fa5]{2,8})[:：]"
            + "([^。；;：:\\d]{2,80}?)(\\d{1,2})" + ARABIC_MARK + "[ \\u3000]*(?=[\\u4e00-\\u9fa5“\"《])");

    /**
     * Where the items run on after the units of the items before them begin: each number more than the last item's
     * that opens before it in the paragraph (one more, or the next a division keeps of the plan it takes its items
     * from: 4, 10, 17…), and what stands between the field's label and the number a list of units.
     */
    private static List<Integer> itemsAfterTheirUnits(String text) {
        List<Integer> cuts = new ArrayList<>();
        if (text.indexOf('：') < 0 && text.indexOf(':') < 0) {
            return cuts;
        }
        Matcher m = UNITS_THEN_NUMBER.matcher(text);
        // the items' numbers, read once along the paragraph as the fields are: the last wholly before each field
        Matcher item = ITEM_NUMBER.matcher(text);
        boolean more = item.find();
        int last = Integer.MAX_VALUE;
        while (m.find()) {
            while (more && item.end() < m.start()) {
                last = Integer.parseInt(item.group(1));
                more = item.find();
            }
            Columns.Role label = Columns.roleOf(m.group(1));
            int number = Integer.parseInt(m.group(3));
            if ((label == Columns.Role.LEAD || label == Columns.Role.ASSIST) && number > 1 && number > last
                    && UnitGrammar.isUnitList(Hans.simplified(m.group(2).strip()))) {
                cuts.add(m.start(3));
            }
        }
        return cuts;
    }

    /** "第一阶段:", "第二阶段为巩固提升阶段", "第三阶段,12月下旬": a stage's number, as a stage's heading opens. */
    private static final Pattern STAGE_RUN_ON = Pattern.compile("第([一二三四五六七八九十])(?:阶段|階段)(?=[:：,，为為(（\\s])");

    /** Where a paragraph's stages begin, when two or more count up from the first; none otherwise. */
    private static List<Integer> stagesRunOn(String text) {
        if (text.indexOf("第二阶段") < 0 && text.indexOf("第二階段") < 0) {
            return List.of();
        }
        List<Integer> cuts = Text.countingUp(STAGE_RUN_ON.matcher(text), 1, m -> ChineseNumerals.valueOf(m.group(1)));
        return cuts.size() >= 2 ? cuts : List.of();
    }

    /**
     * "县环保局。负责…" after a sentence's end: the units that the sentence after them says the duty of; likewise
     * "区经济发展局：会同…" (a body's line of duties, its line break lost in a page run together), also right after the
     * heading of the part that lists them ("三、职责分工区经济发展局：负责…").
     */
    private static final Pattern UNITS_THEN_DUTY = Pattern.compile(
            "(?<=^|[。；;:：\\s]|职责分工|工作职责|部门职责)([^，,。：:；;\\s]{2,40}?)(?:。\\s*(?=负责|負責)"
                    + "|[：:]\\s*(?=负责|負責|会同|配合|协助|牵头|组织|做好|加强|督促|承担|依法))");

    /** Where a paragraph's units named before their duties begin. */
    private static List<Integer> dutiesAfterTheirUnits(String text) {
        List<Integer> cuts = new ArrayList<>();
        if (text.indexOf("负责") < 0 && text.indexOf("負責") < 0) {
            return cuts;
        }
        Matcher m = UNITS_THEN_DUTY.matcher(text);
        for (int from = 0; from < text.length() && m.find(from); ) {
            if (UnitGrammar.isUnitList(Hans.simplified(m.group(1)))) {
                cuts.add(m.start(1));
                from = m.end();
            } else {
                // "二、各部门工作职责区交通与建设局：" is no list of bodies; the one after 职责 may be
                from = m.start(1) + 1;
            }
        }
        return cuts;
    }

    private record Titles(String notice, String plan, Set<Integer> lines) {
    }

    /**
     * How many lines a title may be set over: its issuer's line over three of its own (四川省扶贫和移民工作局 / 关于落实《…
     * 经济工作 / 会议…的通知》 / 责任分工的通知), as a Word file's title block wraps a long 事由.
     */
    private static final int TITLE_LINES = 4;

    private static Titles titles(List<String> texts, int head, Map<String, String> metadata) {
        String notice = cleanTitle(metadata.getOrDefault("标题", metadata.get("名称")));
        String plan = null;
        boolean collection = false;
        Set<Integer> lines = new LinkedHashSet<>();
        for (int i = 0; i < head; i++) {
            if (isSiteMenu(texts.get(i).strip())) {
                continue; // a site's name or menu over the page is never (half of) its title
            }
            if (isChannel(texts.get(i).strip(), metadata)) {
                continue; // "县政府办文件" over the title, the 公开目录 the page's index names: the page's channel
            }
            if (tooLongForATitle(texts.get(i))) {
                continue; // a paragraph of the notice: nothing a site puts around a title makes it one
            }
            // a title is often set over two or three lines ("陕西省市场监督管理局 / 关于报送…期间 / …的通知")
            String t = cleanTitle(i == 0 ? chunksTitle(texts.get(i), head > 1 ? texts.get(1) : "") : texts.get(i));
            int joined = i;
            if ((!isTitle(t) || !endsLikeTitle(t)) && !isCollection(t)
                    && (SpamCheck.findIn(t).isEmpty() || spamWhereTheIssuerStood(t))
                    && !isSitesName(t) && !signsOverAPlansTitle(t, i + 1 < head ? texts.get(i + 1) : "")) {
                // a content farm's collection ("工会五一活动通知汇编三篇") is a whole title, not the first line of one;
                // nor is a spam site's line of keywords over a mirror's page ("欧美日韩…_日韩无码…") a title's first line
                String run = t;
                for (int j = i + 1; j < Math.min(head, i + TITLE_LINES) && isTitlePart(run)
                        && (isTitlePart(texts.get(j)) || isTitlesLastWord(texts.get(j)))
                        && SpamCheck.findIn(texts.get(j)).isEmpty() && !namesItsOwnIssuer(texts.get(j))
                        // "后勤服务处 / 后勤首页  部门简介  工作动态… / 关于开展…的通知": the site's menu under its name
                        && !isMenuOfWords(texts.get(j).strip())
                        // "— 1 —" between a masthead and a title is part of neither, nor is the masthead's last
                        // word the title's first (…工作领导小组 文件 / 2022年…工作要点, a page's number taken out)
                        && !Text.isPageNumber(texts.get(j).strip()) && !isMastheadsEnd(run)
                        && !opensAlike(run, texts.get(j)); j++) {
                    run = run + cleanTitle(texts.get(j));
                    if (isTitle(run) && endsLikeTitle(run)) {
                        t = run;
                        joined = j;
                        break;
                    }
                }
            }
            if (!isTitle(t)) {
                continue;
            }
            String simple = Hans.simplified(t);
            boolean isNotice = simple.startsWith("关于") || simple.matches(".*关于.*(通知|决定|意见|函|通报)$");
            if (isNotice) {
                if (notice == null) {
                    notice = t;
                    addRange(lines, i, joined);
                } else if (same(notice, t)) {
                    notice = fuller(notice, t);
                    addRange(lines, i, joined);
                } else {
                    String heading = squeeze(notice);
                    String title = squeeze(t);
                    if (heading.endsWith(title) && title.length() >= MIN_OWN_TITLE
                            && heading.length() - title.length() <= MAX_HEADING_PREFIX) {
                        // a page's heading that puts a year or a column's name before the title ("【资料】2007年关于…
                        // 的通知") over the document's own title line: the document's own
                        notice = t;
                        addRange(lines, i, joined);
                    } else if (title.endsWith(heading) && UnitGrammar.isUnitName(
                            Hans.simplified(title.substring(0, title.length() - heading.length())))) {
                        // the page's heading over the document's own head: its issuer's name over the same title
                        // ("陕西省市场监督管理局 / 关于报送…期间 / …的通知"), the lines of a title all the same
                        addRange(lines, i, joined);
                    }
                }
            } else if (PLAN_WORDS.matcher(withoutNote(simple)).find() || simple.endsWith("通知") || NOTICE_WORDS.matcher(simple).find()) {
                if (plan == null || collection && joined == i && isSample(texts.get(i))) {
                    // "农民丰收节活动方案设计(精选19篇)" over "县农民丰收节活动方案 篇一": the sample's own title
                    collection = plan == null && isCollection(texts.get(i));
                    plan = t;
                    addRange(lines, i, joined);
                } else if (same(plan, t)) {
                    plan = fuller(plan, t);
                    addRange(lines, i, joined);
                } else if (namesItsBodyIn(squeeze(plan), squeeze(t))) {
                    // a page's heading ("2021年执法检查计划") over the document's own title, which names its body
                    // ("2021年朝阳区生态环境局执法检查计划"): the document's own
                    plan = t;
                    addRange(lines, i, joined);
                } else if (!TITLE_YEAR.matcher(plan).find() && squeeze(t).endsWith(squeeze(plan))) {
                    // a page's heading ("爱国卫生月活动方案") over the document's own title, which adds its year
                    // ("2010年爱国卫生月活动方案", perhaps under its issuer's line): the title from that year on
                    String own = squeeze(t);
                    Matcher year = TITLE_YEAR.matcher(own);
                    if (year.find() && own.length() - year.start() - squeeze(plan).length() <= 6) {
                        plan = own.substring(year.start());
                        addRange(lines, i, joined);
                    }
                }
            }
            i = joined;
        }
        if (notice != null) {
            // traditional characters map one to one: what matches in the simplified text is cut from the original
            Matcher m = PRINTED_PLAN.matcher(Hans.simplified(notice));
            if (m.find()) {
                String printed = withoutTitleMarks(printedPlan(notice, m));
                if (plan == null || !same(plan, printed) && !squeeze(printed).contains(squeeze(plan))) {
                    plan = printed;
                }
            }
        }
        if (notice == null && plan != null) {
            // "青川县市场监督管理局关于印发2025年度…监管计划": a notice's title that lost its 的通知 still prints a plan
            Matcher m = PRINTED_PLAN.matcher(Hans.simplified(plan));
            if (m.find() && m.start() > 0) {
                String printed = withoutTitleMarks(printedPlan(plan, m));
                notice = plan;
                plan = printed;
            }
        }
        if (plan != null && plan.endsWith("通知") && notice != null) {
            plan = null;
        }
        if (notice != null && plan != null && !PRINTED_PLAN.matcher(Hans.simplified(notice)).find()) {
            // "关于对2016年民生实事进行重点督办的通知" with its 附件 table's title: the notice is what was issued
            plan = null;
        }
        if (plan == null && notice != null) {
            plan = namedAndSetOut(notice, texts);
        }
        if (plan == null && notice == null) {
            String printed = printedInBody(texts);
            printed = printed != null ? printed : gluedToItsOpening(texts);
            printed = printed != null ? printed : fileNamed(texts);
            printed = printed != null ? printed : prefaced(texts);
            return new Titles(null, printed != null ? printed : pageCaptioned(texts), lines);
        }
        return new Titles(withoutAFarmsAbout(notice, texts), withoutAFarmsAbout(plan, texts), lines);
    }

    /**
     * Whether the plan's own title line (…平潭综合实验区旅游与文化体育局2021年防汛备汛工作方案) ends with the plan a notice's
     * title prints (2021年防汛备讯工作方案): the same plan, its issuer or place before it, a character the notice's
     * title mistyped (讯 for 汛) or none.
     */
    private static boolean endsAsItsOwnLine(String own, String printed) {
        if (own.length() <= printed.length() || printed.length() < MIN_OWN_TITLE
                || !NAME_BEFORE.matcher(own.substring(0, own.length() - printed.length())).matches()) {
            return false;
        }
        int differ = 0;
        for (int k = 1; k <= printed.length() && differ <= 1; k++) {
            differ += own.charAt(own.length() - k) != printed.charAt(printed.length() - k) ? 1 : 0;
        }
        return differ <= 1;
    }

    /** What an own title line may put before the plan's title: its issuer's or its place's name, no date or number. */
    private static final Pattern NAME_BEFORE = Pattern.compile("[\\u4e00-\\u9fa5（）()]+");

    /** "《推进…专项改革方案》": a plan named in a notice's title. */
    private static final Pattern NAMED_PLAN = Pattern.compile("《([^《》]{4,80})》");

    /**
     * "关于征求《X》修改意见函的复函", "关于报送《X》的报告" over the plan X itself, set out below under its own title line: the
     * plan is what the document holds, whatever the letter around it asks; null when the title names no plan so set
     * out.
     */
    private static String namedAndSetOut(String notice, List<String> texts) {
        Matcher m = NAMED_PLAN.matcher(notice);
        while (m.find()) {
            String named = squeeze(m.group(1));
            if (PLAN_WORDS.matcher(named).find()
                    && texts.stream().anyMatch(line -> squeeze(cleanTitle(line)).equals(named))) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * A printed plan's name without the marks around it: 《X》, and 〈X〉 where the notice printing it is itself named in
     * another's title (关于呈报《关于印发〈X〉的通知（代拟稿）》的请示). Marks nested inside it are 《》 again once it stands
     * alone, as its own title line writes them: 关于印发《2022年市〈政府工作报告〉…方案》的通知 prints 2022年市《政府工作报告》…方案.
     */
    private static String withoutTitleMarks(String printed) {
        String alone = printed.replaceFirst("^[《〈]", "").replaceFirst("[》〉]$", "");
        return alone.replaceAll("〈([^〈〉《》]+)〉", "《$1》");
    }

    /** "关于乡镇端午节活动方案": 关于 before a plan's name with no 的 after it, as content farms head their copies. */
    private static final Pattern FARMS_ABOUT = Pattern.compile("^关于[^的]{2,40}(?:方案|计划|安排|要点|通知)$");
    /** What a content farm's sample puts after its title: "篇1", " 篇一", "(一)", "(2)". */
    private static final Pattern SAMPLE_MARK = Pattern.compile("^篇?[（(]?[0-9一二三四五六七八九十]{0,3}[）)]?$");

    /**
     * A content farm's "关于X(精选11篇)" over its samples "X 篇1" or beside the page's heading "X": the plan is X, which the
     * text names without the 关于 (a title of its own that opens with 关于 says 的 before its last word).
     */
    private static String withoutAFarmsAbout(String title, List<String> texts) {
        if (title == null || !FARMS_ABOUT.matcher(Hans.simplified(title)).matches()) {
            return title;
        }
        String rest = squeeze(title.substring(2));
        for (String line : texts.subList(0, Math.min(texts.size(), MAX_HEAD_LINES))) {
            String l = squeeze(line);
            if (l.startsWith(rest) && SAMPLE_MARK.matcher(l.substring(rest.length())).matches()) {
                return title.substring(2);
            }
        }
        return title;
    }

    /**
     * A copy that lost its title line still names the plan where the notice issues it ("《X》已经县政府同意，现印发给你们",
     * "现将《X》印发给你们") or lists it as its attachment ("附件：1.X").
     */
    private static String printedInBody(List<String> texts) {
        for (String line : texts.subList(0, Math.min(texts.size(), MAX_HEAD_LINES))) {
            Matcher m = ISSUED_IN_BODY.matcher(Hans.simplified(line));
            if (m.find()) {
                return line.substring(m.start(1), m.end(1));
            }
        }
        for (String line : texts) {
            Matcher m = ATTACHED_PLAN.matcher(Hans.simplified(line));
            if (m.find() && PLAN_WORDS.matcher(m.group(1)).find()) {
                return cleanTitle(line.substring(m.start(1), m.end(1)));
            }
        }
        return null;
    }

    /**
     * A document site that ran the title into the notice's first sentence ("第1页共4页政府秸秆禁烧工作实施方案为认真做好…",
     * "1、秋冬季禁止秸秆焚烧工作实施方案 为切实做好…", "推进X县电动自行车治理工作的通知为进一步…", "X活动安排各乡镇人民政府，…："):
     * the title is the run before the sentence's opening words or the recipients.
     */
    static String gluedToItsOpening(List<String> texts) {
        for (String line : texts.subList(0, Math.min(texts.size(), MAX_HEAD_LINES))) {
            Matcher m = GLUED_TITLE.matcher(Hans.simplified(line));
            if (m.find() && line.length() - m.end() >= MIN_OPENING) {
                // ".精品文档.民族街道…方案为弘扬…": a document site's boilerplate before it is the site's, as on a line of its own
                return DOC_SITE_BOILERPLATE.offOf(onceOnly(line.substring(m.start(1), m.end(1)).strip()));
            }
        }
        return null;
    }

    /**
     * A document site's first chunk of text, numbered 1、, that opens with the title, perhaps printed twice, the second
     * time whole and the opening sentence run on after it ("1、65世界环境日环保宣传活动实施方案 6.5世界环境日环保宣传活动
     * 实施方案 为纪念第35个…").
     */
    private static final Pattern CHUNKS_TITLE = Pattern.compile("^\\s*1、\\s*(\\S{6,60})(?:\\s+(\\S{6,60})(?:\\s+\\S.*)?)?\\s*$");

    private static final Pattern SECOND_ITEM = Pattern.compile("^\\s*2、");

    /**
     * The first line of a document site's chunks as its title, if it is one; else the line. An item 1、 that the next
     * line follows with 2、 opens a list, no chunk.
     */
    private static String chunksTitle(String line, String next) {
        Matcher m = CHUNKS_TITLE.matcher(line);
        if (!m.matches() || m.group(2) != null && !sameButForMarks(m.group(1), m.group(2))
                || SECOND_ITEM.matcher(next).lookingAt()) {
            return line;
        }
        String title = m.group(2) != null ? fuller(m.group(1), m.group(2)) : m.group(1);
        return isTitle(title) && endsLikeTitle(title) ? title : line;
    }

    /** Two copies of a title, one of which lost a mark (6.5 → 65, 5·19 → 519). */
    private static boolean sameButForMarks(String a, String b) {
        return squeeze(a).replaceAll("[.·•．]", "").equals(squeeze(b).replaceAll("[.·•．]", ""));
    }

    /** "X 篇一", "X篇1", "第一篇:X": one sample of a content farm's collection. */
    private static boolean isSample(String line) {
        String l = line.strip();
        return SAMPLE_NO_HAN.matcher(l).find() || SAMPLE_NO.matcher(l).find() || SAMPLE_FIRST.matcher(l).find()
                || SAMPLE_BRACKETED.pattern().matcher(l).find();
    }

    /**
     * A document site's page that shows no title but the file's name ("2017年“119”消防宣传月活动方案 1.docx",
     * "大气污染防治2021年行动计划.pdf"): the name without its extension and the copy's number, when it reads as a title.
     */
    private static String fileNamed(List<String> texts) {
        for (String line : texts.subList(0, Math.min(texts.size(), MAX_HEAD_LINES))) {
            Matcher m = FILE_NAME.matcher(line.strip());
            if (m.matches()) {
                String name = cleanTitle(m.group(1));
                if (isTitle(name) && endsLikeTitle(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * A content farm's preface over its copy: "前言:本站为你精心整理了X范文,希望能为你的创作提供参考价值…", X the title (a
     * word of the farm's between X's last word and 范文 left out: "…宣傳方案確定范文").
     */
    private static final Pattern PREFACE = Pattern.compile(
            "^\\s*前言[:：]\\s*本站[为為]你精心整理了(.{4,60}?(?:方案|计划|計劃|通知|意见|意見|要点|要點|安排|办法|辦法|细则|細則))[^，,。]{0,4}范文");

    private static String prefaced(List<String> texts) {
        for (String line : texts.subList(0, Math.min(texts.size(), MAX_HEAD_LINES))) {
            Matcher m = PREFACE.matcher(line);
            if (m.find()) {
                return cleanTitle(m.group(1));
            }
        }
        return null;
    }

    /**
     * A document site's captions under the pictures of the file's pages ("世界标准日宣传活动_第1页", "X.docx_第2页"): the
     * file's name, which the uploader gave the document, when nothing else titles the page.
     */
    private static String pageCaptioned(List<String> texts) {
        for (String line : texts.subList(0, Math.min(texts.size(), MAX_HEAD_LINES))) {
            Matcher m = PAGE_CAPTION.matcher(line.strip());
            if (m.matches()) {
                // the uploader's name for the file, whatever word it ends with (…宣传活动), but no sentence
                String name = cleanTitle(m.group(1));
                return name.length() >= 4 && !holdsASentence(name) ? name : null;
            }
        }
        return null;
    }

    private static final Pattern SENTENCE_MARKS = Pattern.compile("[。，,；;：:]");

    /** Whether a line a title is looked for in holds a sentence's marks, which no title does. */
    private static boolean holdsASentence(String line) {
        return SENTENCE_MARKS.matcher(line).find();
    }

    /**
     * A copy that lost the notice's title line, but prints the plan after the cover's signature under the plan's own
     * title ("青島市人民政府辦公廳 / 2023年1月30日 / (此件公開發布) / 青島市…2023年重點工作任務"): that line titles it.
     */
    private static Titles titledBelowTheCover(Titles titles, List<String> texts, Signature signature) {
        if (titles.notice != null || titles.plan != null) {
            return titles;
        }
        return belowTheCover(texts, signature).filter(below -> titleUnderTheCover(below.title())).findFirst()
                .map(below -> below.titling(titles, null)).orElse(titles);
    }

    /**
     * The plan a notice's title prints (2021年防汛备讯工作方案), printed below the cover's signature under its own title
     * line, which names its issuer or place before it or mends a character the notice's title mistyped
     * (平潭综合实验区旅游与文化体育局2021年防汛备汛工作方案): that line titles it, as the plan's own.
     */
    private static Titles ownLineBelowTheCover(Titles titles, List<String> texts, Signature signature) {
        if (titles.plan == null) {
            return titles;
        }
        // the first line under the cover only
        return belowTheCover(texts, signature).findFirst()
                .filter(below -> titleUnderTheCover(below.title())
                        && endsAsItsOwnLine(squeeze(below.title()), squeeze(titles.plan)))
                .map(below -> below.titling(titles, titles.notice)).orElse(titles);
    }

    /** A line under the cover's signature, cleaned as a title is, and where it stands. */
    private record BelowTheCover(int line, String title) {

        /** The titles with this line the plan's, its own line among theirs. */
        Titles titling(Titles titles, String notice) {
            Set<Integer> lines = new LinkedHashSet<>(titles.lines);
            lines.add(line);
            return new Titles(notice, title, lines);
        }
    }

    /**
     * The lines where the cover's remarks stand under its signature, each cleaned as a title, in order and as they are
     * asked for; a remark that is all furniture ((此件公开发布)) passed over. None where the notice has no signature.
     */
    private static Stream<BelowTheCover> belowTheCover(List<String> texts, Signature signature) {
        if (signature.line() < 0) {
            return Stream.empty();
        }
        return IntStream.range(signature.line() + 1, Math.min(texts.size(), signature.line() + 1 + SIGNATURE_REMARKS))
                .mapToObj(i -> new BelowTheCover(i, cleanTitle(texts.get(i))))
                .filter(below -> !below.title().isEmpty());
    }

    /**
     * Whether a line under the cover's signature is shaped as a title there: its place says it is one, so its last words
     * (…重点工作任务) need only end like a plan's, in a line of 6 to 120 characters that holds no sentence.
     */
    private static boolean titleUnderTheCover(String t) {
        return t.length() >= 6 && t.length() <= 120 && !holdsASentence(t) && endsLikeTitle(t);
    }

    /** "2022年X方案X方案": a site that printed the title twice, the first time behind its own year, means X方案. */
    private static String onceOnly(String title) {
        for (int k = title.length() / 2; k < title.length() - 3; k++) {
            String tail = title.substring(k);
            if (title.substring(0, k).endsWith(tail)) {
                return tail;
            }
        }
        return title;
    }

    private static void addRange(Set<Integer> lines, int from, int to) {
        for (int k = from; k <= to; k++) {
            lines.add(k);
        }
    }

    private static boolean endsLikeTitle(String t) {
        String bare = withoutNote(Hans.simplified(t));
        return bare.matches(".*(通知|决定|意见|函|通报|报告|请示|批复|公告|通告)$") || PLAN_WORDS.matcher(bare).find();
    }

    /** "…抽查计划表（2026年度）", "…方案（征求意见稿）": the note after a title does not change what it is. */
    private static String withoutNote(String t) {
        return TRAILING_NOTE.matcher(t).replaceFirst("");
    }

    private static boolean isTitle(String line) {
        String l = Hans.simplified(line.strip());
        return l.length() >= 6 && l.length() <= 120 && "。：:；;，,".indexOf(l.charAt(l.length() - 1)) < 0
                && !NOT_A_TITLE_START.matcher(l).find() && TITLE_WORDS.matcher(l).find() && Numbering.markerOf(l) == null
                && !(DATE.matcher(ChineseNumerals.toAsciiDigits(l)).find() && !l.contains("方案"))
                && !(l.startsWith("《") && l.endsWith("号")) && !l.matches(".*[。；;].*[^》”)）]$");
    }

    /**
     * How long a line may be and still be a title once a site's furniture is off it: a banner, a channel, a stamp or a
     * 文号 around a title of at most 120 characters, where no pipe, dash or breadcrumb may stand before or after it.
     */
    private static final int MAX_DRESSED_TITLE = 240;
    private static final Pattern LONG_FURNITURE_MARK = Pattern.compile("[|｜\\-_—>＞»]");

    private static boolean tooLongForATitle(String line) {
        return line.length() > MAX_DRESSED_TITLE && !LONG_FURNITURE_MARK.matcher(line).find();
    }

    /**
     * "罗湖区教育局2023年度…抽查工作计划表" under a site's name ("深圳市罗湖区人民政府"): a title that opens with the body
     * issuing it is whole, not the second line of one the name above begins.
     */
    private static boolean namesItsOwnIssuer(String line) {
        return issuerOpening(line.strip()) != null;
    }

    /**
     * The body a title opens with, as the title writes it ("威海市商务局 2017 年…", "罗湖区教育局关于…"); null when it opens
     * with none, or with a bureau named without its place (a template's). Traditional characters map one to one: matched
     * in the simplified title, cut from the original.
     */
    private static String issuerOpening(String title) {
        String simple = Hans.simplified(title);
        Matcher m = TITLE_ISSUER.matcher(simple);
        if (!m.find() && !(m = BODY_BEFORE_ABOUT.matcher(simple)).find()) {
            // "2021年朝阳区生态环境局执法检查计划": the year first, then the body of a named place
            m = YEAR_THEN_ISSUER.matcher(simple);
            if (!m.find() || !ofANamedPlace(m.group(1))) {
                return null;
            }
        }
        return UnitGrammar.isUnitName(m.group(1)) && !BARE_BUREAU.matcher(m.group(1)).matches()
                ? title.substring(m.start(1), m.end(1)) : null;
    }

    /**
     * "孝感市生态环境局随机抽查事项清单", "西昌市图书馆…活动方案": a body of a named place run straight into the plan's name,
     * as the title writes it; null when the title opens with none (a town's name alone is where the plan is, not who
     * issues it: 河头店镇2012年…方案). Weaker than a signature, a site's fields and its 来源, which come first.
     */
    private static String bodyRunIntoTheTitle(String title) {
        String simple = Hans.simplified(title);
        Matcher m = PLACE_BODY_OPENING.matcher(simple);
        return m.find() && ofANamedPlace(m.group(1)) && UnitGrammar.isUnitName(m.group(1))
                ? title.substring(m.start(1), m.end(1)) : null;
    }

    /** A body's name long enough to be more than a bare kind of body, opening with its place: 朝阳区生态环境局. */
    private static boolean ofANamedPlace(String name) {
        return PLACE_OPENING.matcher(name).find() && name.length() >= 6;
    }

    /**
     * Whether {@code own} is {@code heading} with a body's name put inside it (2021年 + 朝阳区生态环境局 + 执法检查计划), or
     * with the place a template masks before its kind of place (XX + 镇2023年…方案, xx + 县…, V + 市…): a page's heading
     * copies a template's title without its mask.
     */
    private static boolean namesItsBodyIn(String heading, String own) {
        Matcher masked = MASKED_PLACE.matcher(own);
        if (masked.find() && own.substring(masked.end()).equals(heading)) {
            return true;
        }
        if (own.length() <= heading.length()) {
            return false;
        }
        int head = 0;
        while (head < heading.length() && heading.charAt(head) == own.charAt(head)) {
            head++;
        }
        int tail = heading.length() - head;
        if (!own.endsWith(heading.substring(head)) || tail < 2) {
            return false;
        }
        String inserted = own.substring(head, own.length() - tail);
        return inserted.length() >= 3 && UnitGrammar.isUnitName(Hans.simplified(inserted));
    }

    /** A template's place masked by letters at a title's start, before its kind of place: XX镇, xx县, V市. */
    private static final Pattern MASKED_PLACE = Pattern.compile("^[A-Za-zＸｘ]{1,3}(?=[省市县区镇乡州旗]|街道)");

    /** A body's name at a title's start, the plan's words right after it. */
    private static final Pattern PLACE_BODY_OPENING = Pattern.compile("^([\\u4e00-\\u9fa5]{2,24}?"
            + "(?:局|委员会|人民政府|厅|办公室|中心|图书馆|文化馆|博物馆))(?=[\\u4e00-\\u9fa5“\"\\d])");

    /** The place a body's name opens with: 莒南县 of 莒南县发展和改革局. */
    private static final Pattern PLACE_OPENING = Pattern.compile("^[\\u4e00-\\u9fa5]{1,8}?[省市县区旗州]");

    /**
     * The bodies of one place that issue a notice together, their names run together before its 关于 ("莒南县发展和改革局
     * 莒南县农业农村局…莒南县粮食和物资储备中心关于…"): joined with 、, as a signature's are; null unless two or more.
     */
    private static String jointOpening(String title) {
        String simple = Hans.simplified(title);
        int about = simple.indexOf("关于");
        Matcher place = PLACE_OPENING.matcher(simple);
        if (about < 8 || !place.find()) {
            return null;
        }
        // traditional characters map one to one: found in the simplified names, cut from the written ones
        String written = title.substring(0, about).replaceAll("[\\s\u3000、]+", "");
        String bodies = Hans.simplified(written);
        String p = place.group();
        List<Integer> cuts = new ArrayList<>();
        for (int at = bodies.indexOf(p, p.length()); at > 0; at = bodies.indexOf(p, at + p.length())) {
            cuts.add(at);
        }
        List<String> names = Text.cutAt(written, cuts);
        boolean allBodies = names.stream().map(Hans::simplified)
                .allMatch(name -> UnitGrammar.isUnitName(name) && !UnitNames.isGroup(name));
        return names.size() >= 2 && allBodies ? String.join("、", names) : null;
    }

    /** "安全管理网", "无障碍浏览", "作文吧实用文档策划方案内容页": a site's name or a link over its pages, never a title's first line. */
    private static final Pattern SITES_NAME = Pattern.compile("^[\\u4e00-\\u9fa5]{1,16}(?:网|网站|门户|浏览|内容页|首页|频道)$");

    private static boolean isSitesName(String line) {
        return SITES_NAME.matcher(Hans.simplified(line.strip())).matches();
    }

    /** "工作计划", "实施方案": the kind of paper a title names, alone on the line where its title broke. */
    private static final Pattern TITLES_LAST_WORD = Pattern.compile("^[\\u4e00-\\u9fa5]{0,2}(?:方案|计划|計劃|要点|要點|安排|通知)$");

    private static boolean isTitlesLastWord(String line) {
        // "通 知", "方　案": set out letter-spaced on a line of their own, as a 红头 title's last word often is
        return TITLES_LAST_WORD.matcher(line.replaceAll("[\\s\u3000]+", "")).matches();
    }

    /**
     * "将乐县人民政府办公室" over "将乐县2022年度…分解方案": a body's whole name on its line, over a line with no 关于, is a cover's
     * signature (its date lost) or a 版头 over the plan's own title, never the first line of that title; the issuer's
     * name broken off a notice's title ("陕西省市场监督管理局 / 关于报送…") goes on with 关于.
     */
    private static boolean signsOverAPlansTitle(String line, String next) {
        String n = Hans.simplified(next.strip());
        return !n.contains("关于") && !n.isEmpty() && UnitGrammar.isUnitName(Hans.simplified(line.strip()))
                && TITLE_YEAR.matcher(n).find();
    }

    /** How many letters two lines share at their start when the second is the first again, not its continuation. */
    private static final int SAME_OPENING = 6;

    /**
     * "2023年莲都区政府工作报告重点工作责任分解第一季度进展情况" over "2023年莲都区政府工作报告重点工作责任分解": the page's
     * title, then the document's own; a line that opens as the one above does starts a title again.
     */
    private static boolean opensAlike(String above, String line) {
        String a = squeeze(above);
        String b = squeeze(line);
        return a.length() >= SAME_OPENING && b.length() >= SAME_OPENING
                && a.regionMatches(0, b, 0, SAME_OPENING);
    }

    /** A line that may be half of a title broken over two lines. */
    private static boolean isTitlePart(String line) {
        String l = Hans.simplified(line.strip());
        if (DATE.matcher(ChineseNumerals.toAsciiDigits(l)).find() || NOT_TITLE_PART.matcher(l).find()) {
            return false;
        }
        return l.length() >= 5 && l.length() <= 60 && (!l.matches(".*[。：:；;，,、]$") || leavesAQuoteOpen(l))
                && !l.contains("。") && Numbering.markerOf(l) == null && !NOT_A_TITLE_START.matcher(l).find();
    }

    /**
     * "黄石市部门联合“双随机、" over "一公开”监管工作抽查计划表": a line that opens a quotation, a 《 or a bracket and does not
     * close it goes on, though it ends with a 、 or a comma as the words quoted do.
     */
    private static boolean leavesAQuoteOpen(String line) {
        int open = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            open += "“《（(".indexOf(c) >= 0 ? 1 : "”》）)".indexOf(c) >= 0 ? -1 : 0;
        }
        return open > 0 && !line.matches(".*[。：:；;]$");
    }

    /**
     * A title as a site shows it, without what the site adds: "科技政策 | …", "【市政府重点工作】…", "(此件公开发布)…",
     * a spam banner before it, the 文号 in brackets after it, pipes around it.
     */
    static String cleanTitle(String t) {
        if (t == null || t.isBlank()) {
            return t == null ? null : "";
        }
        String c = EDGE_FURNITURE.matcher(t.strip()).replaceAll("");
        for (Furniture furniture : TITLE_FURNITURE) {
            c = furniture.offOf(c);
        }
        // each only where its mark is: every line of a notice's head comes here
        if (c.indexOf('〔') >= 0 || c.indexOf('[') >= 0 || c.indexOf('［') >= 0 || c.indexOf('(') >= 0
                || c.indexOf('（') >= 0) {
            c = DOC_NUMBER_BEFORE.matcher(c).replaceFirst("");
        }
        if (c.indexOf('>') >= 0 || c.indexOf('＞') >= 0 || c.indexOf('»') >= 0) {
            c = withoutBreadcrumb(c);
        }
        if (c.indexOf('篇') >= 0) {
            // "X 篇一", "X(专业18篇)篇一", "第一篇:X": a content farm's sample of its collection
            c = SAMPLE_FIRST.matcher(SAMPLE_NO_HAN.matcher(c).replaceFirst("")).replaceFirst("");
            c = COLLECTION.matcher(c).replaceFirst("");
        }
        if (!c.isEmpty() && (Character.isDigit(c.charAt(c.length() - 1)) || c.endsWith(")") || c.endsWith("）"))) {
            c = SAMPLE_NO.matcher(c).replaceFirst("");
        }
        if (!c.isEmpty() && "一二三四五六七八九十".indexOf(c.charAt(c.length() - 1)) >= 0) {
            // "建军节纪念活动方案一": a content farm's first sample, its number glued to the title without 篇
            c = SAMPLE_NO_GLUED.matcher(c).replaceFirst("");
        }
        if (SpamCheck.findIn(c).isPresent()) {
            Matcher tail = SPAM_TAIL.matcher(c);
            if (tail.find() && tail.start() > 0 && SpamCheck.findIn(tail.group(1)).isPresent()
                    && SpamCheck.findIn(c.substring(0, tail.start())).isEmpty()) {
                // "六安市人民政府办公室关于开展…的通知-pg电子麻将胡了": the mirror's brand after the title
                c = c.substring(0, tail.start());
            }
            // "平博体育网址欢迎您!国家标准化管理委员会关于…": the banner ends at its exclamation mark
            Matcher banner = BANNER.matcher(c);
            if (banner.find() && SpamCheck.findIn(c.substring(0, banner.end())).isPresent()) {
                c = c.substring(banner.end());
            }
        }
        c = SPACE_RUNS.matcher(c.strip()).replaceAll(" ");
        c = SPACE_BETWEEN_WORDS.matcher(ATTACHMENT_MARK.matcher(c).replaceFirst("")).replaceAll("");
        // "《关于…的具体实施细则》" on a line of its own is the plan's name in its book-title marks
        c = IN_BOOK_MARKS.matcher(c).matches() ? c.substring(1, c.length() - 1) : c;
        return c.indexOf('(') > 0 || c.indexOf('（') > 0 ? titleInItsBracket(c) : c;
    }

    /** "Q(X)", "X(X": a content farm's heading that puts a title in brackets after a question or after itself. */
    private static final Pattern BRACKETED_TITLE = Pattern.compile("^(.{2,80}?)[（(](.{6,100}?)[）)]?$");

    /**
     * The title a content farm's heading holds in its bracket: "中国水周是几月几日(2023年“世界水日”“中国水周”活动方案)" is
     * titled by the bracket; "2020年…三年行动实施方案(2020年…三年行动实施方案)" by what the bracket repeats, whole or
     * cut. A title's own bracket ("…方案（试行）", "…计划（2026年度）") is a note, left as it is.
     */
    private static String titleInItsBracket(String c) {
        Matcher m = BRACKETED_TITLE.matcher(c);
        if (!m.matches()) {
            return c;
        }
        String before = m.group(1).strip();
        String inside = m.group(2).strip();
        boolean closed = c.endsWith(")") || c.endsWith("）");
        if (endsLikeTitle(before) && (closed ? same(before, inside) : squeeze(before).startsWith(squeeze(inside)))) {
            return before;
        }
        return closed && endsLikeTitle(inside) && !endsLikeTitle(before) && inside.length() > before.length() ? inside : c;
    }

    /**
     * Of two lines of the same title, the one with its marks: a page's heading or a file's name drops the quotes and
     * spaces the document's own title line keeps ("某市市场监督管理局202x网剑行动工作任务细化方案" over
     * "某市市场监督管理局“202x 网剑行动”工作任务细化方案").
     */
    private static String fuller(String first, String again) {
        return again.length() > first.length() ? again : first;
    }

    private static boolean same(String a, String b) {
        return squeeze(a).equals(squeeze(b));
    }

    /** The title without what it may be written with or without: spaces, book-title marks, quotes. */
    private static String squeeze(String s) {
        return Text.without(s, SQUEEZED);
    }

    /** What a title may be written with or without: spaces (as {@code \s} and the ideographic space), marks, quotes. */
    private static final String SQUEEZED = Text.PATTERN_SPACES + "\u3000《》“”\"";

    /**
     * @param line where the signature's date (or the first date line) stands among the lines, -1 when there is none
     * @param from the signature's first line (its body's name), -1 when no body signs
     */
    private record Signature(String issuer, LocalDate date, int line, int from) {
    }

    /** "2024-08-26", "2024.8.26", "2024/8/26": a date at a line's end written in figures alone, one mark between. */
    private static final Pattern DATE_IN_FIGURES = Pattern.compile(
            "(?<![\\d.\\-/])(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})\\s*$");

    /**
     * The line with a date at its end written in figures (as a Word file's or a form's signature may be) written as
     * 2024年8月26日, for the signature's date to be read as that one is.
     */
    private static String inWords(String line) {
        if (line.isEmpty() || !Character.isDigit(line.charAt(line.length() - 1))) {
            return line;
        }
        Matcher m = DATE_IN_FIGURES.matcher(line);
        return m.find() ? line.substring(0, m.start()) + m.group(1) + "年" + m.group(3) + "月" + m.group(4) + "日" : line;
    }

    /**
     * "…请认真贯彻执行。 平潭综合实验区管委会办公室 2015年7月30日 （联系人：…", "…整改责任清单 君山片区管理局 2020年5月6日
     * 来源：…", "…不走过场。 二〇一二年三月十九日 来源：…": a body's name (or a sentence's end, where no body signs) and the
     * day it signs with, inside a line of a page run together, closed by what follows a signature (附件, 来源, the
     * contact's bracket, 印发) or the line's end.
     */
    private static final Pattern SIGNED_INLINE = Pattern.compile("(?:" + SIGNING_BODY_END + "|[。！）)])"
            + "[\\s\u3000]*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日[\\s\u3000]*(?:印发)?[\\s\u3000]*"
            + "(?=附件|来源|[（(]\\s*联系|$)");

    /** The day of the first signature run on inside a line ({@link #SIGNED_INLINE}), where no line is a signature. */
    private static LocalDate signedInline(List<String> texts) {
        return firstSignedInline(texts, SIGNED_INLINE, m -> dateOf(m.group(1), m.group(2), m.group(3)));
    }

    /** What {@code read} makes of the first match of a signature run on inside a line that it reads, or null. */
    private static <T> T firstSignedInline(List<String> texts, Pattern signed, Function<Matcher, T> read) {
        for (String text : texts) {
            Matcher m = text.indexOf('日') > 0 ? signed.matcher(ChineseNumerals.toAsciiDigits(text.strip())) : null;
            while (m != null && m.find()) {
                T found = read.apply(m);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * "…请认真遵照执行。 平潭综合实验区卫生和计划生育局 2019年3月11日 （联系人：…": the body that signs run on inside a line
     * of a page run together, its name set off by a sentence's end or a space and closed by its day, as {@link
     * #SIGNED_INLINE} reads the day; not the office that prints the document (…局办公室 2018年5月22日印发, the 版记).
     */
    private static final Pattern SIGNED_INLINE_BY = Pattern.compile("(?:^|[。！；;]|\\s)\\s*([\\u4e00-\\u9fa5（）()]{4,60}?"
            + SIGNING_BODY_END + ")[\\s\u3000]*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
            + "[\\s\u3000]*(?=附件|来源|[（(]\\s*联系|$)");

    /** "…落实。 附件1.…统计表 2.…": the list of attachments a page ran on after the last item, before its signature. */
    private static final Pattern ATTACHMENTS_RUN_ON = Pattern.compile(
            "(?<=[。！；;])[\\s\u3000]*附件[：:]?[\\s\u3000]*(?:1|一)");

    /**
     * "…追究相关责任。 平潭综合实验区苏平片区管理局2022年4月27日": a paragraph without the signature (and the attachments
     * listed before it) that a page run together put after its last item's words; the item does not go on into them,
     * nor take their date, as it would not over a signature on its own lines.
     */
    private static String beforeARunOnSignature(String text) {
        if (text.indexOf('日') < 0) {
            return text;
        }
        Matcher signed = SIGNED_INLINE_BY.matcher(text);
        while (signed.find()) {
            int at = signed.start(1);
            String before = text.substring(0, at).strip();
            if (before.isEmpty() || !isIssuer(signed.group(1).strip())) {
                continue;
            }
            Matcher attached = ATTACHMENTS_RUN_ON.matcher(before);
            String kept = attached.find() ? before.substring(0, attached.start()).strip() : before;
            char last = kept.isEmpty() ? ' ' : kept.charAt(kept.length() - 1);
            return "。！；;".indexOf(last) >= 0 ? kept : text;
        }
        return text;
    }

    /** The body of the first signature run on inside a line ({@link #SIGNED_INLINE_BY}) that issues, or null. */
    private static String signedInlineBy(List<String> texts) {
        return firstSignedInline(texts, SIGNED_INLINE_BY, m -> isIssuer(m.group(1)) ? m.group(1) : null);
    }

    /** "…领导小组办公室(代)", "…委员会（代章）": who seals for the body, after its name on the signature's line. */
    private static final Pattern SEAL_AFTER_NAME = Pattern.compile("(?<=\\S)\\s*[（(](?:[^（()）]{0,30}代章|代|印|盖章)[）)]$");

    /** 发文机关署名 and 成文日期: a date line and the body's name on the line above it, or both on one line. */
    private static Signature signature(List<String> lines) {
        List<String> texts = lines.stream().map(String::strip)
                .map(t -> t.endsWith(")") || t.endsWith("）") ? SEAL_AFTER_NAME.matcher(t).replaceFirst("") : t).toList();
        LocalDate firstDate = null;
        int firstDateLine = -1;
        for (int i = 0; i < texts.size(); i++) {
            String line = inWords(ChineseNumerals.toAsciiDigits(texts.get(i).strip()));
            Matcher signed = SIGNED_DATE.matcher(line);
            if (signed.matches() && isIssuer(signed.group(1).strip())) {
                return new Signature(signed.group(1).strip(), dateOf(signed.group(2), signed.group(3), signed.group(4)), i,
                        i);
            }
            Matcher m = DATE_LINE.matcher(line);
            LocalDate date;
            if (m.matches()) {
                date = dateOf(m.group(1), m.group(2), m.group(3));
            } else if (i > 0 && MASKED_DATE_LINE.matcher(line).matches() && isIssuer(texts.get(i - 1).strip())) {
                // "中共xx县委办公室 / X年3月4日": a template's signature, its date masked: no day to read, but the close
                return new Signature(brokenName(texts, i - 1), null, i, i - 1);
            } else if (i > 0 && isIssuer(texts.get(i - 1).strip())) {
                date = lostSeparators(line);
            } else {
                continue;
            }
            if (date == null) {
                continue;
            }
            if (firstDate == null) {
                firstDate = date;
                firstDateLine = i;
            }
            if (i > 0 && isIssuer(texts.get(i - 1).strip())) {
                String name = brokenName(texts, i - 1);
                return new Signature(name, date, i, name.equals(texts.get(i - 1).strip()) ? i - 1 : i - 2);
            }
            if (i > 1 && SEALED_FOR.matcher(texts.get(i - 1).strip()).matches() && isIssuer(texts.get(i - 2).strip())) {
                // "全民科学素质纲要实施工作办公室 / （中国科协办公厅代章） / 2022年3月15日": a body without a seal of its
                // own signs, and another body seals for it
                return new Signature(texts.get(i - 2).strip(), date, i, i - 2);
            }
        }
        // a date alone on its line with nothing after it but the notice's closing notes is its 成文日期, unsigned
        return new Signature(null, firstDate, firstDateLine,
                firstDateLine >= 0 && closedAfter(texts, firstDateLine) ? firstDateLine : -1);
    }

    /**
     * The signing body's name on the line above the date, with the line above it where the name was broken over two
     * ("下陆区安全生产和防灾 / 减灾救灾委员会办公室"): a short line that ends in no punctuation and is no name by itself.
     */
    private static String brokenName(List<String> texts, int at) {
        String name = texts.get(at).strip();
        if (at == 0) {
            return name;
        }
        String above = texts.get(at - 1).strip();
        return above.length() >= 2 && above.length() <= MAX_NAME_PART && !isIssuer(above) && isIssuer(above + name)
                && NAME_PART.matcher(above).matches() && BROKEN_AFTER.matcher(Hans.simplified(above)).find() ? above + name : name;
    }

    private static final int MAX_NAME_PART = 20;
    private static final Pattern NAME_PART = Pattern.compile("[\\u4e00-\\u9fa5（）()]+");
    /**
     * The head of a name broken over two lines, its place first: after the 和 that joins its words ("下陆区安全生产和防灾"),
     * or after the matter a body is set up for ("和布克赛尔县中央环境保护督察反馈意见 / 整改工作领导小组办公室").
     */
    private static final Pattern BROKEN_AFTER = Pattern.compile("^[\\u4e00-\\u9fa5]{1,8}?(?:省|市|县|区|州|旗|镇|乡)"
            + "[\\u4e00-\\u9fa5]*(?:(?:和|及|与)[\\u4e00-\\u9fa5]{1,4}|意见|问题|工作)$");

    /** A template's date, its year or its day masked: "X年3月4日", "20XX年X月X日", "____年__月__日". */
    private static final Pattern MASKED_DATE_LINE = Pattern.compile("^[（(]?\\s*(?:\\d{4}|\\d{2}[xX×*＊_]{2}|[xX×*＊_]{1,4})\\s*年"
            + "\\s*(?:\\d{1,2}|[xX×*＊_]{1,2})\\s*月\\s*(?:\\d{1,2}|[xX×*＊_]{1,2})\\s*日\\s*[）)]?$");

    /** What may stand after a notice's date: its 版记 (主题词, 抄送, 送, 印发), a remark on its release, a page's buttons. */
    private static final Pattern CLOSING_NOTE = Pattern.compile(
            "^(?:主题词|主題詞|抄送|抄报|送[:：]|印发|印發|[（(]此件|[（(]此文|关闭|關閉|打印|【|分享|返回|扫一扫|我要纠错).*"
                    // an attachment's label the copy left empty
                    + "|^附件\\s*[:：]?$");

    /** Whether nothing but closing notes follows the line. */
    private static boolean closedAfter(List<String> texts, int line) {
        for (int i = line + 1; i < texts.size(); i++) {
            if (!texts.get(i).isBlank() && !CLOSING_NOTE.matcher(texts.get(i).strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "（中国科协办公厅代章）", "（代章）": the body that seals for the one that signs, under its name. */
    private static final Pattern SEALED_FOR = Pattern.compile("^[（(][^（()）]{0,30}代章[）)]$");

    static boolean isIssuer(String line) {
        // "國務院辦公廳": a body's name written in traditional characters ends as its simplified name does
        String simple = Hans.simplified(line);
        return line.length() <= 60 && ISSUER_ENDING.matcher(simple).matches() && !line.matches(".*[。，,；;：:].*")
                && Numbering.markerOf(line) == null;
    }

    /**
     * A date whose 年月日 a copy lost ("202365" under a signature): read when only one reading makes a date.
     */
    static LocalDate lostSeparators(String line) {
        Matcher m = RUN_OF_DIGITS.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(2);
        LocalDate found = null;
        for (int cut = 1; cut < rest.length() && cut <= 2; cut++) {
            String month = rest.substring(0, cut);
            String day = rest.substring(cut);
            if (day.length() > 2 || day.startsWith("0") && day.length() == 1) {
                continue;
            }
            LocalDate d = dateOf(m.group(1), month, day);
            if (d != null) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /**
     * The labels of a notice's own day in a site's index (公文生成日期 is the day a Fujian county's sites give the paper
     * itself); the others are the days a page was made or published.
     */
    private static final List<String> OWN_DATE_LABELS = List.of("成文日期", "印发日期", "发文日期", "发文时间", "公文生成日期");

    /** The labels of a day in a site's index, the notice's own first. */
    private static final List<String> DATE_LABELS = Stream.concat(OWN_DATE_LABELS.stream(), Stream.of(
            "生成日期", "产生日期", "发布日期", "公开日期", "发布时间", "发表日期", "发表时间", "日期", "时间", "更新日期",
            "更新时间", "更新", "上传时间", "转载时间",
            // a law database's index: the rule's day in force, which is the day it was issued where nothing else is
            "生效日期", "施行日期",
            // a byline with the day after its name: "编辑: 麒麟兔爷 2019-03-14"
            "编辑", "作者", "来源")).toList();

    private static LocalDate metadataDate(Map<String, String> metadata) {
        for (String label : DATE_LABELS) {
            String v = metadata.get(label);
            LocalDate d = v == null ? null : dayIn(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * A label's value, the first met unless the label is met again with an earlier day: a mirror's page stamps its copy
     * ("发布时间:2020-01-29") over the original's own index it copied ("发布机构:徽州区教育局 发布时间:2019-12-23"), and
     * no copy is older than what it copies.
     */
    private static void putEarlier(Map<String, String> metadata, String label, String value) {
        String before = metadata.putIfAbsent(label, value);
        if (before != null) {
            LocalDate was = dayIn(before);
            LocalDate now = dayIn(value);
            if (was != null && now != null && now.isBefore(was)) {
                metadata.put(label, value);
            }
        }
    }

    private static LocalDate dayIn(String value) {
        Matcher m = ISO_DATE.matcher(ChineseNumerals.toAsciiDigits(value));
        return m.find() ? dateOf(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate dateOf(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final Pattern SPACES_BETWEEN = Pattern.compile("[\\s\u3000]+");

    /** "中共xx县委办公室 xx县人民政府办公室": bodies signing jointly on one line, written with 、 as joint issuers are. */
    private static String jointly(String signed) {
        String[] names = SPACES_BETWEEN.split(signed.strip());
        if (names.length < 2) {
            return signed;
        }
        for (String name : names) {
            if (!isIssuer(name)) {
                return signed;
            }
        }
        return String.join("、", names);
    }

    private static List<String> issuers(List<String> texts, Signature signature, Titles titles,
            Map<String, String> metadata) {
        Set<String> out = new LinkedHashSet<>();
        if (signature.issuer != null) {
            out.add(jointly(signature.issuer));
        }
        for (String line : texts.subList(0, Math.min(texts.size(), 6))) {
            Matcher m = MASTHEAD.matcher(line.replaceAll("[\\s\u3000]+", ""));
            if (m.matches() && UnitGrammar.isUnitName(m.group(1))) {
                out.add(m.group(1));
            }
        }
        List<String> named = new ArrayList<>();
        for (String title : new String[] {titles.notice, titles.plan}) {
            String issuer = title == null ? null : jointOpening(title);
            issuer = issuer != null || title == null ? issuer : issuerOpening(title);
            if (issuer != null) {
                named.add(issuer);
            }
        }
        Set<Integer> around = new LinkedHashSet<>(titles.lines);
        for (int at : titles.lines) {
            // the masthead over the 文号 over the title, as a 红头 document sets them out
            around.add(at >= 2 && NoticeFacts.isDocNumber(texts.get(at - 1)) ? at - 2 : at - 1);
        }
        for (int at : around) {
            // "北正社区居民委员会" over a title or among its lines: who issued it, as a masthead without 文件; but over a
            // title that opens with another body ("深圳市罗湖区人民政府" over "罗湖区教育局2023年度…计划表"), the site's name
            String line = at >= 0 ? texts.get(at).strip() : "";
            if (line.length() >= MIN_MASTHEAD && line.length() <= MAX_MASTHEAD && UnitGrammar.isUnitName(line)
                    && !UnitNames.isGroup(line)
                    && (named.isEmpty() || named.stream().anyMatch(n -> sameBody(n, line)))) {
                out.add(line);
            }
        }
        for (String label : List.of("发布机构", "发文机关", "发文单位", "发文部门", "发布单位", "发布部门", "所属机构")) {
            String v = metadata.get(label);
            if (v != null && !v.isBlank() && v.length() <= 60 && UnitGrammar.isUnitName(v.strip())) {
                // a site's 发布机构 shortens the name the title gives ("巴南区麻柳嘴镇" for "重庆市巴南区麻柳嘴镇人民政府")
                named.stream().filter(t -> t.contains(v.strip()) && t.length() > v.strip().length() && !jointWith(v.strip(), t))
                        .findFirst().ifPresent(out::add);
                out.add(v.strip());
            }
        }
        out.addAll(named);
        // "作者：江口县图书馆": a site that names the body as the page's author (a person's or an editor's name is no body)
        for (String label : List.of("来源", "信息来源", "文章来源", "作者")) {
            String v = metadata.get(label);
            if (v != null && UnitGrammar.isUnitName(v.strip())) {
                out.add(v.strip());
            }
        }
        for (String title : new String[] {titles.notice, titles.plan}) {
            String body = title == null ? null : bodyRunIntoTheTitle(title);
            if (body != null) {
                out.add(body);
            }
        }
        List<String> list = new ArrayList<>(out);
        if (list.size() > 1) {
            // a signature that shortens the name the site gives in full: 县卫健委 is 灵璧县卫生健康委员会, 县政府办公室
            // 海盐县人民政府办公室, 应急管理局 济源示范区应急管理局
            String first = list.get(0);
            for (String other : list.subList(1, list.size())) {
                if (fullNameOf(first, other)) {
                    list.set(0, other);
                    list.remove(list.lastIndexOf(other));
                    list.add(1, first);
                    break;
                }
            }
        }
        return list;
    }

    /** Whether two names are one body's, one perhaps with its place and the other without. */
    private static boolean sameBody(String a, String b) {
        String x = Hans.simplified(a);
        String y = Hans.simplified(b);
        return x.equals(y) || x.endsWith(y) || y.endsWith(x) || fullNameOf(x, y) || fullNameOf(y, x);
    }

    /** "某市卫生健康委员会 某市民政局": the title names the issuer and, after it, the bodies that issue with it. */
    private static boolean jointWith(String issuer, String title) {
        // "某市卫健委、某市民政局" read off a title's joint opening: the site's 发文机关 is its first, no shorter name of all
        return title.startsWith(issuer)
                && UnitGrammar.isUnitName(title.substring(issuer.length()).replaceFirst("^[、\\s]+", ""));
    }

    /** Whether {@code full} is {@code short}'s name with its place: the short one starts at a bare level or ends it. */
    private static boolean fullNameOf(String shortName, String full) {
        if (full.length() <= shortName.length() || !UnitGrammar.isUnitName(full)) {
            return false;
        }
        boolean bareLevel = "县市区省镇乡".indexOf(shortName.charAt(0)) >= 0;
        boolean placeless = !shortName.matches(".*[省市县区镇乡].*");
        if (!bareLevel && !(placeless && full.endsWith(shortName))) {
            return false;
        }
        // every character of the short name, in order, in the full one (卫健委 in 卫生健康委员会)
        int at = 0;
        for (int i = 0; i < full.length() && at < shortName.length(); i++) {
            if (full.charAt(i) == shortName.charAt(at)) {
                at++;
            }
        }
        return at == shortName.length() && full.indexOf(shortName.charAt(0)) > 0;
    }

    private static List<String> recipients(List<String> texts, int at) {
        if (at < 0) {
            return List.of();
        }
        String line = texts.get(at);
        List<String> names = new ArrayList<>();
        for (String name : line.substring(0, line.length() - 1).split("[、，,；;]")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** The line of the 主送机关 ("各乡镇人民政府、县直各单位："), -1 when the notice names none. */
    private static int recipientsLine(List<String> texts, int head) {
        for (int i = 0; i < Math.min(texts.size(), Math.max(head, 15)); i++) {
            String line = texts.get(i);
            if (RECIPIENTS.matcher(line).matches() && !NOT_RECIPIENTS.matcher(line).matches()
                    && Numbering.markerOf(line) == null && line.length() <= 300) {
                return i;
            }
        }
        return -1;
    }
}
