package org.duban.planreader.find;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.UnitDirectory;
import org.duban.planreader.text.Hans;
import org.duban.planreader.text.Text;
import org.duban.planreader.unit.UnitGrammar;
import org.duban.planreader.unit.UnitNames;

/**
 * Units named in a sentence with the words that give them their role: 由A负责, A牵头, B配合/参加/承办, A会同B,
 * 与B联合, （A负责）, 发挥A牵头…作用, and a clause whose subject is a list of units (各开发区、镇（街道）要…, 省局将…). A
 * name counts when the organisation's directory knows it or, without a directory, when it reads as the name of a body.
 * Names come back as written (traditional characters stay so).
 */
final class ProseRoles {

    /** Lead and assisting units found in a text. */
    record Found(List<String> lead, List<String> assist) {
        boolean any() {
            return !lead.isEmpty() || !assist.isEmpty();
        }
    }

    private static final String NAMES = "([\\u4e00-\\u9fa5A-Za-z0-9（）()〔〕、和及与“”]{2,80}?)";
    /**
     * 组织 as a deed (组织开展…), not the noun of 组织部, 组织法 or 组织机构 (建立健全组织机构), nor a 党组织's name
     * (各级各领域基层党组织要…); the look-behind stands after the word, where {@link Text#ahead} does not see it.
     */
    private static final String ORGANISES = "组织(?<!党组织)(?!部|法|机构)";
    /**
     * 负责 as a deed, not the noun of 负责人 or 负责同志 (处室负责人的主观能动性 says nothing of the 处室); 负责人口和计划生育
     * 达标工作 is the deed.
     */
    private static final String ANSWERS_FOR = "负责(?!人(?!口|民|才)|同志)";
    /**
     * "联合" as a deed done together, not the first word of a body's name: a federation (联合会) or a joint Party
     * committee of villages (各村居联合党委, 各有关联合党委).
     */
    private static final String JOINTLY = "联合(?![会党])";
    private static final String LEADS = "(?:(?:联合|共同)(?:主办|举办|" + ORGANISES + ")|牵头抓总|牵头负责|牵头组织|具体负责|负责组织|统筹|牵头|"
            // "（生态环境部、住房城乡建设部指导）": the ministry a national plan names over a piece the places carry out
            + "指导|"
            // "由向伟益副局长牵头，规划处抓落实": a meeting's decision names who sees it carried out
            + "具体抓落实|抓好落实|抓落实|"
            // "原则同意《…的请示》，由移民安置处按程序办理": whose the approved matter is
            + "按程序办理|办理|"
            + ANSWERS_FOR + "|主办|"
            // "座谈会由各相关县扶贫移民局主持": who hosts a meeting runs it
            + "主持|"
            // "由市安监局（1名县级领导）带队": the body whose people lead a team leads its work
            + "带队|" + ORGANISES + "|部署|落实)";
    private static final String ASSISTS = "(?:按职责分工负责|按职责负责|积极配合|共同参与|配合|参与|参加|协助|协同|协办|承办)";
    /** "由县委宣传部统一组织…": how the one named does it, between the name and its role. */
    private static final String MANNER = "(?:统一|分别|共同|集中|全面|按职责|自行)?";
    private static final Pattern BY = Pattern.compile("由" + NAMES + MANNER + LEADS);
    /** The longest name looked for after 由 when no role word follows it. */
    private static final int MAX_BY_NAME = 24;
    /** The characters a body's name ends with (局, 办, 委员会's 会…): only there can a name after 由 end. */
    private static final String NAME_LAST = "局股室所队站心委办科处部门院厅署司馆社台会组团庭行府道镇乡区场报班室位协联";
    /** The second character of 组织, 组成, 组建, 组队: after 组, the 组 is a verb's first, no body's last. */
    private static final String ORGANISING_VERB_REST = "织成建队";
    /** "由姜辉同志负责牵头实施", "由陈善强同志负责": a person named as a comrade, whom the work is given to. */
    private static final Pattern BY_A_COMRADE = Pattern.compile("由([\\u4e00-\\u9fa5]{2,3}同志)(?:具体)?(?:负责|牵头)");
    private static final Pattern BY_ARRANGING = Pattern.compile("由" + NAMES + "(?:安排|指派|抽调|派出|协调|自备|自行)");
    /** Anchored at both ends, the names take all they can: "市有关部门配合" is 市有关部门, not 市有关. */
    private static final String ALL_NAMES = "([\\u4e00-\\u9fa5A-Za-z0-9（）()〔〕、和及与“”]{2,80})";
    /**
     * "各区司法局也要…", "各地计生协亦将…", "各有关单位自行组织…": a word between the subject and its verb that says it too
     * (or by itself) does so; one that says it is planned: "县总工会初定于4月20日开展…", "市局拟于…", "区残联计划在…"; and
     * the count of what it must do ("各学校一要…").
     */
    private static final String TOO = "(?:也|亦|均|同样|自行|(?:初|拟|决)?定(?=于)|(?:拟|计划)(?=于|在|将|开展|举办|组织)"
            // "各学校一要…；二要…", "各地一是要…": the first of the things it must do, counted off after its name
            + "|一是?(?=要)"
            // "区林业局定期对…进行督查", "县电视台派员做好…", "市委理论学习中心组集中进行1次…": how often or by whom it acts
            + "|定期|不定期|适时|派员|派人|集中(?=开展|组织|学习|宣传)"
            // "各村(社区)每季度组织一次…", "县市场监管局每月开展一次检查": how often it acts
            + "|每(?:季度|个?月|周|年|半年|学期)"
            // "各单位会后抓紧将…报县发改局", "各小学活动后要及时做好全面总结": when, after the meeting or the event, it
            // sees to its part
            + "|(?:会|活动|会议|比赛|演练)(?:结束)?后(?=抓紧|立即|尽快|及时|要|将|认真)"
            // "学工处主要开展法制、心理健康的安全教育": what its part mostly is
            + "|主要(?=开展|负责(?!人|同志)|承担|组织)"
            // "市检验检测中心现场对计量器具进行检定": a body that does its part at the event's site
            + "|现场(?=对|开展|讲解|宣传|接待|受理|提供|展示|检测|检定|解答|办理)"
            // "各部门紧密围绕活动主题…", "各单位密切配合": how closely it holds to the work
            + "|(?:紧密|密切)(?=围绕|配合|协作|结合|合作|联系)"
            // "各单位请于5月20日前将…报…": asked to, by the plan, before what it must do and when
            + "|请(?=于|在|按|务必|将|及时|认真))?";
    /** "各地也要联合当地卫生院…": every place's bodies, unnamed, as a clause's subject. */
    private static final Pattern EVERY_PLACE = Pattern.compile("各地|各级");
    /** "规划处抓落实": the names end before the 抓 of the deed (no name ends with 抓). */
    private static final Pattern LEAD_AT_END = Pattern.compile(
            "^" + ALL_NAMES + "(?<!抓)" + Text.ahead(LEADS) + LEADS + "$");
    private static final Pattern ASSIST_AT_END = Pattern.compile("^" + ALL_NAMES + Text.ahead(ASSISTS) + ASSISTS + "$");
    private static final Pattern WITH = Pattern.compile("^" + NAMES + TOO + "(?:将|要|拟|还将)?(?:会同|" + JOINTLY + "|携手)"
            // "…孝南区人民政府联合在xx职业技术学院举行": together, at a place; no one else named
            + "(?![在于向对到])"
            // "会同农业部等部门负责落实": the 等部门 stays with the names it closes, as a list of units writes it
            + "([\\u4e00-\\u9fa5A-Za-z0-9（）()〔〕、和及与“”]{2,80}?(?:等(?:有关)?(?:单位|部门))?)"
            + "(?:等(?:单位|部门)?)?(?:共同|联合)?(?:开展|组织|举办|召开|部署|推进|实施|做好|负责|落实|研究|制定"
            // "会同县公安局、县农业农村局按照方案开展检查": by what they act, before the deed
            + "|按照|依照|依据|根据|结合|围绕"
            // "会同省发展改革委…联合下发通知": what they issue or start together
            + "|下发|印发|发布|制发|举行|启动|成立|设立|编制|制作|印制|对|在|于|$)");
    private static final Pattern JOINED_BY = Pattern.compile("与" + NAMES + "(?:联合|共同|合作|分别)");
    private static final Pattern BRACKETED = Pattern.compile("[（(〔]" + NAMES + LEADS + "[）)〕]");
    private static final Pattern PLAY_ROLE = Pattern.compile("发挥" + NAMES + "(?:牵头|统筹|主体|职能)");
    private static final String SUBJECT_VERBS = "要|将|应(?!急)|须|必须|需|务必|继续|统一|牵头|" + ANSWERS_FOR + "|具体负责|" + ORGANISES
            // (not 以及, 以上, 以下: a list goes on, or a count is bounded, and no deed follows)
            + "|开展|举办|" + JOINTLY + "|积极|认真|结合|于|在|按照|按|以(?![及上下])"
            + "|制作|印制|发放|张贴|悬挂|召开|举行|开设|播放|播出|发布|设置|设立|成立|编制|提供|采取|采用|利用"
            // "各社区村邀请辖区书法爱好者挥毫泼墨写春联": whom a body invites, for the work it holds
            + "|邀请"
            // "省级卫生行政部门制定本地区…方案", "每个省级卫生行政部门征集、拟定…主题": a body that draws up its part (a
            // report's "XX乡制定了…方案" tells what was done)
            + "|(?:制定|制订|征集|完成)(?!了)"
            // "县广播电视台、政府网站对活动进行报道", "城市管理局做好场地布置", "各地方政协可根据实际开展…"
            + "|对|做好|可|至少|根据|依据|围绕|针对"
            // "各单位会后抓紧将…报县发改局": how soon it is to act
            + "|抓紧|尽快"
            // "市区两级相关部门就相关政策进行现场宣传讲解": what it speaks on, and then its deed
            + "|就(?!业)"
            // "镇派出所强化执法力度，严厉查处…", "物价、工商…等部门立即部署…": a body that steps up its own work
            + "|强化|加强|加大|严厉|严格|深入|广泛|大力|集中进行|立即"
            // "镇环卫所加快…", "县住建局完善…": its deed right after its name (推进办, 指导组 are bodies)
            + "|(?:加快|推进|推动|完善|督促|指导)(?![办组会委室处局站所队科])"
            // "市水务办承担节水宣传周活动的具体实施": the body that takes the work on
            + "|承担"
            // "各学院通过主题班会的形式组织…", "各县市通过“…执法一体化平台”抽取…": the means it takes to its deed
            + "|通过(?=[^，,。；;]{2,30}(?:形式|方式|途径|渠道|平台|系统))";
    /** "市环保局6月初举办…", "市档案局6月9日将在…": the day its subject does it, between the subject and the deed. */
    private static final String ON_A_DAY = "(?:\\d{1,2}月(?:\\d{1,2}日)?(?:[初中底末]|上旬|中旬|下旬)?(?:前|起|当天|晚|上午|下午)?"
            // "各县市分局第二季度至少对…进行抽查", "各乡镇上半年完成…": the part of the year its subject does it in
            + "|(?:在)?(?:第[一二三四1-4]季度|[上下]半年|年底前|年内)(?:内|前)?)?";
    /** "交通部门，负责通村公路和道路建设": a comma between the subject and the word that gives it its part. */
    private static final String COMMA_BEFORE_ROLE = "(?:[，,]\\s*(?=负责|牵头))?";
    private static final Pattern SUBJECT = Pattern.compile("^" + NAMES + COMMA_BEFORE_ROLE + ON_A_DAY + TOO + Text.ahead(SUBJECT_VERBS)
            + "(?:" + SUBJECT_VERBS + ")");
    /** "縣消防隊協助植樹的用水工作": a body whose own sentence says it helps is assisting, though no lead is named. */
    private static final Pattern ASSIST_SUBJECT = Pattern.compile("^" + NAMES + TOO
            // "届时，市教育局将配合市禁毒办组织…", "县公安局要积极配合": what it must do is help
            // "保卫处等部门给予协助", "各村予以配合"
            + "(?:将|要|应|须|需|负责)?(?:积极|主动|全力)?(?:给予|予以)?(?:协助|配合)(?!单位|部门)");
    private static final String SENTENCE_VERBS = "要|将|应(?!急)|须|必须|需|务必|务于|" + ANSWERS_FOR + "|牵头|" + ORGANISES
            + "|开展|举办|" + JOINTLY + "|积极|认真|结合|高度重视|精心|切实"
            + "|尽快|抓紧|同时也|同时|以|按照|根据|围绕|立即|及时|对|于|在|把|向|作为|至少"
            // a body that does the work itself: 县减灾办制作宣传短视频, 市局印制宣传资料
            + "|制作|印制|发放|张贴|悬挂|召开|举行|开设|播放|播出|发布|设置|设立|成立|编制|制定|制订|提供|邀请|派出|抽调|安排|建立|印发|转发|上报|报送"
            + "|采取|采用|利用"
            // "企管站做好禁止秸秆焚烧的现场检查工作": a body told to see its work done well
            + "|做好|抓好|搞好|承担";
    private static final Pattern TOGETHER_WITH = Pattern.compile("会同" + NAMES + Text.ahead(SENTENCE_VERBS)
            + "(?:" + SENTENCE_VERBS + ")");
    /** "联合相关协会到黑嘴鸥繁殖地开展…": where they go together, after whom the doer works with. */
    private static final String GOING_TO = "到|赴|前往|深入";
    /** "并会同国家统计局某某调查队做好…", "及时会同县卫健委制定…": a clause that opens with whom its doer, named before, works with. */
    private static final Pattern TOGETHER_FIRST = Pattern.compile("^(?:并|还|同时|及时|主动|积极)?(?:会同|" + JOINTLY
            + "|携手)(?![在于向对])" + NAMES
            + Text.ahead(SUBJECT_VERBS + "|" + SENTENCE_VERBS + "|" + GOING_TO) + "(?:" + SUBJECT_VERBS + "|" + SENTENCE_VERBS
            + "|" + GOING_TO + ")");
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile("^(?:请|要求)?" + NAMES + COMMA_BEFORE_ROLE + TOO
            + Text.ahead(SENTENCE_VERBS)
            + "(?:" + SENTENCE_VERBS + ")");

