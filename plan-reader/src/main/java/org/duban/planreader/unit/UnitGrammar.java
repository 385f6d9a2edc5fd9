package org.duban.planreader.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.text.Hans;
import org.duban.planreader.text.Scan;
import org.duban.planreader.text.Text;

/**
 * What the name of a Chinese government body looks like, for reading without a unit directory: it ends with the
 * word for a kind of body (局, 股, 所, 委员会, 办公室, 中心, 大队, 街道…), or it is a group (各市场监督管理所,
 * 有关成员单位). People (陈馨), places (全市), counts (10000条) and ratios (95%) are not units.
 */
public final class UnitGrammar {

    /** The endings of unit names, longest first where one ends another. */
    static final String ENDINGS = "办公室|委员会|领导小组|指挥部|管委会|办事处|监管所|管理所|管理站|管理局|管理处|分局|支队|大队|中队|"
            + "中心|专班|工作组|小组|街道|乡镇|镇|乡|政府|党委|党组|团委|团中央|妇联|总工会|工会|科协|消协|残联|计生协|侨联|文联|法院|检察院|"
            // the people's bodies a list of 群团 names: 省工商联, 省社科联, 省台联, 省友协, 省作协, 市记协
            + "工商联|社科联|台联|友协|作协|记协|书协|美协|音协|剧协|影协|"
            + "银行|海关|医院|学校|学院|大学|高校|院校|中学|小学|幼儿园|集团|公司|协会|学会|商会|联合会|电视台|报社|日报|园区|开发区|示范区|高新区|林场|农场|"
            + "部门|单位|机关|局|股|室|所|队|站|委|办|科|处|部|院|厅|署|司|馆|社|台|会|组|团|庭|行"
            // a grain reserve's depots: 中储粮株洲直属库
            + "|直属库|粮库|储备库"
            // bodies named by what they are set up for (移民管理机构, 疾控机构), not a 组织机构 set up, nor the 医疗机构 a check visits
            + "|管理机构|监管机构|执法机构|疾控机构"
            // who rescues, checks a decision or carries a case: 消防救援机构, 法制审核机构, 行政执法承办机构
            + "|救援机构|审核机构|承办机构|经办机构"
            // the media a plan tells to report: 新闻媒体, 市直各网站, 政府网站, 长沙晚报, 手机报
            + "|媒体|网站|晚报|手机报";
    private static final Pattern BEFORE_THE_NAME = Pattern.compile(
            "^.*?(?:由|请|要求|组织|督促|指导|协调|联合|会同|发挥|依托)(?=[\\u4e00-\\u9fa5])");
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[“\"]|[”\"]$");
    private static final Pattern GROUP = Pattern.compile("^(机关)?各|^(所有|全体|相关|有关|其他|其它)|(成员单位|有关单位|相关单位|有关部门|相关部门)$");
    /** "每个社区", "每一个村", "每個行政村" (read simplified): each body of a kind, the kind named right after the word. */
    private static final Pattern EVERY_ONE = Pattern.compile(
            "^每一?个(?:行政村|村|社区|居委会|村居|乡镇|乡|镇|街道|单位|部门|学校|班级|科室|站所|企业|网格|党支部)");
    private static final Pattern OTHER_GROUP = Pattern.compile("^(其他|其它|所有|全体)");
    /** Words that end like a body's name but name none (what a name of a body never ends with). */
    private static final String NO_BODY_ENDINGS = "会议|大会|座谈会|培训班|活动|宣传|检查|工作|任务|方案|计划|报告|总结|通知|意见|制度|机制|体系|标准|显示屏|大屏|屏幕|专栏|栏目"
            + "|社会|展会"
            // a gathering, not a body that holds one: 职工趣味运动会, 十五运会, 残特奥会, 文艺晚会, 新闻发布会 (a 研究会 or
            // 促进会 is a body)
            + "|运动会|运会|奥会|晚会|联欢会|茶话会|报告会|研讨会|交流会|推介会|展销会|博览会|展览会|发布会|见面会|故事会|演讲会|表彰会"
            + "|动员会|推进会|招聘会|洽谈会|演唱会|音乐会|庙会|灯会"
            // "四、项目组队": how a contest's teams are made up, not a team
            + "|组队"
            // "“诗情映桑织 青春诵征程”五四青春诗会", "好书分享会": readings and gatherings a plan holds
            + "|诗会|分享会|倾听会|朗诵会|游园会|联谊会|舞会|年会|赏析会|观摩会"
            // people, though 干部 ends like a body's 部: 本地档案干部, 机关干部
            + "|干部|结合部"
            // "苗木全部采用…": all, inside, a part: words that end like a body's 部
            + "|全部|内部|局部|外部"
            // a layout, a situation: 工程布局, 发展格局, 服务大局 end like a bureau's 局 and name none
            + "|布局|格局|大局|变局|开局|结局"
            // town and country together, no township: 整治城乡(结合部), 统筹城乡
            + "|城乡"
            // "相关信息将在…公开发布": what a group's word opens may be no body at all
            + "|信息|资料|情况|数据|问题|知识|政策|文件|事项|产品|商品"
            // "（二）相关活动安排 / 1、团市委组织…": a part of the plan that a group's word opens, no group of bodies
            + "|安排|部署|要求|措施|内容|步骤|流程|事宜"
            // a deed that ends like a station's 台: 出台 (to issue)
            + "|出台";
    private static final String NO_BODY_AT_THE_END = Text.atTheEnd(NO_BODY_ENDINGS) + "(?:" + NO_BODY_ENDINGS + ")$";
    private static final Pattern NOT_A_UNIT = Pattern.compile(
            "[0-9０-９%％]|^(全市|全县|全区|全省|全国|全镇|各地|本地|辖区|城区|市区|县城|全体|群众|企业|社会|消费者|公众|市民|本单位|本部门|本局|我局|我单位|本级|家庭|个人|家长|学生|居民|职工|农户|全部)$"
                    // "20.1.2地面泵（机组）": a machine set, in an attached catalogue of machines, no body
                    + "|^机组$"
                    // "面向社会", "展会" and the rest of NO_BODY_ENDINGS: they end like a body's name, but are none
                    + "|" + NO_BODY_AT_THE_END);
    /** Those words, each looked up at a text's end: a task's whole sentence is asked this too. */
    private static final Set<String> NO_BODY_WORDS = Set.copyOf(Arrays.asList(NO_BODY_ENDINGS.split("\\|")));
    private static final int NO_BODY_LONGEST = NO_BODY_WORDS.stream().mapToInt(String::length).max().orElseThrow();

