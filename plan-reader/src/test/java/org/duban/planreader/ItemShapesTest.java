package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notices whose tasks are numbered items, not tables: shapes met in two or more of the corpus's notices. */
class ItemShapesTest {

    @Test
    void whoHelpsByTheirDutiesAfterTheLeadAssists() {
        // ei02 (安徽 RCEP 意见) and its kind, a province's division of work: "（合肥海关牵头，省贸促会、省商务厅按职责分工
        // 配合）", how they help set between the helpers and 配合; the helpers had been dropped (10 items of g02's 24)
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2022)).readText("""
                安徽省人民政府关于推进高水平对外开放的意见
                二、重点任务
                1.扩大优势产品出口。建立重点企业联系制度。（省商务厅牵头，合肥海关配合）
                2.用好原产地规则。加快实施经核准出口商制度。（合肥海关牵头，省贸促会、省商务厅按职责分工配合）
                3.深化服务贸易合作。推进落实服务贸易开放承诺。（省商务厅牵头，省发展改革委、省教育厅按照职责分工配合）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("省商务厅"), List.of("合肥海关"),
                List.of("省商务厅"));
        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(List.of("合肥海关"),
                List.of("省贸促会", "省商务厅"), List.of("省发展改革委", "省教育厅"));
    }

    @Test
    void unitsInSquareBracketsAfterAnItemsSentenceAreItsUnits() {
        // eh02 (汉中 放管服, a mirror's copy): 〔〕 copied as [], the units of each item's closing bracket had been lost
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                汉中市2023年深化“放管服”改革工作要点
                一、深化行政审批制度改革
                1.全面落实政府权责清单制度。动态调整权责清单。[市委编办牵头,市级有关部门及各县区政府按职责分工负责]
                2.全面实行行政许可事项清单管理。严格按照清单实施行政许可。[市政务服务局牵头,市级有关部门配合]
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市委编办"), List.of("市政务服务局"));
        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(List.of("市级有关部门", "各县区政府"),
                List.of("市级有关部门"));
    }

    @Test
    void anAssessmentsLeadingScorerIsTheItemsLead() {
        // ei01 (包头 数字政府建设考评办法): 94 items each closed by "（5月底完成，牵头考核单位：市审批服务局）", who
        // leads the work and scores it; the label was no label, and 5 of the 94 items were read (a heading's words as
        // their unit). Measured on the corpus with 牵头考核单位 for 牵头单位 (LabelWordsCorpusTest): 67 fields lost, 19 now
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2022)).readText("""
                包头市数字政府建设考评指标
                一、政务服务"一网通办"（25分）
                （一）一体化政务服务平台建设（3分）
                1．除涉密事项外，各级政务服务事项全部开通全程网办。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）
                2．通过大数据平台和一体化政务服务平台，强化审批智能化。（持续推进，牵头考核单位：市审批服务局）
                （二）政务服务便民热线升级（2分）
                3．全面提升“12345"政务热线服务水平。（6月底完成，牵头考核单位：市政务服务局、市工信局）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市审批服务局"),
                List.of("市审批服务局"), List.of("市政务服务局", "市工信局"));
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void theOtherWordsBureausWriteForTheRolesAndTheTimeAreLabels() {
        // measured by writing the corpus's labels so (LabelWordsCorpusTest): 落实单位 for 责任单位 had cost 984 fields in
        // 118 notices, 责任牵头单位 for 牵头单位 412 in 56, 主责单位 153, 联办单位 for 配合单位 82, 完成时限要求 48
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                某县2024年重点工作任务分解方案
                一、推进垃圾分类。
                落实单位：县综合执法局、各乡镇
                完成时限要求：2024年6月底前
                二、开展法治宣传。
                责任牵头单位：县司法局
                责任单位：县教育局
                三、整治农村环境。
                主责单位：县农业农村局
                联办单位：县生态环境分局
                四、开展文明交通劝导。
                责任单位：县文明办（牵头科室）、县公安局交警大队
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县综合执法局", "各乡镇"),
                List.of("县司法局"), List.of("县农业农村局"), List.of("县文明办"));
        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(List.of(), List.of("县教育局"),
                List.of("县生态环境分局"), List.of("县公安局交警大队"));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aRolesLabelRunOntoTheValueBeforeItInTheSameBracketsIsALabel() {
        // eg09: "(责任领导:魏志明责任部门:市容管理股)", the space between a leader's name and the next label lost; a whole
        // page run onto one line (ai06: …活动地点:XX责任单位:区文明办、XX镇二、欢乐粽动员活动时间:…) is left as it was
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2017)).readText("""
                某县城管办2017年实施计划
                二、重点工作
                (一)加强入城车辆管理。对货运车辆实施限时入城通行管制。(责任领导:魏志明责任部门:市容管理股)
                (二)加大露天烧烤整治力度。依法整治露天烧烤。(责任领导:郑忠明、徐云波责任部门:市容管理股、城监各中队)
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市容管理股"),
                List.of("市容管理股", "城监各中队"));
    }

    @Test
    void aRolesLabelRunOntoUnitsBeforeItOutsideBracketsIsALabel() {
        // fg02, bk03: "牵头单位：区党群工作部参加单位：区交建局、区财金局责任处室：行政许可处", "地点:图书馆大厅责任部门:办公室",
        // a page that lost the spaces between its fields: the next label had been read into the value before it
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2016)).readText("""
                某局“十三五”规划纲要任务分工表
                1.推动医疗生技产业园建设。牵头单位：区卫生局参加单位：区台湾工作部、区社会事业局责任处室：药械处
                2.引进台湾经贸、金融等领域人才。牵头单位：区党群工作部参加单位：区交建局、区财金局责任处室：行政许可处
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("区卫生局"), List.of("区党群工作部"));
        assertThat(d.tasks().get(1).assist()).containsExactly("区交建局", "区财金局", "行政许可处");
    }

    @Test
    void theDutiesUnderALabelThatStandsAloneAreTheItemsNotItemsOfTheirOwn() {
        // dq01: "1. 开展气象科普进校园活动 / 活动时间:3月21日 / 责任单位:… / 责任分工: / 业务科:负责牵头… / 办公室:做好…"
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                世界气象日宣传活动方案
                三、活动内容及任务分工
                1. 开展气象科普进校园活动
                活动时间:3月21日
                责任单位:业务科、基本站、办公室
                责任分工:
                业务科:负责牵头组织该项活动,联络学校及活动宣传报道。
                办公室:做好车辆等后勤安排。
                2. 开展气象科普广场宣传
                活动时间:3月23日上午
                责任单位:学会、气象台
                责任分工:
                学会:负责牵头组织该项活动,制作宣传条幅。
                气象台:负责现场解答。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展气象科普进校园活动", "开展气象科普广场宣传");
        assertThat(d.tasks().get(0).lead()).containsExactly("业务科", "基本站", "办公室");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 3, 23));
    }

    @Test
    void anItemThatNamesItsActivityUnderTheBareContentLabelIsThatActivity() {
        // df05: "1、內容:…啟動儀式 / 時間:… / 地點:…", as "1、活动内容:…" already was
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText("""
                全民健身日活动方案
                三、活动内容、时间和地点
                1、内容:青海省全民健身日活动启动仪式
                时间:2020年8月8日上午9时整
                地点:西宁市中心广场
                2、内容:全民健身操推广赛
                时间:2020年8月8日上午10时整
                地点:体育馆北广场
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("青海省全民健身日活动启动仪式", "全民健身操推广赛");
        assertThat(d.tasks()).extracting(TaskDraft::start).containsOnly(LocalDate.of(2020, 8, 8));
    }

    @Test
    void anActivitysTimeOnTheLineUnderItsHeadingIsItsTimeAndNoPagesStamp() {
        // df07: "（二）科技宣传 / 时间:20xx年1月19日上午9:00—12:00 / 地点: / 参加部门:…": a time line under each activity,
        // written as a site stamps its page (时间: and a day of a year); under an item it is the item's
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText("""
                春节文化活动方案
                五、活动内容:
                (一)文艺汇演
                时间:2024年1月19日
                地点:镇广场
                (二)科技宣传
                时间:2024年1月20日
                参加部门:镇卫生院、社会事务办、事业管理服务中心。
                (三)送春联
                时间:2024年1月21日上午
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("文艺汇演", "科技宣传", "送春联");
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2024, 1, 19),
                LocalDate.of(2024, 1, 20), LocalDate.of(2024, 1, 21));
        assertThat(d.tasks().get(1).assist()).containsExactly("镇卫生院", "社会事务办", "事业管理服务中心");
        assertThat(d.date()).isNull();
    }

    @Test
    void readsTheUnitsOfABracketWhoseDutyStandsBetweenThem() {
        // cl03: (县委宣传部、县应急局分工负责;各乡镇): the duty said after some names, before the others'; under a title
        // whose last word stands letter-spaced on a line of its own (通 知)
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                交政发〔2024〕8号
                某县人民政府
                关于做好2024年安全生产工作的
                通 知
                各乡镇人民政府、县直各有关单位:
                一、压实安全生产责任
                1.将安全生产重要论述纳入宣传工作重点。(县委宣传部、县应急局分工负责;各乡镇)
                2.分批分次组织党政领导干部开展轮训学习。(县委组织部、各行业主管部门分工负责,县安委办;各乡镇)
                3.开展安全生产责任制落实情况检查。(县安委办牵头,县应急局、县公安局分工负责)
                """);

        assertThat(d.title()).isEqualTo("某县人民政府关于做好2024年安全生产工作的通知");
        assertThat(d.tasks().get(0).lead()).containsExactly("县委宣传部", "县应急局", "各乡镇");
        assertThat(d.tasks().get(1).lead()).containsExactly("县委组织部", "各行业主管部门", "县安委办", "各乡镇");
        assertThat(d.tasks().get(2).lead()).containsExactly("县安委办");
        assertThat(d.tasks().get(2).assist()).containsExactly("县应急局", "县公安局");
    }

    @Test
    void readsASpotChecksFieldsNamedForTheCheck() {
        // cj03: 抽查责任主体：, 抽查对象：, 抽查方式： — a spot check's fields carry its name before the label
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                某县水利局“双随机”抽查工作实施细则
                二、随机抽查内容与做法
                (一)河道采砂许可证执行情况随机抽查
                1、抽查依据:《河道采砂许可制度实施办法》第十八条。
                2、抽查责任主体:县水政监察大队。
                3、抽查对象:辖区内河道管理范围内采砂户。
                (二)取水许可执行情况随机抽查
                1、抽查依据:《取水许可管理办法》。
                2、抽查责任主体:县水资源管理站。
                3、检查时间:每年9月。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("河道采砂许可证执行情况随机抽查",
                "取水许可执行情况随机抽查");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县水政监察大队"), List.of("县水资源管理站"));
    }

    @Test
    void readsInspectionsWhoseFirstSubItemIsHeadedByWhoInspects() {
        // ch01: an inspection plan's items each open with "(一)检查主体", the bodies on the line under it, then the
        // inspection's other particulars as sub-items of their own
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                某市体育局2023年执法检查计划
                一、对经营高危险性体育项目单位的行政检查
                (一)检查主体
                市体育局、各区体育局
                (二)检查对象基数
                全市736家高危险性体育项目经营单位。
                (三)检查方式、比例、频次
                每月检查数量不少于80家次。
                二、对体育赛事活动的行政检查
                (一)检查主体
                市体育局
                (二)检查对象基数
                根据本年度赛事举办情况适时开展行政检查。
                三、对彩票代销者的行政检查。检查主体：区体育局。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("对经营高危险性体育项目单位的行政检查",
                "对体育赛事活动的行政检查", "对彩票代销者的行政检查");
        assertThat(d.tasks().get(0).lead()).containsExactly("市体育局", "各区体育局");
        assertThat(d.tasks().get(1).lead()).containsExactly("市体育局");
        assertThat(d.tasks().get(2).lead()).containsExactly("区体育局");
    }

    @Test
    void pointsCountedOffAParagraphEachAreTheItemsOfTheList() {
        // z05, y06: 一是… / 二是… open a paragraph each, dated items of a list read whole
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                民法典学习宣传活动方案

                为深入学习宣传民法典,现就有关工作安排如下。

                组织开展学习宣传活动

                一是组织召开一次学习宣传民法典的新闻发布会。邀请法院、检察院领导面向社会发布有关内容。

                二是组织召开一次学习宣传民法典座谈会。在7月份组织召开一次座谈会,邀请专家共同学习。

                三是组织开展一系列民法典访谈活动。从8月起邀请律师走进电视台讲解民法典。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("一是", "二是", "三是");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("组织召开一次学习宣传民法典的新闻发布会",
                "组织召开一次学习宣传民法典座谈会", "组织开展一系列民法典访谈活动");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void aSpaceWherePrintedLinesWrappedIsNoPartOfTheSentence() {
        // i08, j08, s09, z03: a document site or a PDF copied its paragraphs with a space where each printed line ended,
        // "消防 安全重点单位及各村要…": the spaces go, so the sentence's doers are found; cells set apart by spaces do not
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2022)).readText("""
                三、活动内容
                （一）发起消防公益亮屏，实现消防宣传覆盖全城。消防 安全重点单位及各村要利用LED屏投放消防宣传提示，实现 消防宣传全覆盖，营造浓厚的宣传氛围，不断提高群众 消防安全意识。
                （二）开展疏散演练，打牢公共消防安全基础。镇应急办负责组织辖区内所有村开展消防安全知识培训，做到 人人会报警、会逃生。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("发起消防公益亮屏，实现消防宣传覆盖全城",
                "开展疏散演练，打牢公共消防安全基础");
        assertThat(d.tasks().get(0).lead()).containsExactly("消防安全重点单位", "各村");
        PlanDraft table = new PlanReader(PlanReader.Options.defaults().withYear(2022)).readText("""
                序号 工作任务 责任单位 完成时限
                1 开展农贸市场食品安全专项检查。 县市场监管局 县公安局 县农业农村局 9月底前
                2 开展校园周边食品安全整治。 县教育局 县市场监管局 10月底前
                """);
        assertThat(table.tasks().get(0).lead()).containsExactly("县市场监管局", "县公安局", "县农业农村局");
    }

    @Test
    void aFirstPointUnderADatedItemIsWhatThatDayDoes() {
        // u17: 2、5月20日 / 一是在城区…: the day's work, not a point below it
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                世界计量日活动方案

                一、活动内容
                1、5月15日—5月20日
                组织集贸市场经营单位座谈,签订《诚信计量承诺书》(责任部门:标准计量科);
                2、5月20日
                一是在城区繁华地段设立宣传咨询点,发放宣传资料(责任部门:标准计量科);
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 5, 20));
    }

    @Test
    void headingsGluedToTheTextBeforeThemInOneLongParagraphAreItems() {
        // t02 (i08, x11, s03 with （一）): a page that ran the notice into one paragraph, no space where a line ended;
        // its headings count up all the same, the second level in whatever brackets the outline reads as one
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                2024年宪法宣传周工作方案

                一、时间安排11月30日——12月6日二、活动主题深入学习宣传习近平法治思想大力弘扬宪法精神三、具体安排结合疫情防控工作实际,\
                今年宪法宣传周原则上不集中组织大型线下宣传活动,各地各部门根据本地区、本系统实际情况,围绕主题开展活动,\
                时间为国家宪法日所在的一周,组织安排三场宪法学习宣传主题活动。〔一〕宣传周启动仪式11月30日上午10点,\
                中宣部、司法部、全国普法办共同举办习近平法治思想学习报告会,启动宪法宣传周工作。〔二〕国家宪法日座谈会12月4日,\
                司法部组织召开国家宪法日座谈会。〔三〕宪法学习宣传主题活动12月5日,全国普法办举办宪法主题活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("〔一〕", "〔二〕", "〔三〕");
        assertThat(d.tasks().get(1).lead()).containsExactly("司法部");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 12, 4));
    }

    @Test
    void aCopyCutOffInTheBracketOfUnitsKeepsTheUnitsItShows() {
        // j05, e11, c16: the text ends inside the bracket that says who does the last item
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                2024年优化营商环境工作要点

                一、坚持系统集成,推动审批全链条优化
                1.全面实施行政许可事项清单管理。2024年10月底前编制并公布市、县两级行政许可事项清单。(市政务服务局、市司法局)
                2.持续深化相对集中行政许可权改革。全面梳理规范改革事项划转目录,按程序在政府门户网站公布。(市政府办公室、市
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
        assertThat(d.tasks().get(1).lead()).containsExactly("市政府办公室", "市");
    }

    @Test
    void theDayOpeningANumberedHeadingsOneParagraphIsTheHeadings() {
        // l11, d03, y06: "（一）举办…竞赛 / 9月9日至10月31日,各系组织…": the heading is the task, the day its time
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                网络安全宣传周活动方案

                一、活动时间
                9月19—25日,其中9月20日为教育主题日。
                二、活动安排
                (一)举办全校大学生网络安全知识竞赛
                9月9日至10月31日,各系组织学生参加全国大学生网络安全知识竞赛。
                任务单位:院团委
                (二)开展网络安全教育专题活动
                1、网站宣传
                在学院网站首页开辟网络安全专题。
                负责部门:宣传部
                2、微信推送
                通过学校公众号推送网络安全信息。
                负责部门:宣传部
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("(一)", "1", "2");
        assertThat(d.tasks().get(0).content()).isEqualTo("举办全校大学生网络安全知识竞赛");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2024, 9, 9));
        assertThat(d.tasks().get(0).lead()).containsExactly("院团委");
    }

    @Test
    void theFirstItemOfTheLastSectionCutOffBeforeItsFieldsIsATask() {
        // c04, r15: "（二）… / 3、积极争取政策" ends the text, its fields cut off; the list it goes on with has them
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                2024年重点工作任务分解

                一、全力统筹疫情防控和经济社会秩序恢复
                (一)坚持常态化疫情防控
                1、切实提高政治站位,精准抓好疫情防控工作。建立常态化疫情防控机制。(责任单位:区卫健局)
                2、大力开展环境卫生综合整治,切实巩固疫情防控成果。(责任单位:区卫健局、区创文办)
                (二)全面恢复经济社会秩序
                3、积极争取政策
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(2).content()).isEqualTo("积极争取政策");
    }

    @Test
    void anItemBesideASectionOfTasksIsAPieceOfWorkOfTheList() {
        // v08, k14: "（一）宣传报道 / 1、… / 2、… / （二）宣传咨询日活动": the list of sections is read whole
        String head = """
                安全生产月活动方案

                一、活动主题
                生命至上,安全发展。
                二、活动内容
                (一)宣传报道
                1、6月1日上午,市委宣传部召开安全生产月活动新闻发布会。
                2、6月2日至30日,市安监局在南昌日报开设专栏,连续报道安全生产典型事迹。
                """;
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText(head + """
                (二)宣传咨询日活动
                在八一广场举办安全生产宣传咨询日活动,现场发放宣传资料。
                三、工作要求
                各单位要高度重视,认真组织。
                """);
        PlanDraft cut = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText(head + """
                (二)开展线上宣传教
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "(二)");
        assertThat(d.tasks().get(2).content()).isEqualTo("宣传咨询日活动");
        // a heading that ends the text had its items cut off
        assertThat(cut.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
    }

    @Test
    void aClauseOfTimeBeforeWhatIsDoneIsNoPartOfTheContent() {
        // q09, o06, k19: "從3月8日起,…", "“助残日”前,…", "6月3日上午8:30前,…"
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                助残日活动安排

                一、“助残日”前,召开市残联主席团工作会议。回顾总结全年残疾人工作。
                二、从3月8日起,组织宣传车到各乡镇、街道宣传助残工作。
                三、6月3日上午8:30前,各单位组织工作人员在步行街布置好展台。
                四、市残联将组织新闻媒体记者开展专题采访。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("召开市残联主席团工作会议",
                "组织宣传车到各乡镇、街道宣传助残工作", "各单位组织工作人员在步行街布置好展台", "市残联将组织新闻媒体记者开展专题采访");
    }

    @Test
    void aNumberThatEndsTheTextWithNothingAfterItIsNoItem() {
        // j01 (q01 ends so too): "(四)… / 1.活动时间:6月17日至6月23日。 / 2.": the copy cut off after the number
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                安全生产月活动方案

                四、活动安排
                (一)开展安全生产事故警示教育周活动
                1.活动时间:6月1日至6月7日。
                2.活动内容:各乡镇组织企业观看警示教育片。
                3.组织单位:各乡镇人民政府。
                (二)开展安全生产应急预案演练周活动
                1.活动时间:6月17日至6月23日。
                2.
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("(一)", "(二)");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 6, 17));
    }

    @Test
    void aFieldThatTellsItsUnitsTheirDutiesNamesTheDoersNotTheDuties() {
        // ac01, ac02: 责任分工：A负责…，负责…，安排…；B、C负责…。D负责…: the units are the sentences' doers
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                世界气象日纪念活动方案

                (一)开展“气象台站开放日”活动
                活动时间:3月20-25日
                牵头单位:市气象学会
                配合单位:各县局
                责任分工:市气象学会负责开放活动的组织协调,负责联系学校和学生参观,安排讲解员讲解,办公室负责活动宣传。业务科负责用车。
                (二)开展气象科技下乡活动
                活动时间:3月中旬
                牵头单位:市公共气象服务中心
                配合单位:各县局
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("市气象学会");
        // ac02: the field's sentences run on past their 。 to the end of its line
        assertThat(d.tasks().get(0).assist()).containsExactly("各县局", "办公室", "业务科");
    }

    @Test
    void whomAFieldsDutySentencesTellToHelpAssists() {
        // eo03 (平潭 宜居环境): "责任分工：A负责…，B组织实施，C配合，…": the field's doers had all been read as leads,
        // those its sentences tell to help (配合) among them, as prose read the same sentences would not have them
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2015)).readText("""
                2015年城乡环境整治实施方案
                一、主要内容及职责分工
                （一）建设示范村。实施内容：加强统筹规划。责任分工：县规划局负责开展规划编制工作，所在乡镇人民政府组织实施，县直有关部门配合。
                （二）整治集镇节点。实施内容：完善沿线景观。责任分工：由县住建局负责实施，县林业局和各有关乡镇全力配合。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县规划局", "所在乡镇人民政府"),
                List.of("县住建局"));
        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(List.of("县直有关部门"),
                List.of("县林业局", "各有关乡镇"));
    }

    @Test
    void anItemsTimeWrittenWithItsYearIsNoPageStamp() {
        // ac10, s19: 时间:2016年1月30日—2016年2月7日。 under an item spans days; a page is stamped with one moment
        PlanDraft d = new PlanReader().readText("""
                春节文化活动安排

                (一)义务写春联
                时间:2016年1月30日—2016年2月7日。
                地点:金山广场。
                组织单位:区文联、区市容局。
                (二)春节联欢晚会
                时间:2016年2月1日(农历2015年12月23日)晚上7:30。
                组织单位:区委办。
                """);

        assertThat(d.date()).isNull();
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2016, 1, 30), LocalDate.of(2016, 2, 1));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2016, 2, 7));
    }

    @Test
    void anActivitysNumberedFieldsNamedForWhatItHoldsAreItsFields() {
        // ac19, ac11: 1、主办单位 / 2、参赛对象 / 3、竞赛时间 under an activity; 灯展时间, 燃放时间 name its time
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                五一系列活动方案

                二、活动内容
                (一)职工知识竞赛
                1、主办单位:市总工会
                2、参赛对象:系统工会、基层工会组队报名参赛
                3、竞赛时间:5月7日—8日
                4、竞赛地点:一中报告厅
                (二)劳模座谈会
                1、主办单位:市总工会
                2、座谈时间:4月27日
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("职工知识竞赛", "劳模座谈会");
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2024, 5, 7),
                LocalDate.of(2024, 4, 27));
    }

    @Test
    void unitsListedOneALineUnderTheirFieldAreAllOfIt() {
        // ac19: 主办单位:市总工会 / 市委文明办 / 市文化体育新闻出版局, the next label on a line of its own
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                五一系列活动方案

                (一)职工知识竞赛
                主办单位:市总工会
                市委文明办
                市文化体育新闻出版局
                协办单位:中国移动市分公司
                竞赛时间:5月7日
                (二)职工漫步游
                主办单位:市总工会
                活动时间:4月26日
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("市总工会", "市委文明办", "市文化体育新闻出版局");
        assertThat(d.tasks().get(0).assist()).containsExactly("中国移动市分公司");
    }

    @Test
    void aHeadingThatEndsTheParagraphBeforeItStartsItsPart() {
        // ac15, u12: "…达到100%以上。二、重点任务": the numbering starts again under the part, not in the part before it
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2020)).readText("""
                公共交通建设工程实施方案

                一、工作思路和目标
                (一)工作思路。
                坚持以人民为中心的发展思想。
                (二)工作目标。
                新改建农村公路20公里;新能源公交车比重达到100%以上。二、重点任务
                (一)农村公路
                新改建农村公路共20公里。(责任单位:地方道路管理站)
                (二)农村客运
                农村客运班线公交化运行率达到100%。(责任单位:运输管理站)
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("(一)", "(二)");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("农村公路", "农村客运");
    }

    @Test
    void aPartsHeadingAndItsFirstItemEndingTheParagraphBeforeStartTheirPart() {
        // ed02, bd04: "…(背景音乐放《献花曲》)。 五、责任分工 (一)县委办公室": a copy that lost two line ends, the part's
        // heading and its first unit's heading run onto the last sentence before them
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2020)).readText("""
                烈士纪念日公祭活动方案

                四、公祭烈士仪式议程:
                1、主持人宣布公祭烈士仪式开始;
                2、奏唱国歌;
                3、参加公祭活动人员瞻仰烈士碑廊。 五、责任分工 (一)县委办公室
                以两办名义下发活动通知;统计参加仪式县级领导名单。
                (二)县委宣传部
                负责公祭活动新闻报道、现场采访。
                (三)县公安局
                负责附近的道路交通疏导、停车等事宜。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("(一)", "(二)", "(三)");
        assertThat(d.tasks().get(0).lead()).containsExactly("县委办公室");
        assertThat(d.tasks().get(0).content()).startsWith("以两办名义下发活动通知");
    }

    @Test
    void anActivitysFieldHeadingsRunIntoOneParagraphAreItsFields() {
        // y11 (and the field headings of o-, v-batch notices set on lines): 1. 组织单位 主办:… 2. 时间地点 6月9日… run into
        // one paragraph, a space where each line ended
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2022)).readText("关于组织开展“世界认可日”活动的通知\n"
                + "各省市场监管局: 今年6月9日是第十五个“世界认可日”。为积极宣传推动认证认可检验检测工作,结合今年“世界认可日”国际主题,"
                + "组织开展“世界认可日”活动。现就有关事项通知如下: 一、总体安排 (一)主场活动 市场监管总局在北京举办主场活动。 1. 组织单位 "
                + "主办:国家市场监督管理总局 承办:中国合格评定国家认可中心 2. 时间地点 6月9日上午10时至11时,在三里河办公区设主会场。 "
                + "(二)各地系列活动 各地市场监管部门要结合实际组织开展宣传活动。 二、工作要求 各单位要高度重视。\n");

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("(一)", "(二)");
        assertThat(d.tasks().get(0).lead()).containsExactly("国家市场监督管理总局");
        assertThat(d.tasks().get(0).assist()).containsExactly("中国合格评定国家认可中心");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2022, 6, 9));
    }

    @Test
    void aHeadingThatClosesWithItsTimeEndsThereThoughTheTextRunsOn() {
        // ac14: a copy that lost the line's end after "(一)…主题日活动(5月19日)"
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                关于开展2023年“5·19中国旅游日”活动的通知

                三、活动内容
                (一)“519中国旅游日”主题日活动(5月19日)文化和旅游部在云南省设立主会场,其余省(区、市)设立分会场。
                (二)“519中国旅游日”主题周活动(5月14日—18日)各省(区、市)可根据实际情况组织相关城市开展活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("“519中国旅游日”主题日活动",
                "“519中国旅游日”主题周活动");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 5, 18));
    }

    @Test
    void aStagesTimeInItsBracketIsNoPartOfItsWorkThoughTheSentenceRunsOnAfterIt() {
        // bm01, s03: "自行整治阶段(5月8日13日),各有关乡镇…", "全面排查阶段(即日起一7月20日)积极联合…"
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                某县“四乱”整治工作方案
                三、工作步骤
                (一)自行整治阶段(5月8日13日),各有关乡镇对本区域内四乱对象下发整治通知,限期自行整治。
                (二)集中整治阶段(5月14日—31日),县城管局牵头开展集中整治。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "自行整治阶段,各有关乡镇对本区域内四乱对象下发整治通知,限期自行整治", "集中整治阶段,县城管局牵头开展集中整治");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 5, 13));
    }

    @Test
    void aStagesSubjectRightAfterItsBracketedTimeDoesItsWork() {
        // ds01, al08, k12: "筹备时期(8月31日前)总行办公室制定…" (时期 where a spinner put it for 阶段), the subject run on after
        // the stage's time
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                金融知识普及月宣传活动方案
                三、宣传活动安排
                (一)筹备时期(8月31日前)总行办公室制定活动方案,做好各项准备工作。
                (二)实施阶段(9月1日至9月30日)各单位要开展形式多样的宣传工作。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "筹备时期总行办公室制定活动方案,做好各项准备工作", "实施阶段各单位要开展形式多样的宣传工作");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("总行办公室"), List.of("各单位"));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 8, 31));
    }

    @Test
    void aDaySetOffByADashOpensAScheduledActivity() {
        // dz02: a company's news of its safety month, each day set off from its activity by a dash
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2019)).readText("""
                大地民基开展安全生产月系列活动
                6月1日-8日——活动启动周,全面动员,挂设宣传条幅。
                6月16日——安全生产宣传咨询日,公司本部及各项目部组织全体职工签名。
                6月17日-23日——应急预案演练周,各项目部开展施工现场的综合应急演练。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2019, 6, 1),
                LocalDate.of(2019, 6, 16), LocalDate.of(2019, 6, 17));
        assertThat(d.tasks().get(1).lead()).containsExactly("公司本部", "各项目部");
    }

    @Test
    void anItemsNumberRunIntoTheYearItOpensWithIsStillItsNumber() {
        // dx02, b08, bk04, cb07: "1.2023年9月2日开始,…", "2.2023级新生…": no decimal stands before 年 or 级
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                关于2023年秋季学期开学的通知
                一、相关安排
                1.2023年9月2日开始,各教学单位组织学生分批返校。
                2.2023级新生报到时间另文通知。
                3.2023年9月1日起通勤车辆恢复运行。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("各教学单位组织学生分批返校", "2023级新生报到时间另文通知",
                "通勤车辆恢复运行");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 9, 2));
    }

    @Test
    void anItemsNumberRunIntoTheDateItOpensWithIsStillItsNumber() {
        // ad01: "3.6月8日,在人民大会堂…" (no decimal stands before 月), beside "2. 6月5日,…"
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2006)).readText("""
                首个“文化遗产日”活动安排
                (一)大型活动和展览
                1. 5月26日,举办古籍特藏珍品暨保护成果展。(主办:文化部)
                2. 6月5日,举办文化遗产特展。(主办:文化部、财政部)
                3.6月8日,在人民大会堂河南厅举办“中国民间文艺山花奖颁奖仪式”。(主办:中国民间文艺家协会)
                4.6月8日,举办中国传统医药保护展。(主办:中医药管理局)
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(d.tasks().get(2).content()).isEqualTo("在人民大会堂河南厅举办“中国民间文艺山花奖颁奖仪式”");
        assertThat(d.tasks().get(2).start()).isEqualTo(java.time.LocalDate.of(2006, 6, 8));
        assertThat(d.tasks().get(3).lead()).containsExactly("中医药管理局");
    }

    @Test
    void aFullStopInsideAQuotationEndsNoItemsHeading() {
        // ad04 "“6。26”国际禁毒日", aa01 "“税收。发展。民生”": the quotation closes after the mark
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                禁毒宣传月活动方案
                三、活动内容
                (一)开展“6。26”国际禁毒日宣传活动。市禁毒办将于6月24日组织开展宣传。
                (二)开展“禁毒知识进校园”活动。各学校要组织学生参加。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("开展“6。26”国际禁毒日宣传活动", "开展“禁毒知识进校园”活动");
    }

    @Test
    void theHelpersWordAfterAListCoversEveryNameBetweenItAndTheHost() {
        // bl07, v18: "(A主办,B、C协办)" at an item's end: B helps as C does, though the word stands after C alone
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                2023年区政府主要工作目标任务分解落实方案
                一、关于推动更高质量的经济发展
                1.地区生产总值可比增长5%以上。(区发改委主办,各街道办事处、徐管委协办)
                2.一般公共预算收入增长6%以上。(区财政局、区税务局主办,各街道办事处、区统计局、徐管委协办)
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("区发改委");
        assertThat(d.tasks().get(0).assist()).containsExactly("各街道办事处", "徐管委");
        assertThat(d.tasks().get(1).lead()).containsExactly("区财政局", "区税务局");
        assertThat(d.tasks().get(1).assist()).containsExactly("各街道办事处", "区统计局", "徐管委");
    }

    @Test
    void aStageBesideStagesWithBracketedUnitsIsReadToo() {
        // bf04: a school's plan in three stages; the first stage's items end with their units in brackets (宣传部), the
        // later stages' items say who in their sentences (由学生会主席…, 文秘部负责…) or not at all: all are the plan's work
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2018)).readText("""
                五、活动过程:
                (一)准备阶段
                1.提前准备宣传海报及倡议书,在综合楼大厅进行张贴。(宣传部)
                2.购置一定数量的康乃馨及节日贺卡。(文秘部)
                (二)开展阶段
                1.借助“国旗下讲话”,由学生会主席向全体师生宣读活动倡议书。
                2.利用大课间的时间,由学生会全体成员分组向每一位教师送上康乃馨。
                3.教师节当天滚动播放主题散文及歌曲。
                (三)后期阶段
                1.由社团部、纪检部负责回收用具,并保存。
                2.文秘部负责对本次活动照片进行整理及存档。
                """);

        assertThat(d.tasks()).hasSize(7);
        assertThat(d.tasks().get(2).content()).startsWith("借助“国旗下讲话”");
        assertThat(d.tasks().get(4).content()).isEqualTo("教师节当天滚动播放主题散文及歌曲");
        assertThat(d.tasks().get(6).lead()).containsExactly("文秘部");
    }
    @Test
    void aListClosedByEtcEndsBeforeTheWordThatJoinsTheNextGroup() {
        // ej03, az03, ej04: national plans close their brackets with "…等和各省级人民政府负责": 等 ends the list of
        // ministries, 和 joins the provinces, though a name in the list holds 和 of its own (文化和旅游部); 共青团中央
        // is a body; "…等有关部门和单位" names two groups; (列第一位者为牵头单位) makes the first named lead
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2018)).readText("""
                国务院关于做好当前和今后一个时期促进就业工作的若干意见
                （一）鼓励支持企业稳定岗位。对不裁员的参保企业返还失业保险费。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）
                （二）发展乡村旅游。推动乡村旅游提质增效。（农业农村部、文化和旅游部等和各有关省级人民政府负责）
                （三）加强消费扶贫。组织开展消费扶贫行动。（全国工商联、共青团中央、全国妇联等和各省级人民政府负责）
                （四）加大培训力度。开展职业技能提升行动。（人力资源社会保障部、教育部等有关部门和单位负责）
                """);

        assertThat(d.tasks()).hasSize(4);
        assertThat(d.tasks().get(1).lead()).containsExactly("农业农村部");
        assertThat(d.tasks().get(1).assist()).containsExactly("文化和旅游部等", "各有关省级人民政府");
        assertThat(d.tasks().get(2).lead()).containsExactly("全国工商联");
        assertThat(d.tasks().get(2).assist()).containsExactly("共青团中央", "全国妇联等", "各省级人民政府");
        assertThat(d.tasks().get(3).lead()).containsExactly("人力资源社会保障部");
        assertThat(d.tasks().get(3).assist()).containsExactly("教育部等有关部门", "单位");
    }

    @Test
    void aBracketSayingWhoLeadsOutweighsTheNoteOnTheFirstNamed() {
        // ej05: "列第一位者为牵头单位，下同", and then "（农业农村部、工业和信息化部牵头负责）": both lead
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2018)).readText("""
                （一）完善农机装备创新体系。建设国家农机装备创新中心。（工业和信息化部、农业农村部、科技部负责。列第一位者为牵头单位，下同）
                （二）推进全产业链协同发展。培育一批农机装备企业。（工业和信息化部、农业农村部负责）
                （三）健全组织实施机制。建立协调机制，统筹推进农业机械化工作。（农业农村部、工业和信息化部牵头负责）
                """);

        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(1).lead()).containsExactly("工业和信息化部");
        assertThat(d.tasks().get(1).assist()).containsExactly("农业农村部");
        assertThat(d.tasks().get(2).lead()).containsExactly("农业农村部", "工业和信息化部");
        assertThat(d.tasks().get(2).assist()).isEmpty();
    }

    @Test
    void theNoticesWordsAfterAListOfOneParagraphItemsAreNoPartOfTheLast() {
        // ej01: thirty one-paragraph items, each closed by its bracket of ministries; the notice's closing words after
        // the last ask for reports "于2018年12月31日前", a date of the notice, not of item 三十
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2018)).readText("""
                国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知
                一、对工作成效明显的省（区、市），在安排中央预算内投资时给予奖励。（国家发展改革委负责）
                二、对工作成效明显的市（地、州、盟），给予专项资金奖励。（财政部负责）
                三、对河长制工作推进力度大的省（区、市），在分配资金时予以适当倾斜。（水利部、财政部负责）
                四、对受到国务院督查表扬的县（市、区、旗），实行“免督查”。（国务院办公厅负责）
                各有关部门要认真组织实施督查激励措施，及时制定实施办法。
                各有关部门制定的实施办法，于2018年12月31日前报送国务院办公厅。
                国务院办公厅
                2018年12月6日
                """);

        assertThat(d.tasks()).hasSize(4);
        assertThat(d.tasks().get(3).lead()).containsExactly("国务院办公厅");
        assertThat(d.tasks().get(3).end()).isNull();
    }
    @Test
    void itemsWhoseWordsSetTheDayTheyAreDoneByAreTasks() {
        // ek07, ef01, de01, aa10: a part's items that name no one, each saying in its own words when it is to be done
        // ("该项工作于2019年4月底前完成"): they are the plan's work, with that day
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2019)).readText("""
                国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知
                二、工作任务
                1.城镇小区严格依标配建幼儿园。
                城镇小区没有规划配套幼儿园的，要依据国家和地方配建标准予以解决。
                2.确保小区配套幼儿园如期移交。
                有关部门要按规定对移交的幼儿园办理土地、园舍移交及资产登记手续。
                三、工作措施
                1.摸底排查。
                对城镇小区配套幼儿园情况进行全面摸底排查，列出清单、建立台账。该项工作于2019年4月底前完成。
                2.全面整改。
                针对摸底排查出的问题逐一进行整改，原则上于2019年6月底前完成。
                3.监督评估。
                对自查、摸排、整改等环节加强督导、监督和评估。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("城镇小区严格依标配建幼儿园", "确保小区配套幼儿园如期移交",
                "摸底排查", "全面整改", "监督评估");
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(d.tasks().get(3).end()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @Test
    void whereAMeasureAppliesIsAFieldOfItsOwnAfterItsUnits() {
        // ek01: "（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）": the zone a measure applies to is no unit
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2018)).readText("""
                国务院关于支持自由贸易试验区深化改革创新若干措施的通知
                （一）支持自贸试验区开展国际贸易“单一窗口”建设。（负责部门：海关总署、商务部；适用范围：所有自贸试验区）
                （二）支持开展保税燃料油供应业务。（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）
                （三）试点开展航空器保税维修。（负责部门：民航局，实施范围：陕西自贸试验区）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("海关总署", "商务部"),
                List.of("发展改革委", "粮食和储备局"), List.of("民航局"));
    }
    @Test
    void anItemWhoseNameOpensWithANumberIsNoDecimal() {
        // el01 ("11.121人才梯队项目" after item 10), and the hotline every 3·15 plan names: "2.12315热线宣传" is item 2,
        // not the number 2.12315 run on into item 1
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                2024年“3·15”国际消费者权益日活动方案
                一、活动内容
                1.开展现场咨询活动。3月15日在人民广场设立咨询台。（县市场监管局牵头）
                2.12315热线宣传。通过短信、海报宣传12315投诉举报热线。（县市场监管局负责）
                3.消费维权进社区。3月中旬组织消费维权进社区活动。（县消费者协会负责）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展现场咨询活动", "12315热线宣传", "消费维权进社区");
        assertThat(d.tasks().get(1).lead()).containsExactly("县市场监管局");
    }
}