    private static final Pattern UNDER = Pattern.compile("^在" + ALL_NAMES.replace("{2,80}", "{2,60}")
            + "的(?:统一)?(?:牵头|组织|领导|指导|统筹|带领|协调)下$");
    private static final Pattern DEED_AFTER_NAMES = Pattern.compile("(?:联动|面向|分别|各自|一道|一起)");
    private static final Pattern PLACE_FIRST = Pattern.compile("^(?:在|于|向|对|从|到|通过|利用|与|同(?!时)|跟)");
    /** "联合市网通、市移动公司", "会同县区委宣传部和科协": a clause of only the bodies a lead named before brings in. */
    private static final Pattern JOINED_BY_THE_LEAD = Pattern.compile("^(?:联合|会同|组织|协调|带领|并联合|并会同)" + ALL_NAMES + "$");
    /** "乡食安办牵头组织乡农技站、畜牧站、司法所": the lead and the bodies it brings in, in one clause. */
    private static final Pattern LEAD_ORGANISES = Pattern.compile("^(?:由)?" + NAMES + "牵头(?:组织|联合|会同)" + ALL_NAMES + "$");
    private static final Pattern CLAUSE = Pattern.compile("[。；;！!？?\\n，,：:]");

    private static final Pattern LEADING_ADVERB = Pattern.compile(
            "^(?:并|再|还|同时|另外|其中|具体|统一|分别|共同|主要|全面|今年|明年|届时|与|同(?!级)|由|请|要求"
            // "每年省直工委牵头…", "每两年省扶贫开发领导小组…": how often, before the body that does it
            + "|每[两二三四五六半\\d]?(?:个)?(?:年度|年|季度|季|月|周)"
            // "二是各责任处室要…": the point's count before the body
            + "|[一二三四五六七八九十]是"

            // "以学院学工处牵头，团委、保卫科配合": the body the work is led by, set after 以
            + "|以(?![下上及])(?=[\\u4e00-\\u9fa5（）()]{2,24}$))");