    /** Whether a text ends like a body's name but names none: 十五运会, 工作会议, 出台. */
    static boolean endsAsNoBody(String n) {
        // a line break that closes the text is passed over (the pattern this look-up replaced let $ stand before it)
        String text = n.substring(0, Text.endBeforeLineBreak(n));
        for (int k = Math.min(NO_BODY_LONGEST, text.length()); k > 0; k--) {
            if (NO_BODY_WORDS.contains(text.substring(text.length() - k))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a sentence, not of a name: "大力宣传动员社会各界参加省局" is no unit, 县委宣传部 is. */
    private static final String VERB_WORDS = "动员|参加|开展|加强|推进|做好|落实|按照|根据|通过|进行|实施|积极|大力|认真|切实|结合|围绕|利用|深入|广泛|及时|确保"
            + "|负责|牵头|配合|协助|要求|务必|组织开展|举办|召开|印发|部署|指导|督促|检查|宣传活动|期间|以上|以下|为主|并且|同时"
            // a purpose clause's verbs: "为丰富职工生活，增强工会组织的活力，县总工会…" names no 增强工会
            + "|增强|增进|丰富|充分|体现|营造|弘扬|激发|提高|提升"
            // "由市健教所提供并与两台联系": what a body gives, and whom it deals with, after its name
            + "|提供"
            // "更好地发挥处室负责人的…": what a body is to make of others, no part of its name
            + "|发挥"
            // "各责任处室抓紧落实", "各单位全面总结…规划": the deed run into the name
            + "|抓紧|总结|明确"
            // "由区教育局汇总后统一上报市教育局": what a body does with what it is sent
            + "|汇总后|统一上报";
    private static final Scan VERBS = Scan.of(Pattern.compile("(?:" + VERB_WORDS + ")"), Text.firsts(VERB_WORDS));
    /**
     * Pieces of a sentence that end like a name or open like a group: "各项工作的" (of 统筹协调各项工作的开展), "将所" (of
     * 将所需资金纳入预算), "组织相关部门" (those organised, not who organises), "各类企业", and a title's 关于.
     */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "的$|^[将把被对以为从向在于其该此][所局科处室队站会部院办委组台社]$|^各[项类种](?!.*(单位|部门|机构)$)"
                    // "重点宣传各级党委政府…": what is stressed, not who does it
                    + "|^重点"
                    // "为了充分体现党和政府对劳模的关心": a purpose clause, not its doer
                    + "|^为了"
                    // "各单位演出时间安排如下", "具体安排如下": what introduces a list, no body
                    + "|如下$"
                    // "协同市场监管所开展…": whom the work is done with, after the verb, not who does it
                    + "|^协同(?!单位|部门)"
                    // "（详见国家档案局网站）", "应参照市政府网站": where to look, not who does it
                    + "|^(?:应|可|请)?(?:详见|参见|参照|见|登录|关注)"
                    // a title's words: 國務院辦公廳關於落實中共中央國務院 (a title broken over lines) names no body
                    + "|关于|關於"
                    // a cited rule cut by a line break: 《网络购买商品七日无理由退货暂行办(法)》 names no 办 (nor 行, a bank)
                    + "|(?:暂行|试行)办?$"
                    // "各区司法局也" (of 各区司法局也要…), "各有关单位自行", "市健康教育所另行(通知)": a word of the sentence run on
                    + "|(?:[也亦都]|[自另]行)$"
                    // "本活动最终解释权归省政协办公厅": whose a right is, said in a sentence
                    + "|权归"
                    // "并报省委省政府", "由省扶贫移民局汇总后报省委": to whom it is reported, not who does it
                    + "|(?:并|后)报"
                    // "时刻站在群众的立场", "时时处处严格约束自己": how always, opening a sentence with no one named
                    + "|^(?:时刻|时时|随时)"
                    // people, not bodies: "何智彬副局(长)", "各位局领导"; whom the work is entrusted to: "委托有…能力的单位"
                    + "|副[局处科主书县市区镇乡]$|(?:局|级)领导$|^委托"
                    // "按省政府…要求", "作为领导班子专题民主生活会…": how or as what, opening no name
                    + "|^按|^作为"
                    // "采取约请提案人座谈和组成调研组(深入…)", "通过召开…会": by what means, opening no name
                    + "|^(?:采取|采用|通过)"
                    // "(约请)提案人座谈和组成调研组": a meeting held and a group being formed are no body yet (市政府组成部门 is)
                    + "|座谈|组成(?!部门)"
                    // "第一组", "第三督查组": a plan's group by its number, whose members are the bodies
                    + "|^第[一二三四五六七八九十\\d]{1,3}[\\u4e00-\\u9fa5]{0,4}组$"
                    // "工作分组", "人员分组": a heading over how the plan groups its people, not a group
                    + "|分组$"
                    // a sentence run into a name: "各村(居)要把住…关键时期" (what a group must do), "宣传海报由镇" (by
                    // whom), "安排包片干部到每名大学" (whither); 主要, 重要, 机要 and 自由 are words of names
                    + "|要(?<![主重需纲机提]要)(?![素点])|由(?<!自由)|到|^每[名位人]"
                    // "实行以防治为主的…", "完成所承担的…任务": a verb that ends like a bank (人行, 农行 are banks) or a
                    // verb before the particle 所, no body
                    + "|^(?![人农工建中交招银邮])[\\u4e00-\\u9fa5]行$"
                    + "|^(?:完成|承担|提供|获得|取得|达到|采取|需要|涉及|发生|产生|具有|拥有)所$"
                    // "优化政务新媒体在…", "宣传本地区本部门认真学习…": a work point's verb and what it works on (媒体, 部门 end
                    // like bodies); 优化营商环境办公室 and 优化办 are bodies
                    + "|^(?:优化(?!办|营商环境)|完善|健全|加快|持续|聚焦|强化|推动)|本(?<=.本)(?:地区|部门)"
                    // "各校主(要负责人要…)": a body's name and the first character of 主要, 主任 or 主管 after it
                    + "|主(?<=[校院局委办部门位所站队室厅处科心会组司]主)$");
    /** "组织相关部门联合开展…": the units after such a verb are whom it acts on, not who acts (组织部 is a body). */
    private static final Pattern DEED_FIRST = Pattern.compile(
            "^(组织|动员|督促|指导|邀请|协调|发动|号召|带领|引导|鼓励|要求|联合(?![会党])|分成|分为|迎接|接受|抓好|做好"
            // "推动各区县", "配合属地相关专班", "形成政府…": a deed and whom it is done with, no body
            + "|推动|形成|配合(?!单位|部门))(?!部)");
    /** "各牵头部门", "配合单位": a role that names the bodies holding it, not a deed. */
    static final Pattern ROLE_NOUN = Pattern.compile("^(?:各|有关|相关|其他)?(?:牵头|配合|负责|参与|发起|责任)(?:单位|部门)$");
    /** Bodies set up for a task are named by it: 质量强市及品牌战略推进工作领导小组办公室, 护城河指挥部. */
    private static final Pattern COORDINATING_BODY = Pattern.compile("(领导小组|委员会|指挥部|工作组|专班|联席会议)(办公室)?$");
    private static final int MAX_NAME = 30;
    private static final Pattern TAIL = Pattern.compile(
            "(?:^|[的和与及])((?:市|县|区|省|镇|乡|各)?[\\u4e00-\\u9fa5（）()]{1,30}?(?:" + ENDINGS + "))$");
    /** "…、科协、妇联、团委": bodies a list names without the place before them. */
    private static final Pattern BODY_BY_ITSELF = Pattern.compile("科协|消协|妇联|残联|团委|团中央|工会|总工会|文联|侨联|工商联|红十字会");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;/／\\s\u3000]+");

    private static final Pattern EVERY_PLACE = Pattern.compile("各地(?:区)?");
    /** A county, district or city named bare: a unit only in a list of places and bodies. */
    private static final Pattern BARE_PLACE = Pattern.compile("^[\\u4e00-\\u9fa5]{2,6}[县旗市区]$");
    /** Words that end like a place and name none: 周边地区, 重点景区, 城市, 超市. */
    private static final Pattern NO_PLACE = Pattern.compile("(?:地|市|辖|社|园|景|校|小|片|山|矿|牧|林|郊|灾)区$|(?:城|超|夜|门|集|股)市$");
    /** Bodies counted: "13个街道、镇" (the district's thirteen streets and towns), "16个部门", "18个乡镇". */
    public static final Pattern COUNTED_GROUP = Pattern.compile(
            "^\\d{1,3}个(?:街道|镇|乡|乡镇|街镇|村|社区|县|区|县区|县市区|部门|单位|成员单位|科室|股室)(?:、(?:街道|镇|乡|乡镇|村|社区))?"
                    // "14个乡镇人民政府": the places' governments, counted
                    + "(?:人民政府|政府|党委|办事处|村委会|居委会)?$");
    /** "镇(街道)", "乡镇（街道）", "村(社区)": a kind of place and the kind that stands for it in towns, each one's. */
    private static final Pattern KINDS_OF_PLACE = Pattern.compile(
            "^(?:各)?(?:镇|乡|乡镇|街道|村|社区)[（(](?:街道|镇|乡|乡镇|村|社区|居)[）)]$");
    /** A level of government named by its one character: 省, 市, 县, 区 (縣, 區), 州, 镇, 乡, 旗, 盟. */
    private static final Pattern LEVEL = Pattern.compile("[省市县縣区區州镇鎮乡鄉旗盟]");
    /** "有关部门", "相关单位", "等部门": bodies named as a group, not one by one. */
    private static final Pattern GROUP_OF_BODIES = Pattern.compile("(?:有关|相关|等)(?:部门|单位)$");
    /**
     * A kind of body named bare ("街道", "学校"): a unit only where a group of bodies before it in the list (各…,
     * …有关部门) reaches over it.
     */
    private static final Pattern BARE_KIND = Pattern.compile("^(?:街道|社区|村|镇|乡|乡镇|学校|中心|单位|部门|科室|医院|园区|系|院|处|所"
            + "|幼儿园|小学|中学|中小学|处室|股室|企业|村居|站|队)$");
    /**
     * A department named by its field alone, as lists of bodies shorten them: 县公安、交通、安监等部门; 宣传部、广电、文联;
     * 由县安监局牵头，公安、消防、质监配合; 移动、联通、电信公司; 省级教育、科技、…、监狱等系统主管部门. Only the fields of government departments and of the
     * carriers and utilities notices give work to; not the fields of work a list may name (食品、药品, 宣传、教育).
     */
    private static final Pattern FIELD = Pattern.compile("^(?:[省市县区州镇乡]级?)?(?:公安|公安交警|交通|交通运输|交警|安监|应急|应急管理|市场监管|城市管理|发展改革"
            + "|人力资源社会保障|人力资源和社会保障|住房城乡建设|住房和城乡建设|工业和信息化|卫生健康|文化和旅游|文化旅游|教育体育|消防|质监|质检|工商|药监|食药监"
            + "|卫生|卫健|卫计|计生|民政|司法|财政|税务|国税|地税|人社|环保|生态环境|住建|城管|规划|国土|自然资源|农业农村|农牧|农机"
            + "|林业|水利|水务|畜牧|文广|文广新|广电|文旅|文体|旅游|体育|科技|工信|经信|商务|发改|统计|审计|物价|气象|地震|烟草|烟草专卖"
            + "|邮政|供电|电力|移动|联通|电信|网信|人行|粮食|供销|民宗|编办|信访|人防|教育|文化|农业)$");

    /** A field's short name, perhaps with its branch in brackets: 综治, 农业(农机). */
    private static final Pattern SHORT_FIELD = Pattern.compile("^[\\u4e00-\\u9fa5]{2,4}(?:[（(][\\u4e00-\\u9fa5]{2,4}[）)])?$");
    /** "…农机等部门", "…公安消防等部门": a list's last name that says the names before it are kinds of bodies. */
    private static final Pattern KINDS_CLOSED = Pattern.compile("^[\\u4e00-\\u9fa5（）()]{2,8}等(?:有关|相关)?(?:部门|单位)$");

    private UnitGrammar() {
    }

    /**
     * Whether the name at {@code index} of a list reads as a unit there: by itself, or as a kind of body named bare
     * after a group that opens with 各 ("各乡镇、街道" is every township and every 街道, "各村、学校、企事业单位").
     */
    public static boolean isUnitNameIn(List<String> names, int index) {
        String n = names.get(index).strip();
        if (isUnitName(n)) {
            return true;
        }
        if (LEVEL.matcher(n).matches()) {
            // "市、区质量工作领导小组办公室", "市、區森林防火指揮部": a level set before a body of another level shares
            // that body's name (the bodies of both levels), as far as the list goes on in levels to such a body
            for (int i = index + 1; i < names.size(); i++) {
                String next = names.get(i).strip();
                if (!LEVEL.matcher(next).matches()) {
                    return !next.isEmpty() && LEVEL.matcher(next.substring(0, 1)).matches() && isUnitName(next);
                }
            }
            return false;
        }
        if (EVERY_PLACE.matcher(n).matches()) {
            // "各地、各部门要…": every place's bodies, unnamed, listed with bodies; alone, 各地 is everywhere
            return names.stream().anyMatch(o -> !o.strip().equals(n) && isUnitName(o.strip()));
        }
        if (isBarePlace(n)) {
            // "秭归县、夷陵区、西陵区、伍家岗区政府", "昆山市、吳江市、吳中區", "市林业局、西山街办、鄂城区": places listed
            // with bodies or with each other stand for their governments; a place alone is where, not who
            if (names.size() < 2) {
                return false;
            }
            for (String other : names) {
                String o = other.strip();
                if (!isBarePlace(o) && !isUnitName(o)) {
                    return false;
                }
            }
            return true;
        }
        if (SHORT_FIELD.matcher(n).matches() && index < names.size() - 1
                && KINDS_CLOSED.matcher(names.get(names.size() - 1).strip()).matches() && !VERBS.in(n)
                && !NOT_A_UNIT.matcher(n).find()) {
            // "公安、交警、综治、农机等部门": the fields a list closes with the word for their bodies stand for those bodies
            return true;
        }
        if (FIELD.matcher(n).matches()) {
            // a field stands for its department beside bodies named in full or in a list of fields alone (公安、消防、质监
            // 配合): "教育、卫生、文化等领域" names none
            return names.stream().anyMatch(o -> !FIELD.matcher(o.strip()).matches() && isUnitName(o.strip()))
                    || names.size() > 1 && names.stream().allMatch(o -> FIELD.matcher(o.strip()).matches());
        }
        if (!BARE_KIND.matcher(n).matches()) {
            return false;
        }
        for (int i = 0; i < index; i++) {
            String before = names.get(i).strip();
            // "各有关部门和单位", "教育部等有关部门和单位": a kind of body after a group of bodies is another such group
            if ((before.startsWith("各") || GROUP_OF_BODIES.matcher(before).find()) && isUnitName(before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that open what a body is told to do, right after its name: "县环境保护局工作要(求)", "其他部门全力(配合)",
     * "各有关单位组织收看", "乡镇人民政府按职责分工", "相关市直单位等如(需)". A 等 between them goes with the sentence.
     */
    private static final Pattern SENTENCE_AFTER_NAME = Pattern.compile("(?:" + ENDINGS + ")(?=等?(?:工作|全力|组织(?!部)|按|要|应|须|必须|在|将|对|于"
            + "|积极|认真|做好|开展|加强|负责|牵头|配合|协助|共同|分别|统一|根据|按照|结合|通过|利用|如|务必|及时|切实|依法))");

    /**
     * The name a piece of text holds when the sentence after the name runs on into it (a field's value cut by a line
     * break, a run of prose): "县环境保护局工作要" → "县环境保护局", "其他部门全力" → "其他部门". Text that ends like a name
     * (县委组织部, 市局工作组) is left whole, and so is text whose head is no unit. {@code simplified} is the text with
     * simplified characters, position for position.
     */
    public static String withoutSentenceAfter(String text, String simplified) {
        if (text.length() < 4 || simplified.length() != text.length() || endsLikeAName(simplified)) {
            return text;
        }
        Matcher m = SENTENCE_AFTER_NAME.matcher(simplified);
        while (m.find()) {
            String head = simplified.substring(0, m.end());
            if (isUnitName(head)) {
                return text.substring(0, m.end());
            }
        }
        return text;
    }

    private static boolean isBarePlace(String name) {
        return BARE_PLACE.matcher(name).matches() && !NO_PLACE.matcher(name).find();
    }

    /** "各牵头单位", "责任部门": whoever holds a role the plan gives, not a body named by itself. */
    public static boolean isRoleNoun(String name) {
        return ROLE_NOUN.matcher(Hans.simplified(SHORT_BRACKET.matcher(name).replaceAll(""))).matches();
    }

    /** "各责任（配合）单位": a short bracket inside a role's name. */
    private static final Pattern SHORT_BRACKET = Pattern.compile("[（(][^（()）]{1,6}[）)]");

    /** "主要宣传我局在…", "客观分析我乡…": the body a sentence calls "ours" after its verb, no doer. */
    private static final Pattern OURS_AFTER_A_VERB = Pattern.compile("(?<=[\\u4e00-\\u9fa5]{2})我[局委办市县区乡镇街校院所]");
    /** "县级以上", "各地级以上", "区级及以上": the levels a name's bodies stand at, before the name. */
    private static final Pattern LEVELS_AND_ABOVE = Pattern.compile("^(?:各|驻[^级]{1,6})?[省市地县区乡镇]级及?以上(.*)$");

    /** Words of a sentence or a quoted name before a 与: what a body is met with, no part of its name. */
    private static final Pattern WORDS_BEFORE_WITH = Pattern.compile("的|[“”\"]");

    /** Whether one name reads as a unit or a group of units. */
    public static boolean isUnitName(String name) {
        if (name == null) {
            return false;
        }
        String n = QUOTES_AROUND.matcher(name.strip()).replaceAll("");
        if (COUNTED_GROUP.matcher(n).matches() || KINDS_OF_PLACE.matcher(n).matches()) {
            // "13个街道、镇", "16个部门": bodies counted, every one of them (the digits of no other name); "镇(街道)",
            // "乡镇（街道）": every town and street, as a table's unit column names them
            return true;
        }
        if (!balanced(n)) {
            // "区）工商局": the tail of 各县（市、区）工商局 cut at the 、 inside its bracket
            return false;
        }
        if (n.indexOf('、') >= 0 && (n.indexOf('（') >= 0 || n.indexOf('(') >= 0)) {
            // "每个县（市、区）工商局": the levels a bracket lists are part of the name
            n = LEVELS_IN_BRACKET.matcher(n).replaceAll(m -> m.group().replace("、", ""));
        }
        Matcher scope = n.contains("以上") ? LEVELS_AND_ABOVE.matcher(n) : null;
        if (scope != null && scope.matches() && !scope.group(1).isEmpty()) {
            // "县级以上地方人民政府", "各地级以上市人民政府": the bodies of a level and those above it, each a body
            n = scope.group(1);
        }
        if (n.length() > 3 && n.endsWith("等")) {
            // "省发改委、省工业和信息化厅等负责": the bodies a list names, and others like them
            n = n.substring(0, n.length() - 1);
        }
        if (n.length() < 2 || n.length() > MAX_NAME || NOT_A_UNIT.matcher(n).find()
                || VERBS.in(n) && !ROLE_NOUN.matcher(n).matches() && !COORDINATING_BODY.matcher(n).find()
                        && !namedByItsWork(n)) {
            return false;
        }
        if (NOT_A_NAME.matcher(n).find() || opensWithADeed(n)
                || n.indexOf('我') > 1 && OURS_AFTER_A_VERB.matcher(n).find()) {
            return false;
        }
        int with = n.indexOf('与');
        if (with > 1 && WORDS_BEFORE_WITH.matcher(n.substring(0, with)).find()) {
            // "中小学生的环保征文比赛与市教育体育局", "“世界水日”与重庆市人民政府": a body met in the sentence, after
            // words of it or a quoted name, is no name (质量与认证监督管理股 is one)
            return false;
        }
        if (endsAsANameDoes(n) && isNameShaped(n) || n.length() <= 5 && BODY_BY_ITSELF.matcher(n).matches()) {
            return true;
        }
        if (EVERY_ONE.matcher(Hans.simplified(n)).lookingAt()) {
            // "每个社区要举办…", "每一個村要書寫…": each of a kind of body, as 各 names them all
            return true;
        }
        // "其他主" (of 其他主要经济指标) is no group: 其他/所有/全体 stand before a body's name, not before any word; nor is
        // "各单位的主" (of 各单位的主要领导要…), a group's word run on past its 的
        return GROUP.matcher(n).find() && !(OTHER_GROUP.matcher(n).lookingAt() && n.length() <= 4) && n.indexOf('的') < 0
                && !GROUP_RUN_ON.matcher(n).find();
    }

    /**
     * "各单位宣传周活动内容" (of …可参考…), "各参演单位选送节目" (of …于9月20日前报…), "有关中央企业填写此项" (of a form's
     * note), "各学校有计划地": a group's word (of bodies, schools, villages, towns) and four words or more of the sentence
     * run on after it, no group; the group's people (各单位主要领导) are named as the group's.
     */
    private static final Pattern GROUP_RUN_ON = Pattern.compile("^(?:各|有关|相关|其他|其它|所有|全体)[^、，,]{0,6}?"
            + "(?:单位|部门|企业|机构|学校|校|社区|村|乡镇|街道)(?!(?:主要)?(?:领导|负责))[\\u4e00-\\u9fa5]{4,}$");

    /** The last characters of the endings: a name ends with one, or with the bracket after one. */
    private static final String LAST_OF_ENDINGS;

    static {
        StringBuilder last = new StringBuilder("）)〕");
        for (String ending : ENDINGS.split("\\|")) {
            last.append(ending.charAt(ending.length() - 1));
        }
        LAST_OF_ENDINGS = last.toString();
    }

    /** Whether a name's last character may end it: the long pattern of names is tried only then. */
    static boolean endsAsANameDoes(String n) {
        return LAST_OF_ENDINGS.indexOf(n.charAt(n.length() - 1)) >= 0;
    }

    /** The endings as words, looked up by a name's last characters (not tried one by one at every character). */
    private static final Set<String> ENDING_WORDS = Set.of(ENDINGS.split("\\|"));
    private static final int LONGEST_ENDING = ENDING_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /** How many characters a name holds before its ending at most. */
    private static final int MAX_BEFORE_ENDING = 40;
    /** How many characters the bracketed note after a name's ending holds at most. */
    private static final int MAX_NOTE = 12;

    /**
     * Whether a name is written as a body's name is: up to 40 characters a name is written with, then an ending, then
     * perhaps a short note in brackets ("县市场监督管理局（知识产权局）").
     */
    static boolean isNameShaped(String n) {
        int before = 0;
        while (before < n.length() && isNameCharacter(n.charAt(before))) {
            before++;
        }
        int end = n.length();
        if (endingBefore(n, end, 1, Math.min(before, MAX_BEFORE_ENDING))) {
            return true;
        }
        int open = noteOpening(n, end, UnitGrammar::isNoteCharacter);
        return open > 0 && endingBefore(n, open, 1, Math.min(before, MAX_BEFORE_ENDING));
    }

    /**
     * Whether a text ends like a body's name: 局, 委员会, 妇联, with or without a bracketed note after it (the end of the
     * text, or before a line break that ends it).
     */
    public static boolean endsLikeAName(String text) {
        int end = text.length();
        int withoutBreak = Text.endBeforeLineBreak(text);
        for (int at : withoutBreak == end ? new int[] {end} : new int[] {end, withoutBreak}) {
            int open = noteOpening(text, at, c -> "（()）〔〕".indexOf(c) < 0);
            if (endingBefore(text, at, 0, at) || open >= 0 && endingBefore(text, open, 0, open)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the endings ends {@code text} at {@code end}, starting between {@code from} and {@code to}. */
    private static boolean endingBefore(String text, int end, int from, int to) {
        for (int length = 1; length <= LONGEST_ENDING && end - length >= from; length++) {
            if (end - length <= to && ENDING_WORDS.contains(text.substring(end - length, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the bracketed note that ends {@code text} at {@code end} opens: 1 to 12 characters of the note's kind
     * between an opening bracket and a closing one at the end. -1 where none does.
     */
    private static int noteOpening(String text, int end, java.util.function.IntPredicate inNote) {
        if (end < 3 || "）)〕".indexOf(text.charAt(end - 1)) < 0) {
            return -1;
        }
        for (int at = end - 2; at >= 0 && end - 2 - at <= MAX_NOTE; at--) {
            char c = text.charAt(at);
            if (c == '（' || c == '(' || c == '〔') {
                return at < end - 2 ? at : -1;
            }
            if (!inNote.test(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isNameCharacter(int c) {
        return c >= '\u4e00' && c <= '\u9fa5' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || "（）()〔〕·“”\"*＊×_".indexOf(c) >= 0;
    }

    private static boolean isNoteCharacter(int c) {
        return c >= '\u4e00' && c <= '\u9fa5' || "、，,/".indexOf(c) >= 0;
    }

    /**
     * "各检查单位", "健康中国行动推进办": a body named by the work it does, the work's verb standing right before the word
     * for the kind of body that ends the name; a verb anywhere else is a sentence's ("组织开展宣传的单位").
     */
    private static boolean namedByItsWork(String n) {
        Matcher verb = VERBS.matcher(n);
        boolean any = false;
        for (int from = 0; VERBS.find(verb, n, from); from = verb.end()) {
            String kind = n.substring(verb.end());
            if (!WORK.matcher(verb.group()).matches() || !ENDING_WORDS.contains(kind)
                    // "协助乡镇" (of 协助乡镇做好…): a place after the verb is whom it helps, no kind of body
                    || PLACE_KIND.matcher(kind).matches()) {
                return false;
            }
            any = true;
        }
        return any && n.length() <= MAX_WORK_NAME;
    }

    /** The endings that name a place's government, not a kind of body a work could name. */
    private static final Pattern PLACE_KIND = Pattern.compile("乡镇|镇|乡|街道|政府|党委|区|县|市");

    /** The work a body may be named by: 检查单位, 推进办, 实施单位, 指导组, 督促组, 协助单位. */
    private static final Pattern WORK = Pattern.compile("检查|推进|实施|指导|督促|协助|配合");

    /** How long a body named by its work may be. */
    private static final int MAX_WORK_NAME = 12;

    private static final Pattern LEVELS_IN_BRACKET = Pattern.compile("[（(][^（()）]{1,12}[）)]");

    private static boolean balanced(String n) {
        int depth = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Whether a run opens with a verb whose object the units after it are: "组织相关部门", "督促各村". */
    public static boolean opensWithADeed(String run) {
        return DEED_FIRST.matcher(run).find();
    }

    /**
     * How much of a cell reads as a list of units: the share of its names that are units (0 for an empty cell).
     * "质量安全监督管理股、办公室" → 1; "陈馨" → 0; "全市" → 0.
     */
    public static double unitShare(String cell) {
        List<String> names = UnitNames.split(cell);
        if (names.isEmpty()) {
            return 0;
        }
        int units = 0;
        for (String n : names) {
            if (isUnitName(n)) {
                units++;
            }
        }
        return (double) units / names.size();
    }

    /** A whole cell that is a list of units (all of its names are). */
    public static boolean isUnitList(String cell) {
        return cell != null && !cell.isBlank() && cell.strip().length() <= 200 && unitShare(cell) >= 0.99;
    }

    /**
     * The units named in a run of text that lists them ("各开发区、镇（街道）、示范区减灾委有关成员单位"), read from the end
     * backwards: the longest tail of the text that splits into unit names. Empty when the text does not end with one.
     */
    public static List<String> unitsEnding(String text) {
        if (text == null) {
            return List.of();
        }
        String t = text.strip();
        List<String> pieces = List.of(SEPARATORS.split(t));
        List<String> out = new ArrayList<>();
        for (int i = pieces.size() - 1; i >= 0; i--) {
            String p = pieces.get(i);
            if (i == 0 || !isUnitNameIn(pieces, i)) {
                String tail = tailUnit(p);
                if (tail != null) {
                    out.add(0, tail);
                }
                if (tail == null || !tail.equals(p)) {
                    break;
                }
                continue;
            }
            out.add(0, p);
        }
        return out;
    }

    /**
     * The unit name a piece of a sentence ends with: the shortest suffix that reads as a unit and starts where a name
     * plausibly starts (after a verb like 由/请/要求, or the start). "由市市场监管局" → "市市场监管局".
     */
    static String tailUnit(String piece) {
        String p = BEFORE_THE_NAME.matcher(piece).replaceFirst("");
        if (isUnitName(p)) {
            return p;
        }
        Matcher m = TAIL.matcher(p);
        if (m.find() && isUnitName(m.group(1))) {
            Matcher joined = FIELD_AND.matcher(p.substring(0, m.start(1)));
            if (joined.find() && isUnitName(p.substring(joined.start(1)))) {
                // "…设立分会场。文化和旅游部在…": 和 joins the words of a body's field, not two bodies
                return p.substring(joined.start(1));
            }
            return m.group(1);
        }
        return null;
    }

    /** The fields named with 和 inside a body's name: 文化和旅游部, 住房和城乡建设局, 人力资源和社会保障局. */
    private static final Pattern FIELD_AND = Pattern.compile(
            "((?:[省市县区州旗镇乡]|各地|各级)?(?:文化|住房|发展|人力资源|工业|卫生|教育|科学技术|新闻出版|广播电视|农业|自然资源|生态环境))和$");
}