    private ProseRoles() {
    }

    /** "交通运输、 公安交警、 应急管理部门": the spaces a copy set after a list's marks. */
    private static final Pattern SPACED_LIST_MARK = Pattern.compile("、[ \u3000]+");
    /** "• 各村(社区)、企业开展拉网式隐患排查": a bullet before a line's first word, no part of its subject. */
    private static final Pattern LINE_BULLET = Pattern.compile("(?m)^[ \u3000]*[•●◆■▪◇·][ \u3000]*");
    /**
     * "省级教育、…等系统主管部门，要结合实际…": what a subject set off by a comma must do; "强化组织领导各处室要…", "…各行政村
     * 均应…": what the subject after a run-on heading is told.
     */
    private static final String MUST = "(?:要|应当|应(?!急)|须|必须|务必|需|将)";
    private static final Pattern MUST_AFTER_COMMA = Pattern.compile("^\\s*(?:也|均|都)?" + MUST);
    /** "县电视台、政府门户网站、手机报等媒体，开设专栏宣传…": what a list of units set off by a comma does itself. */
    private static final Pattern DEED_AFTER_COMMA = Pattern.compile("^\\s*(?:开设|制作|印制|发放|张贴|悬挂|召开|举行|播放|播出"
            + "|发布|设置|编制|开展|举办|" + ORGANISES + "|负责|牵头)");
    /** "各地各校要高度重视…，将…": a clause that says itself what its subject must do is no bare subject. */
    private static final Pattern MUST_WITHIN = Pattern.compile(MUST);

    static Found in(String text, UnitDirectory directory) {
        Set<String> lead = new LinkedHashSet<>();
        Set<String> assist = new LinkedHashSet<>();
        text = LINE_BULLET.matcher(SPACED_LIST_MARK.matcher(text).replaceAll("、")).replaceAll("");
        if (text.indexOf('长') >= 0 || text.indexOf('员') >= 0 || text.indexOf('记') >= 0 || text.indexOf('师') >= 0
                || text.indexOf('任') >= 0) {
            // "由何智彬副局长牵头，规划处抓落实": a leader is named by his title, no body (何智彬副局 is none)
            text = PERSON_TITLE.matcher(text).replaceAll("，");
        }
        if (text.contains("带队")) {
            // "由市煤炭工业局1名县级领导带队": who of the body leads the team says nothing of who the body is
            text = LEADER_OF_A_TEAM.matcher(text).replaceAll("");
        }
        String simple = Hans.simplified(text);
        Matcher split = CLAUSE.matcher(simple);
        int from = 0;
        boolean ledBefore = false;
        // who acts in the clause right after the one that names who leads ("由A牵头，B、C要…")
        Set<String> afterALead = new LinkedHashSet<>();
        // where the opening of a heading the copy ran into its body ends: its first mark past the clauses' commas
        Matcher mark = OPENING_ENDED.matcher(simple).region(0, Math.min(simple.length(), MAX_OPENING));
        int openingEnds = mark.find() ? mark.start() : simple.length();
        while (from <= simple.length()) {
            int to = split.find(from) ? split.start() : simple.length();
            String clause = simple.substring(from, to);
            // "县减灾办牵头，县民政局、气象局等部门于5月12日…": who does it after the lead is named assists
            Matcher under = UNDER.matcher(clause.strip());
            if (under.matches()) {
                // "在仙游县教育局的牵头下，仙游县实验幼儿园、…联合开展…": who leads, then who does it with them
                List<String> leading = unitList(under.group(1), directory);
                lead.addAll(leading);
                ledBefore = !leading.isEmpty();
                from = to + 1;
                continue;
            }
            Matcher joins = JOINED_BY_THE_LEAD.matcher(clause.strip());
            if (ledBefore && joins.matches() && !unitList(joins.group(1), directory).isEmpty()) {
                // "由市消协牵头，联合市网通、市移动公司、市联通公司…": those the lead brings in help it
                assist.addAll(unitList(joins.group(1), directory));
                ledBefore = false;
                from = to + 1;
                continue;
            }
            Matcher organises = LEAD_ORGANISES.matcher(clause.strip());
            if (organises.matches() && !unitList(organises.group(1), directory).isEmpty()
                    && !unitList(organises.group(2), directory).isEmpty()) {
                // "乡食安办牵头组织乡农技站、畜牧站、司法所": who leads, and whom it brings in
                lead.addAll(unitList(organises.group(1), directory));
                assist.addAll(unitList(organises.group(2), directory));
                from = to + 1;
                continue;
            }
            boolean comma = to < simple.length() && "，,".indexOf(simple.charAt(to)) >= 0;
            // what follows the comma, read in place: a notice's every comma comes here
            boolean must = comma && MUST_AFTER_COMMA.matcher(simple).region(to + 1, simple.length()).lookingAt();
            boolean deed = comma && !must && DEED_AFTER_COMMA.matcher(simple).region(to + 1, simple.length()).lookingAt();
            if ((must || deed) && !MUST_WITHIN.matcher(clause).find()
                    // "公安局、电力局协办，举办…": names that say their part themselves are no bare subject
                    && !ASSIST_AT_END.matcher(clause.strip()).matches() && !LEAD_AT_END.matcher(clause.strip()).matches()) {
                // "省级教育、科技、…、监狱等系统主管部门，要结合实际…": a list of units set off by a comma is the subject
                List<String> subject = unitList(text.substring(from, to), directory);
                if (must ? !subject.isEmpty() : subject.size() > 1) {
                    (ledBefore ? assist : lead).addAll(subject);
                    if (ledBefore) {
                        afterALead.addAll(subject);
                    }
                    ledBefore = false;
                    from = to + 1;
                    continue;
                }
            }
            List<String> listed = comma && !ledBefore ? listedBeforeTheSubject(text, simple, from, to, directory) : List.of();
            if (!listed.isEmpty()) {
                // "各村(居)民委,镇直各单位要…": a comma where a list's mark should be, between names that are one subject
                lead.addAll(listed);
                from = to + 1;
                continue;
            }
            Set<String> assistedBefore = ledBefore ? new LinkedHashSet<>(assist) : null;
            // "提升政治站位，强化组织领导各处室要…": the clauses of a heading the copy ran into its body's first sentence
            boolean opening = to <= MAX_OPENING && from <= openingEnds;
            clause(text.substring(from, to), clause, directory, ledBefore ? assist : lead, assist, opening);
            if (assistedBefore != null) {
                assist.stream().filter(name -> !assistedBefore.contains(name)).forEach(afterALead::add);
            }
            String said = clause.strip();
            ledBefore = comma && (said.endsWith("牵头") || said.endsWith("指导")) && ledByUnits(said, directory);
            from = to + 1;
        }
        for (String both : afterALead) {
            // "各社区根据摸排情况进行分类整治。由街道城管中队牵头，各社区必须确定具体进度计划": those said to act after
            // the one named to lead assist it, though a sentence of their own had them as its subject
            if (lead.contains(both) && lead.size() > 1) {
                lead.remove(both);
            }
        }
        assist.removeAll(lead);
        return new Found(new ArrayList<>(lead), new ArrayList<>(assist));
    }

    /**
     * A leader's title after his name: 副局长, 总会计师, 书记; not after a body's name (区消保委秘书长, who stands for the
     * body), nor the 市长 of 市长热线.
     */
    private static final Pattern PERSON_TITLE = Pattern.compile("(?<=[\\u4e00-\\u9fa5])(?<![局处科室委办厅部会院所站队心组司府])"
            + "(?:常务)?副?(?:省长|市长|县长|区长|局长|处长|科长|厅长|主任|书记|秘书长|巡视员|调研员|总会计师|总经济师|总工程师)"
            + "(?!热线|信箱|办公会|专题会)");

    /** "1名县级领导", "主要负责同志": the people of a body who lead a team, before 带队. */
    private static final Pattern LEADER_OF_A_TEAM = Pattern.compile(
            "(?:(?:\\d{1,2}|[一二两三])名|(?<=[局委办室队厅部院所站心]))[^，,。；;由]{0,6}?(?:领导|负责同志|负责人|同志|干部)"
                    + "(?=带队)");

    /** "县减灾办牵头": a clause saying units lead, not a person ("由向伟益副局长牵头", whose 规划处 then leads). */
    private static boolean ledByUnits(String clause, UnitDirectory directory) {
        Matcher m = LEAD_AT_END.matcher(clause);
        return m.matches() && !unitList(m.group(1).replaceFirst("^由", ""), directory).isEmpty();
    }

    /** A purpose or a topic opening a clause: "为保证…", "宪法进机关" (a campaign's name, ending like a group's). */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("^(?:为|為|此项|该项|本项|[^，,]{1,8}进(?:机关|社区|学校|企业|农村|乡村|家庭|单位))");

    /**
     * The units' names the clause from {@code from} to the comma at {@code to} is made of, when it is only names and the
     * clause after the comma opens with units as its subject ("县公安局，县交警大队要…"): both are one list of who does
     * it. Empty otherwise.
     */
    private static List<String> listedBeforeTheSubject(String text, String simple, int from, int to,
            UnitDirectory directory) {
        String clause = simple.substring(from, to).strip();
        if (clause.indexOf('由') >= 0 || NOT_A_SUBJECT.matcher(clause).lookingAt() || LEAD_AT_END.matcher(clause).matches()
                || ASSIST_AT_END.matcher(clause).matches()) {
            // "此项工作由南昌移动公司…,", "为保证…落到实处,", "县减灾办牵头,": no list of names alone
            return List.of();
        }
        Matcher next = SUBJECT.matcher(simple).region(to + 1, simple.length());
        return next.lookingAt() && !unitList(text.substring(next.start(1), next.end(1)), directory).isEmpty()
                ? unitList(text.substring(from, to), directory) : List.of();
    }

    /**
     * The units a sentence is about when its subject is a list of units or it says who leads (由…负责, A牵头), not
     * units it merely mentions: for sentences that stand alone as tasks.
     */
    static Found subjectIn(String sentence, UnitDirectory directory) {
        sentence = SPACED_LIST_MARK.matcher(sentence).replaceAll("、");
        String s = Hans.simplified(sentence).strip();
        Matcher subject = SENTENCE_SUBJECT.matcher(s);
        if (subject.find()) {
            List<String> names = unitsIn(sentence.strip().substring(subject.start(1), subject.end(1)), directory);
            if (!names.isEmpty()) {
                // "各牵头部门要…会同参与部门制定…", "…并与配合部门分别抽取…": whom the subject works with assists
                Set<String> with = new LinkedHashSet<>();
                Clause c = new Clause(sentence.strip(), s, directory);
                for (Pattern p : List.of(TOGETHER_WITH, JOINED_BY)) {
                    Matcher m = p.matcher(s);
                    while (m.find()) {
                        c.add(with, m, 1);
                    }
                }
                if (s.startsWith("由") || s.startsWith("牵头", subject.end(1))) {
                    // "由区安监局牵头，区工信局、国土资源分局等部门配合，深入…": who is to help is said after the lead
                    with.addAll(in(sentence, directory).assist());
                }
                names.forEach(with::remove);
                return new Found(names, new ArrayList<>(with));
            }
        }
        Matcher helps = ASSIST_SUBJECT.matcher(s);
        if (helps.find()) {
            List<String> names = unitsIn(sentence.strip().substring(helps.start(1), helps.end(1)), directory);
            if (!names.isEmpty()) {
                return new Found(List.of(), names);
            }
        }
        List<String> places = placesToDo(sentence.strip(), s);
        if (!places.isEmpty()) {
            return new Found(places, List.of());
        }
        Matcher by = BY.matcher(s);
        if (by.find()) {
            Found all = in(sentence, directory);
            if (!all.lead().isEmpty()) {
                return all;
            }
        }
        return new Found(List.of(), List.of());
    }

    /** The longest heading a copy runs into its body's subject with no mark between. */
    private static final int MAX_RUN_ON_HEADING = 40;
    /** The longest run of names looked for as that subject. */
    private static final int MAX_SUBJECT_AFTER_HEADING = 40;
    /** How far into a paragraph the clause holding such a heading and its subject may end. */
    private static final int MAX_OPENING = MAX_RUN_ON_HEADING + MAX_SUBJECT_AFTER_HEADING;
    /** A mark that ends a heading's opening: past it, a 各 is no run-on heading's subject. */
    private static final Pattern OPENING_ENDED = Pattern.compile("[。；;！!？?：:]");
    /**
     * What a heading run into the subject cannot end with: the name would be its object or part of its phrase; a space
     * or a mark sets a heading apart, and the subject after it is read as any other (工作要求 各科室要…).
     */
    private static final Pattern NOT_A_HEADING_END = Pattern.compile("(?:[的等、和及与或是在由]|[^\\u4e00-\\u9fa5])$");

    /**
     * "强化组织领导各处室（中心）、各行政村要…", "深入开展隐患排查整治工作各处室要…": an item's heading whose 。 the copy lost
     * runs into its body's subject, a 各 group (各处室, 各单位) whom the sentence tells what to do. Found where the
     * sentence opens with no subject of its own; the words before the 各 must not act on it (组织各单位, 对各村). The
     * clause holds no mark: {@link #in} cut it at each.
     */
    private static List<String> subjectAfterARunOnHeading(String clause, String simple, UnitDirectory directory) {
        for (int at = simple.indexOf('各', 4); at > 0 && at <= MAX_RUN_ON_HEADING; at = simple.indexOf('各', at + 1)) {
            String heading = simple.substring(0, at);
            String rest = simple.substring(at);
            if (heading.indexOf('由') >= 0 || NOT_A_HEADING_END.matcher(heading).find()
                    || ACTS_ON.matcher(heading).find() || UnitGrammar.opensWithADeed(rest)) {
                continue;
            }
            Matcher subject = SENTENCE_SUBJECT.matcher(rest);
            if (subject.find()
                    && MUST_AFTER_COMMA.matcher(simple).region(at + subject.end(1), simple.length()).lookingAt()) {
                List<String> names = unitsIn(clause.substring(at + subject.start(1), at + subject.end(1)), directory);
                if (!names.isEmpty() && Hans.simplified(names.get(0)).startsWith("各")) {
                    return names;
                }
            }
            return List.of();
        }
        return List.of();
    }

    /** The roles one clause gives; {@code simple} is the clause in simplified characters, position for position. */
    private static void clause(String original, String simple, UnitDirectory directory, Set<String> lead,
            Set<String> assist, boolean opening) {
        String o = original.strip();
        String s = simple.strip();
        if (s.isEmpty()) {
            return;
        }
        // "（区政务服务局牵头，区发改局、区级相关部门配合）": the note's brackets, cut apart by the comma, are not names'
        if (o.length() == s.length() && s.length() > 1) {
            int from = isOpen(s.charAt(0)) && bracketDepth(s) > 0 ? 1 : 0;
            int to = isClose(s.charAt(s.length() - 1)) && bracketDepth(s) < 0 ? s.length() - 1 : s.length();
            if (from > 0 || to < s.length()) {
                o = o.substring(from, to).strip();
                s = s.substring(from, to).strip();
                if (s.isEmpty() || o.length() != s.length()) {
                    return;
                }
            }
        }
        Clause c = new Clause(o, s, directory);
        Matcher together = TOGETHER_FIRST.matcher(s);
        if (together.lookingAt() && c.add(assist, together, 1)) {
            // "…负责…，并会同国家统计局共和调查队做好…": whom the clause's doer works with assists
            return;
        }
        // the patterns that need a word or a bracket are tried only where the clause holds it
        Matcher m = WITH.matcher(s);
        if ((s.contains("会同") || s.contains("联合") || s.contains("携手")) && m.find()
                && (c.add(lead, m, 1) || EVERY_PLACE.matcher(m.group(1)).matches())) {
            c.add(assist, m, 2);
            return;
        }
        int by = s.indexOf('由');
        // "由回峰林场安排人员负责管护", "由各单位自备植树工具": who is to see to it, as who leads it
        if (by >= 0 && (c.adds(lead, BY) || c.adds(lead, BY_ARRANGING))) {
            return;
        }
        Matcher comrade = by >= 0 && s.contains("同志") ? BY_A_COMRADE.matcher(s) : null;
        if (comrade != null && comrade.find()) {
            // "…安全检查由姜辉同志负责牵头实施": a small body's plan that gives each piece of work to one of its people
            lead.add(o.substring(comrade.start(1), comrade.end(1)));
            return;
        }
        if (by >= 0 && by + 3 < s.length()) {
            // "条幅由市安委办现场统一设置": the longest run after 由 that is a body's name, whatever the deed's verb;
            // "由市局领导向服务队授旗", "由村庄面上清洁向屋内庭院拓展": the one it is done to or for, after 向, is none
            int towards = s.indexOf('向', by + 2);
            int last = Math.min(s.length() - 1, by + 1 + MAX_BY_NAME);
            last = Math.min(last, handledAt(s, by + 1, last));
            for (int end = towards > 0 ? Math.min(towards, last) : last; end >= by + 3; end--) {
                char next = s.charAt(end);
                if (next < '\u4e00' || next > '\u9fa5' || NAME_LAST.indexOf(s.charAt(end - 1)) < 0
                        // "由校长组织召开…": the 组 of 组织, 组成 or 组建 is the deed's, no 小组's
                        || s.charAt(end - 1) == '组' && ORGANISING_VERB_REST.indexOf(next) >= 0
                        // "由患者满意度和医务人员满意度两部分组成": the 部 of 部分 (a part) or 部署 is no body's
                        || s.charAt(end - 1) == '部' && (next == '分' || next == '署')) {
                    continue;
                }
                List<String> names = unitList(o.substring(by + 1, end), directory);
                if (!names.isEmpty()) {
                    lead.addAll(names);
                    return;
                }
            }
        }
        if ((s.indexOf('（') >= 0 || s.indexOf('(') >= 0) && c.adds(lead, BRACKETED)
                || s.contains("发挥") && c.adds(lead, PLAY_ROLE) || c.adds(assist, ASSIST_AT_END)
                || c.adds(lead, LEAD_AT_END)) {
            return;
        }
        if (s.indexOf('与') >= 0) {
            c.adds(assist, JOINED_BY);
        }
        if ((s.contains("协助") || s.contains("配合")) && c.adds(assist, ASSIST_SUBJECT)) {
            return;
        }
        m = SUBJECT.matcher(s);
        // "在南昌日报、市电视台开设专栏": where it is done, not who does it
        if (!PLACE_FIRST.matcher(s).lookingAt() && !(m.find() && c.add(lead, m, 1)) && opening) {
            lead.addAll(subjectAfterARunOnHeading(o, s, directory));
        }
        if (lead.isEmpty() && EVERY_PLACE_TOLD.matcher(s).lookingAt()) {
            // "各地要建立绩效考核信息…共享机制": every place's government, told what it must do, is who does it
            lead.add(o.strip().substring(0, 2));
        }
        if (lead.isEmpty()) {
            lead.addAll(placesToDo(o, s));
        }
    }

    /**
     * "由资源生态处将当天巡查处置情况报送至区清违办": where the body after 由 ends, at the 将 or 把 that brings in what it
     * handles (the longest run ending as a name went on to 巡查处); {@code to} where there is none.
     */
    private static int handledAt(String s, int from, int to) {
        for (int at = from + 2; at < to; at++) {
            char c = s.charAt(at);
            if ((c == '将' || c == '把') && UnitGrammar.isUnitName(s.substring(from, at))) {
                return at;
            }
        }
        return to;
    }

    /** "各地要…", "各地应…": every place told what it must do, the sentence's subject. */
    private static final Pattern EVERY_PLACE_TOLD = Pattern.compile("^各地(?:要|应|须|必须|务必)");

    /** A district's, county's or city's name, as its government is named by it. */
    private static final String PLACE = "(?![全本我该此每某由])[\\u4e00-\\u9fa5]{2,4}?[区县市]";
    /** Words for a kind of area, not a place's name: "城区要…", "游客聚集区要…" name no government. */
    private static final Pattern AREA_WORD = Pattern.compile("(?:主|老|中心)?城区|[市县辖景园小山郊矿地街湖林垦老]区|[县城都]市"
            + "|.*(?:禁燃|聚集|保护|示范|功能|集中|核心|重点|风景|旅游|游览|试验|实验|工业|产业|经济|生活|居住|商业)区");
    /**
     * "越城区要对鉴湖镇…", "越城区和绍兴县要组织开展…": districts or counties told what they must do, in a plan of the
     * city over them; a place named anywhere else in a sentence ("晋中市以…为起点") is no body.
     */
    private static final Pattern PLACES_TO_DO = Pattern.compile(
            "^(" + PLACE + "(?:[、和及与]" + PLACE + ")*)(?:也|亦|还)?(?:要|须|必须|应当?|务必|负责|牵头)");

    /** The places a clause opens with as those who must do its work (see {@link #PLACES_TO_DO}); empty otherwise. */
    private static List<String> placesToDo(String original, String simple) {
        Matcher m = PLACES_TO_DO.matcher(simple);
        if (!m.find()) {
            return List.of();
        }
        List<String> places = List.of(original.substring(m.start(1), m.end(1)).split("[、和及与]"));
        return places.stream().anyMatch(p -> AREA_WORD.matcher(Hans.simplified(p)).matches()) ? List.of() : places;
    }

    /** Round brackets, and the tortoise-shell ones some plans set their units in (〔市生态环境局牵头，…参与〕). */
    private static boolean isOpen(char c) {
        return c == '（' || c == '(' || c == '〔';
    }

    private static boolean isClose(char c) {
        return c == '）' || c == ')' || c == '〕';
    }

    /** Opening brackets less closing ones. */
    private static int bracketDepth(String s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isOpen(c)) {
                d++;
            } else if (isClose(c)) {
                d--;
            }
        }
        return d;
    }

    /** A clause as written and simplified, and the directory its names are checked against. */
    private record Clause(String original, String simple, UnitDirectory directory) {

        /** Adds the names the pattern's first group holds where it is found in the clause; true when it added any. */
        boolean adds(Set<String> to, Pattern pattern) {
            Matcher m = pattern.matcher(simple);
            return m.find() && add(to, m, 1);
        }

        /** Adds the names the group holds, if every one is a unit; true when it added any. */
        boolean add(Set<String> to, Matcher m, int group) {
            List<String> names = unitsIn(original.substring(m.start(group), m.end(group)), directory);
            to.addAll(names);
            return !names.isEmpty();
        }
    }

    /**
     * The names a run of text holds, if every one of them is a unit: the whole run as a list, else the list it ends
     * with ("组织开展…由市局" gives 市局). A run that is not a list of units gives nothing.
     */
    static List<String> unitsIn(String run, UnitDirectory directory) {
        String r = LEADING_ADVERB.matcher(run.strip()).replaceAll("");
        if (r.endsWith("力") || r.endsWith("切") || r.endsWith("动")) {
            // "其他部门全力配合", "各单位密切配合": how they are to help is no part of their name
            r = r.replaceFirst("(?:全力|密切|主动)$", "");
        }
        // "各地市场监管部门联动…", "各成员单位和相关企业分别…": the names end where what they do begins
        if (r.indexOf('联') >= 0 || r.indexOf('聯') >= 0 || r.indexOf('面') >= 0 || r.indexOf('分') >= 0
                || r.indexOf('各') >= 0 || r.indexOf('一') >= 0) {
            String simple = Hans.simplified(r);
            Matcher deed = DEED_AFTER_NAMES.matcher(simple);
            if (deed.find() && deed.start() >= 2 && simple.length() == r.length()) {
                r = r.substring(0, deed.start());
            }
        }
        if (UnitGrammar.opensWithADeed(r) || quotesOpen(r)) {
            return List.of();
        }
        List<String> whole = unitList(r, directory);
        if (!whole.isEmpty()) {
            return whole;
        }
        List<String> tail = UnitGrammar.unitsEnding(r);
        if (!tail.isEmpty() && tail.stream().allMatch(n -> known(n, directory))) {
            return tail;
        }
        return List.of();
    }

    /** "由包片单位县文广局督促…", "由陈家坝沿线包片单位县职教中心…": the role bodies hold for a stretch of town. */
    private static final Pattern ROLE_HELD = Pattern.compile("^[\\u4e00-\\u9fa5]{0,10}?(?:包片|包联|挂包)单位");

    /** The names of a run that is nothing but a list of units ("市委宣传部、文广新局"); empty otherwise. */
    static List<String> unitList(String run, UnitDirectory directory) {
        if (run.indexOf('包') >= 0) {
            run = ROLE_HELD.matcher(run.strip()).replaceFirst("");
        }
        List<String> names = UnitNames.split(run.strip());
        if (names.isEmpty()) {
            return List.of();
        }
        if (allUnits(names, directory)) {
            return names;
        }
        List<String> runOn = withoutHeadingRunOn(names);
        return runOn != null && allUnits(runOn, directory) ? runOn : List.of();
    }

    private static boolean allUnits(List<String> names, UnitDirectory directory) {
        List<String> simple = names.stream().map(Hans::simplified).toList();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (!known(n, directory) && !(!quotesOpen(n) && UnitGrammar.isUnitNameIn(simple, i))) {
                return false;
            }
        }
        return true;
    }

    /** "分发到各村、各企业", "组织各单位": the units after such words are whom it reaches, not a heading's run-on. */
    private static final Pattern ACTS_ON = Pattern.compile(
            "(?:[到给向对至于为和与同及将把让请]|组织|动员|督促|指导|邀请|协调|发动|号召|带领|引导|鼓励|要求|联合|会同|通知|发放|分发|送达)$");

    /**
     * "开展重点工作宣传各县区、开发园区、各有关部门…要…": a heading whose 。 the copy lost runs into a list of units; the
     * first name starting at its group's 各, for a list that is no list of units as it stands. Null where the first name
     * holds no such 各, or the words before it act on the units.
     */
    private static List<String> withoutHeadingRunOn(List<String> names) {
        String first = names.get(0);
        int every = first.lastIndexOf('各');
        if (names.size() < 2 || every < 2 || ACTS_ON.matcher(Hans.simplified(first.substring(0, every))).find()) {
            return null;
        }
        List<String> rest = new ArrayList<>(names);
        rest.set(0, first.substring(every));
        return rest;
    }

    /**
     * The units of a run the text is cut off in ("國務院審改辦、人力", "市政府辦公室、市"): the last name kept as far as
     * the copy goes, when the names before it are units.
     */
    static List<String> unitsCutOff(String run, UnitDirectory directory) {
        List<String> whole = unitList(run, directory);
        List<String> names = UnitNames.split(run.strip());
        if (!whole.isEmpty() || names.size() < 2) {
            return whole;
        }
        List<String> before = unitList(String.join("、", names.subList(0, names.size() - 1)), directory);
        if (before.isEmpty()) {
            return before;
        }
        List<String> units = new ArrayList<>(before);
        units.add(names.get(names.size() - 1));
        return units;
    }

    /** "“人人讲安全、个个会应急" is a quoted slogan cut apart, not a name that quotes a word (镇“安全生产月”活动领导小组). */
    private static boolean quotesOpen(String run) {
        return run.chars().filter(c -> c == '“').count() != run.chars().filter(c -> c == '”').count();
    }

    private static boolean known(String name, UnitDirectory directory) {
        if (quotesOpen(name)) {
            return false;
        }
        return directory != null && directory.knows(name) || UnitGrammar.isUnitName(Hans.simplified(name));
    }
}
