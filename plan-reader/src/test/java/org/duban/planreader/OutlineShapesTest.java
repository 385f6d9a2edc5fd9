package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.planreader.Notices.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes of numbered outlines that freshly collected notices (batch k) showed the reader. */
class OutlineShapesTest {

    private static PlanDraft read(String text) {
        return new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText(text);
    }

    @Test
    void paragraphsLedByADayInNumeralsAreTheDaysWork() {
        // eg10's schedule (三月一日及三月二日上午8:00 …): the days written in numerals had opened no item; the corpus with its
        // months and days so written had read 423 of its fields fewer, 294 now (an activity's number run into the day,
        // 活动一五月十五日, is left as it reads)
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2016)).readText("""
                白云湖社区2016年学雷锋活动安排
                三月一日上午8:00，组织社区干部和志愿者进行社区卫生服务。
                三月五日，在购物中心门口参加市志愿者总队举办的“平安出行，文明礼让”活动。
                三月十二日，组织居民开展义务植树活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2016, 3, 1),
                LocalDate.of(2016, 3, 5), LocalDate.of(2016, 3, 12));
        assertThat(d.tasks().get(1).content()).startsWith("在购物中心门口参加");
    }

    @Test
    void theYearATargetIsToBeReachedByEndsTheItem() {
        // er09's zero-waste cities (到2020年，…), e07's quality plan, ep09's water plan and the held-out fb06's five-year
        // plan (…。到2025年，乡镇生活污水收集率达90%以上。责任处室:…): the item's work is done by that year's end
        PlanDraft d = read("""
                二、重点任务
                1.治理乡镇生活污水。完善乡镇生活污水配套管网建设，提高收集率。到2025年，乡镇生活污水收集率达90%以上。\
                责任处室:交通建设处、资源生态处
                2.治理农村黑臭水体。建立农村黑臭水体治理台账，每年动态更新并向社会公开。责任处室:资源生态处
                3.计划到2026年建成污水处理厂。责任处室:交通建设处
                """);

        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2025, 12, 31), null, null);
        assertThat(d.tasks().get(0).timeText()).isEqualTo("到2025年");
    }

    @Test
    void anItemWhoseTextSetsDeadlinesOneAfterAnotherEndsWithTheLast() {
        // ek03's and ek07's national plans (2019年3月底前，…。2019年8月底前，各地…), ez01's 信息报送 (4月19日前…4月24日前), the
        // held-out fc01's steps (20XX年6月底前…，20XX年10月底前…): the item's work ends with its last deadline, as the
        // truths have it; a first window before a deadline is left as it was
        PlanDraft d = read("""
                三、工作任务
                （一）统一编码和术语。2023年3月底前，国家卫生健康委推行全国统一的疾病分类编码。2023年8月底前，各地组织三级公立医院\
                完成电子病历的编码和术语转换工作。
                （二）加强信息报送。各处室将细化方案于4月19日前报政法综治处，自查工作进展情况于4月24日前报政法综治处。
                （三）开展集中整治。4月1日至4月20日集中整治，5月10日前报送整治情况。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2023, 8, 31),
                LocalDate.of(2023, 4, 24), LocalDate.of(2023, 4, 20));
        assertThat(d.tasks().get(0).timeText()).contains("3月底前").contains("8月底前");
    }

    @Test
    void pointsADatedStepCountsOffInItsParagraphAreItsPiecesOfWork() {
        // n14's 3·15 month (组织实施阶段(3月6日-25日)：…：一是组织集会…；二是…由每个县(市、区)工商局分别组织…) and the held-out
        // fc02's 爱国卫生月 (组织实施阶段(4月6日至4月30日):一是…二是…): the step's points are tasks, as the pieces under a
        // step are where they stand a paragraph each, though the first names no one who does it
        PlanDraft d = read("""
                社区爱国卫生月活动实施方案
                二、活动时间
                （一）动员准备阶段（4月1日至4月5日）：开展卫生月集中宣传，制定社区卫生月活动方案。
                （二）组织实施阶段（4月6日至4月30日）：一是开展辖区环境整治行动，联合包保部门做好环境清理工作。二是开展环境卫生大清扫活动，\
                对社区办公场所进行卫生大清扫，由社区居委会负责。
                （三）检查整改阶段（5月1日至5月10日）：对存在问题的居民区进行一次整改清理。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "动员准备阶段：开展卫生月集中宣传，制定社区卫生月活动方案",
                "组织实施阶段：一是开展辖区环境整治行动，联合包保部门做好环境清理工作",
                "开展辖区环境整治行动，联合包保部门做好环境清理工作",
                "开展环境卫生大清扫活动，对社区办公场所进行卫生大清扫，由社区居委会负责",
                "检查整改阶段：对存在问题的居民区进行一次整改清理");
        assertThat(d.tasks().get(2).assist()).containsExactly("包保部门");
        assertThat(d.tasks().get(3).lead()).containsExactly("社区居委会");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 4, 6));
    }

    @Test
    void headingsOfOneMeasureOverParagraphsAreNoPrintedPagesLines() {
        // ei03 (广州 5G+工业互联网, a whole plan): its headings are two phrases of eight characters each, so
        // seven lines stopped at one length without ending a sentence, which was taken for a printed page's width, and
        // each heading ran on into the paragraph under it; the paragraphs, each on one line, run far past that length
        String text = """
                广州市“5G+工业互联网”融合应用试点城市方案
                二、建设内容
                （一）升级基础设施，探索运营新模式
                1.加快5G网络建设，铸就高品质数字底座
                加快全运会场馆、交通场站、旅游景点等人流密集区域的5G网络深度覆盖，有序推进千兆光纤在居民小区的覆盖。（责任单位：市工业和信息化局、市教育局）
                2.推动5G专网建设，持续赋能产业发展
                面向制造、低空经济、电力、教育、公安、医疗等重点领域，建设一批网络性能优、经济效益高的5G专网。（责任单位：市发展改革委）
                3.持续数字设施建设，抢占未来发展新方向
                推动工业互联网标识解析国家顶级节点扩能增效，提升顶级节点服务能力，推进国家工业互联网大数据中心建设。（责任单位：市交通运输局）
                （二）聚焦行业应用，形成复制推广新方案
                1.加强产业融合应用，充分释放赋能效应
                深化工业互联网与新能源汽车、新型显示、集成电路、智能装备等重点产业链的融合应用，推动产业参与数字化转型。（责任单位：市工业和信息化局）
                2.培育融合应用场景，助力企业全面发展
                强化5G演进，开展5G-A关键技术试点，推动其在XR、物联网、低空经济和智能制造等领域的规模应用。（责任单位：市科学技术局）
                3.打造试点示范标杆，带动产业转型升级
                面向智能网联与新能源汽车、工业母机和机器人、时尚美妆、定制家居等广州特色产业打造标杆。（责任单位：市商务局）
                """;

        assertThat(read(text).tasks()).extracting(TaskDraft::content).containsExactly("加快5G网络建设，铸就高品质数字底座",
                "推动5G专网建设，持续赋能产业发展", "持续数字设施建设，抢占未来发展新方向", "加强产业融合应用，充分释放赋能效应",
                "培育融合应用场景，助力企业全面发展", "打造试点示范标杆，带动产业转型升级");
    }

    @Test
    void partsCountedOffWithOrdinalsHoldTheirItemsAsNumberedPartsDo() {
        // i04 and dy06 with their parts written 第一，…第四， (no 一、 anywhere): the ordinals and the 1. items had been
        // one flat list, and "第二，活动主题 / 第三，活动时间 / 第四，主要任务" a table's header row (the corpus so written
        // read 1165 of its fields fewer, in 177 notices; 297 in 27 now, nearly all tables whose section rows became
        // 第一，…, which no table writes)
        String numbered = """
                某镇2024年安全生产月活动方案
                一、指导思想
                坚持安全发展理念，全面落实安全生产责任。
                二、活动时间
                2024年6月1日至6月30日。
                三、主要任务
                1. 组织召开动员大会。由镇安委会牵头，6月5日前完成。
                2. 开展宣传活动。由镇宣传办负责。
                3. 推进应急演练。由镇应急办负责，6月底前完成。
                四、保障措施
                1. 加强组织领导。
                2. 落实经费保障。
                """;
        String ordinals = numbered.replaceAll("(?m)^([一二三四])、", "第$1，");
        PlanReader reader = new PlanReader();

        assertThat(ordinals).contains("第三，主要任务");
        assertThat(reader.readText(numbered).tasks()).extracting(TaskDraft::lead).containsExactly(List.of("镇安委会"),
                List.of("镇宣传办"), List.of("镇应急办"));
        assertThat(Notices.reading(reader.readText(ordinals))).isEqualTo(Notices.reading(reader.readText(numbered)));
    }

    @Test
    void aNoticeCopiedWithItsLinesBrokenAtThePagesWidthReadsAsItsParagraphs() {
        // dz06 (a PDF's text, 3 → 18 of 18 fields) and the corpus's prose notices cut at 34 characters a line: the
        // labels and units past a line's end were lost; a title at the width, and items, start lines of their own
        PlanDraft d = read("""
                某县市场监督管理局2023年“安全生产月”活动实施方案
                为深入贯彻落实安全生产工作部署，切实做好本年度安全生产月各项工作，结
                合我局实际，特制定本方案。
                一、开展安全生产宣传咨询日活动，在县城中心广场设置咨询台，发放宣传资
                料，解答群众咨询。牵头单位：县市场监管局；配合单位：县应急管理局、县
                消防救援大队；完成时限：6月16日。
                二、开展特种设备安全隐患排查整治，对全县电梯、锅炉、压力容器使用单位
                开展拉网式检查。牵头单位：特种设备安全监察股；配合单位：各市场监督管
                理所；完成时限：6月30日前。
                三、组织开展食品生产企业安全生产培训，提升企业主体责任意识和应急处置
                能力。牵头单位：食品生产安全监督管理股；完成时限：6月20日前。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县市场监管局"),
                List.of("特种设备安全监察股"), List.of("食品生产安全监督管理股"));
        assertThat(d.tasks().get(0).assist()).containsExactly("县应急管理局", "县消防救援大队");
        assertThat(d.tasks().get(1).assist()).containsExactly("各市场监督管理所");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void aMachinesSetInACatalogueIsNoBodyThatLeadsItsLine() {
        // f46: the attached catalogue of machines ends "20.1.2地面泵（机组）"; read as a bracketed unit, it made the whole
        // notice a labelled one, of two catalogue lines, instead of the plan's items that name their bodies
        PlanDraft d = read("""
                某省农业农村厅 某省财政厅
                关于印发2023年某省农机购置补贴实施方案的通知
                各市、县农业农村局、财政局：
                现将方案印发给你们，请认真贯彻执行。
                附件：补贴机具种类范围
                某省农业农村厅 某省财政厅
                2023年7月1日
                2023年某省农机购置补贴实施方案
                一、操作流程
                （一）发布实施规定。省农业农村厅、省财政厅按职责分工发布实施方案。
                （二）组织机具投档。省农业农村厅组织开展机具投档工作。
                （三）受理补贴申请。各市县农业农村部门应于2个工作日内做好受理。
                附件
                补贴机具种类范围
                1.耕整地机械
                1.1.1犁
                1.1.2旋耕机
                20.农用水泵
                20.1.1潜水电泵
                20.1.2地面泵（机组）
                21.农田基本建设机械
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("发布实施规定", "组织机具投档", "受理补贴申请");
        assertThat(d.tasks().get(1).lead()).containsExactly("省农业农村厅");
    }

    @Test
    void aDaysHourIsPartOfItsTimeNotTheStartOfItsWork() {
        // br05's schedule: the colon of 16:00 is the clock's, no mark between a day and what is done that day
        PlanDraft d = read("""
                元宵节活动安排
                2月4日16:00 体育馆内举行文艺表演、传统竞技比赛
                2月5日18:00 巴特罕公园举行赏花灯、猜灯谜活动
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("体育馆内举行文艺表演、传统竞技比赛", "巴特罕公园举行赏花灯、猜灯谜活动");
        assertThat(d.tasks()).extracting(TaskDraft::start)
                .containsExactly(LocalDate.of(2023, 2, 4), LocalDate.of(2023, 2, 5));
    }

    @Test
    void anItemsDayWithItsLunarDateAndItsHourInChineseIsItsTimeNotItsWork() {
        // br01: (一)2007年2月9日(农历十二月二十二,星期五)9时,在…召开…
        PlanDraft d = read("""
                一、团拜、座谈活动
                （一）2023年2月9日(农历十二月二十二,星期五)9时,在市老干部活动中心召开迎新春茶话会。
                此项活动由市委老干部局负责组织。
                （二）2023年2月15日(农历十二月二十八,星期四)10时30分,在友谊宫召开迎新春团拜会。
                此项活动由市委办公厅负责组织。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("在市老干部活动中心召开迎新春茶话会", "在友谊宫召开迎新春团拜会");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 2, 15));
    }

    @Test
    void aPartsNameOverItsOneDatedParagraphLeavesTheParagraphToSayTheWork() {
        // i05: "五、活动具体安排 / 6月1日前，各村…悬挂…标语": the part's name is no piece of work, its paragraph is
        PlanDraft d = read("""
                四、组织领导
                成立活动领导小组,乡长任组长。
                五、活动具体安排
                6月1日前,各村(居)委会要悬挂或书写“安全生产月”宣传标语。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("各村(居)委会要悬挂或书写“安全生产月”宣传标语");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    void aHeadingThatAGroupsWordOpensOverActivitiesNamesNoBodyForThem() {
        // an04's shape: "（二）相关活动安排" is a part of the plan, not a group of bodies (相关单位) leading its activities
        PlanDraft d = read("""
                四、活动安排
                （一）宣传发动
                充分发挥报刊、广播、电视的作用，加强舆论引导。
                （二）相关活动安排
                1、团市委组织参与主题实践活动启动仪式
                活动时间：3月4日上午10:00
                活动地点：新华广场
                2、赛罕区志愿服务活动
                活动时间：3月5日16:00
                活动地点：赛罕区西把栅中心校
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .contains("团市委组织参与主题实践活动启动仪式", "赛罕区志愿服务活动");
        assertThat(d.tasks()).allSatisfy(t -> assertThat(t.lead()).doesNotContain("相关活动安排"));
    }

    @Test
    void aSubItemHoldingOnlyWhoTakesPartIsAFieldOfItsItem() {
        PlanDraft d = read("""
                三、活动形式
                （一）媒体宣传。县融媒体中心开设专栏，宣传环保知识。
                （二）集中宣传。6月5日上午，在人民广场开展集中宣传活动。
                1.参加单位：县环保局、县教育局、县林业局。
                2.活动要求：
                ①各单位组织2名工作人员布置展台；
                ②县融媒体中心开设专栏报道活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("媒体宣传", "集中宣传",
                "各单位组织2名工作人员布置展台", "县融媒体中心开设专栏报道活动");
        TaskDraft together = d.tasks().get(1);
        assertThat(together.lead()).isEmpty();
        assertThat(together.assist()).containsExactly("县环保局", "县教育局", "县林业局");
    }

    @Test
    void unitFieldsUnderAHeadingThatIntroducesThemBelongToTheItemAbove() {
        PlanDraft d = read("""
                二、重点活动
                （一）全县科普宣传活动。
                （1）主办、承办、协办单位：
                ①主办单位：县科协
                ②承办单位：城关镇人民政府
                ③协办单位：县教育局、县卫健局
                """);

        assertThat(d.tasks()).hasSize(1);
        assertThat(task(d, "（一）").content()).isEqualTo("全县科普宣传活动");
        assertThat(task(d, "（一）").lead()).containsExactly("县科协");
        assertThat(task(d, "（一）").assist()).containsExactly("城关镇人民政府", "县教育局", "县卫健局");
    }

    @Test
    void stepsWithATimeFieldOfTheirOwnAreTasks() {
        PlanDraft d = read("""
                三、工作步骤
                （一）组织发动阶段。时间：5月30日—6月4日。召开全镇动员会议，部署禁烧工作。
                （二）全面禁烧阶段。时间：6月5日—6月30日。镇政府、各行政村要进入实战状态，坚持巡回检查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("组织发动阶段", "全面禁烧阶段");
        assertThat(task(d, "（一）").start()).isEqualTo(LocalDate.of(2023, 5, 30));
        assertThat(task(d, "（一）").end()).isEqualTo(LocalDate.of(2023, 6, 4));
        assertThat(task(d, "（二）").lead()).containsExactly("镇政府", "各行政村");
        assertThat(task(d, "（二）").end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void theUnitNamedFirstLeadsWhenTheNoticeSaysSo() {
        PlanDraft d = read("""
                一、落实粮食安全责任
                （一）增强粮食安全意识。把保障粮食安全放在突出位置。（市发改委、市农委、中储粮某某直属库。排名第一的为牵头单位，下同）
                （二）稳定粮食播种面积。落实耕地保护制度。（市农委、市自然资源局）
                """);

        assertThat(task(d, "（一）").content()).isEqualTo("增强粮食安全意识");
        assertThat(task(d, "（一）").lead()).containsExactly("市发改委");
        assertThat(task(d, "（一）").assist()).containsExactly("市农委", "中储粮某某直属库");
        assertThat(task(d, "（二）").lead()).containsExactly("市农委");
        assertThat(task(d, "（二）").assist()).containsExactly("市自然资源局");
    }

    @Test
    void aBracketOfUnitsKeepsTheBracketedPartOfAName() {
        // ax05, as k01's 省发展改革委（省能源局）: a bracket of units may hold a name with its own bracket
        PlanDraft d = read("""
                一、加快调整能源结构(省发改委总牵头)
                (一)制订实施全省煤炭消费总量控制方案。
                1.制订煤炭消费总量中长期控制目标。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)
                2.新建项目禁止配套建设自备燃煤电站。(省发改委(省能源局)、省环保厅)
                3.推进煤炭清洁利用。(省能源局)
                """);

        assertThat(task(d, "1").lead()).containsExactly("省经信委");
        assertThat(task(d, "1").assist()).containsExactly("省发改委(省能源局)");
        assertThat(task(d, "2").lead()).containsExactly("省发改委(省能源局)");
        assertThat(task(d, "2").assist()).containsExactly("省环保厅");
    }

    @Test
    void aNoteOnTheItemsBelowClosingABracketOfUnitsIsNoName() {
        // az03, the State Council's yearly 医改 task lists: the bracket's last sentence speaks of the items below
        PlanDraft d = read("""
                一、加快构建有序的就医和诊疗新格局
                (一)发挥国家医学中心的引领辐射作用。依托现有资源,加快推进国家医学中心设置和建设。(国家发展改革委、国家卫生健康委、教育部等和地方人民政府按职责分工负责。以下均需地方人民政府负责,不再列出)
                (二)发挥省级高水平医院的辐射带动作用。指导地方建设一批省级区域医疗中心。(国家卫生健康委、国家发展改革委负责)
                """);

        assertThat(task(d, "(一)").lead()).containsExactly("国家发展改革委", "国家卫生健康委", "教育部等", "地方人民政府");
        assertThat(task(d, "(一)").assist()).isEmpty();
        // the bodies the note names do every item below as they do this one (settled in the session after stop 52)
        assertThat(task(d, "(二)").lead()).containsExactly("国家卫生健康委", "国家发展改革委", "地方人民政府");
    }

    @Test
    void theBodiesANoteNamesForAllItemsBelowStandWithEachInThePartTheyHadWhereNamed() {
        // aw07, db03, r04: city plans whose first bracket says who leads, who takes part and who carries it out, and
        // that those who carry it out do so for every item below; an item cut off before its bracket still has them
        PlanDraft d = read("""
                1.严格环境准入。落实高耗能行业准入条件。(市生态环境局牵头,市发改委、市经信局等参与,县(市、区)政府负责落实。以下均需县(市、区)政府落实,不再列出)
                2.严控“两高”行业产能。严禁新增钢铁产能。(市经信局牵头,市生态环境局参与)
                3.优化产业布局。完成城市建成区重污染企业搬迁。
                """);

        assertThat(task(d, "1").lead()).containsExactly("市生态环境局");
        assertThat(task(d, "1").assist()).containsExactly("市发改委", "市经信局等", "县(市、区)政府");
        assertThat(task(d, "2").lead()).containsExactly("市经信局");
        assertThat(task(d, "2").assist()).containsExactly("市生态环境局", "县(市、区)政府");
        assertThat(task(d, "3").lead()).isEmpty();
        assertThat(task(d, "3").assist()).containsExactly("县(市、区)政府");
    }

    @Test
    void bodiesNamedOnlyInTheNoteTakePartBesideWhoLeads() {
        // dm02, u14: "此项及以下…均需X落实": X carries out this item and those below, beside the one named to lead
        PlanDraft d = read("""
                1.促进就业。落实一次性扩岗补助等保用工政策。〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕
                2.支持创业。推进创业孵化基地建设。〔市人社局〕
                """);

        assertThat(task(d, "1").lead()).containsExactly("市人社局");
        assertThat(task(d, "1").assist()).containsExactly("各县(市、区)");
        assertThat(task(d, "2").lead()).containsExactly("市人社局");
        assertThat(task(d, "2").assist()).containsExactly("各县(市、区)");
    }

    @Test
    void aHeadingThatNamesTheWorkAUnitLeadsLendsItToTheItemsUnderIt() {
        // am04: a 政府工作报告 task list grouped by who leads, with how many items each has
        PlanDraft d = read("""
                2025年县政府工作报告任务清单
                一、县示范区管委会牵头工作(2项)
                1.投资3000万元建设南美白对虾工厂化循环水养殖基地。
                2.打造食用菌酵素生产基地。
                二、县发展和改革局牵头的重点任务(1项)
                1.争取超长期特别国债项目10个以上。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("投资3000万元建设南美白对虾工厂化循环水养殖基地",
                "打造食用菌酵素生产基地", "争取超长期特别国债项目10个以上");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县示范区管委会"),
                List.of("县示范区管委会"), List.of("县发展和改革局"));
    }

    @Test
    void theUnitNamedFirstLeadsWhenItsNoteSaysItLeadsOrGathersTheOthersReports() {
        // cx02: "责任单位:区房屋征收中心、区发改局、古林镇(列第一位者为牵头或汇总单位,下同)"
        PlanDraft d = read("""
                2024年区政府工作报告重点工作任务分解
                1.完成城中村改造项目签约。
                责任单位:区房屋征收中心、区发改局、古林镇(列第一位者为牵头或汇总单位,下同)
                2.推进老旧小区改造。
                责任单位:区住建局、各街道
                """);

        assertThat(task(d, "1").lead()).containsExactly("区房屋征收中心");
        assertThat(task(d, "1").assist()).containsExactly("区发改局", "古林镇");
        assertThat(task(d, "2").lead()).containsExactly("区住建局");
        assertThat(task(d, "2").assist()).containsExactly("各街道");
    }

    @Test
    void theUnitNamedFirstInAResponsibilityFieldLeadsWhenItsNoteSaysSo() {
        PlanDraft d = read("""
                2022年县政府工作报告重点工作任务分解
                1.全县生产总值增长7.5%左右。
                责任单位：县发改局（首位单位为牵头单位，下同）、县财政局、县税务局
                2.落实党政机关过紧日子要求。
                责任单位：县财政局、县审计局
                3.推进法治政府建设。
                责任单位：县司法局
                """);

        assertThat(task(d, "1").lead()).containsExactly("县发改局");
        assertThat(task(d, "1").assist()).containsExactly("县财政局", "县税务局");
        assertThat(task(d, "2").lead()).containsExactly("县财政局");
        assertThat(task(d, "2").assist()).containsExactly("县审计局");
        assertThat(task(d, "3").lead()).containsExactly("县司法局");
        // bc06: the note closing the field's list, after a comma, in the field's own bracket
        PlanDraft closing = read("""
                降低企业成本若干措施
                1.全市城镇土地使用税税额标准下调。(责任单位:市税务局、市财政局,排在首位的为牵头单位,下同)
                2.落实印花税核定征收管理办法。(责任单位:市税务局、市人社局)
                """);
        assertThat(task(closing, "1").lead()).containsExactly("市税务局");
        assertThat(task(closing, "1").assist()).containsExactly("市财政局");
        assertThat(task(closing, "2").lead()).containsExactly("市税务局");
        assertThat(task(closing, "2").assist()).containsExactly("市人社局");
        // ax04: 第一责任单位为牵头单位 says the same
        PlanDraft xiamen = read("""
                一、降低企业成本
                （一）落实减税降费政策。责任单位：市税务局、市财政局（第一责任单位为牵头单位、下同）
                （二）降低用电成本。责任单位：市发改委、国网厦门供电公司
                """);
        assertThat(task(xiamen, "（一）").lead()).containsExactly("市税务局");
        assertThat(task(xiamen, "（一）").assist()).containsExactly("市财政局");
        assertThat(task(xiamen, "（二）").assist()).containsExactly("国网厦门供电公司");
    }

    @Test
    void theUnitsThatActAfterTheLeadIsNamedAssistIt() {
        PlanDraft d = read("""
                二、活动内容
                （一）集中宣传活动。县减灾办牵头，县民政局、气象局、科协等部门单位于5月12日在中心广场摆放展板。
                （二）媒体宣传。县融媒体中心开设专栏。
                """);

        assertThat(task(d, "（一）").lead()).containsExactly("县减灾办");
        assertThat(task(d, "（一）").assist()).containsExactly("县民政局", "气象局", "科协等部门单位");
    }

    @Test
    void aDatedActivityAmongActivitiesThatNameTheirUnitsIsATask() {
        PlanDraft d = read("""
                五、活动形式
                1.知识竞赛
                9月10日至21日，在政务平台开展网络安全知识竞赛。
                2.专题展示
                省政协办公厅开设网络安全专题展示。
                3.宣传氛围
                营造浓厚的宣传氛围。
                """);

        // the list is read whole: 宣传氛围 is the third of its activities, though it names neither unit nor time
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("知识竞赛", "专题展示", "宣传氛围");
        assertThat(d.tasks().get(2).lead()).isEmpty();
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 9, 10));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 9, 21));
    }

    @Test
    void unitsThatReportSeeToOrMayDoSomethingAreItsSubject() {
        PlanDraft d = read("""
                二、活动要求
                ①县广播电视台、县融媒体中心对宣传日活动进行宣传报道；
                ②城市管理局做好集中宣传活动场地布置工作；
                ③各乡镇政府可根据实际开展其他形式的宣传活动。
                """);

        assertThat(task(d, "①").lead()).containsExactly("县广播电视台", "县融媒体中心");
        assertThat(task(d, "②").lead()).containsExactly("城市管理局");
        assertThat(task(d, "③").lead()).containsExactly("各乡镇政府");
    }

    @Test
    void unnumberedLinesThatOpenWithTheUnitsWhoseDutyTheySayAreTasks() {
        PlanDraft d = read("""
                某镇秸秆综合利用工作方案
                成立镇秸秆综合利用工作专班：
                组  长：某某镇长
                成员单位：农业综合服务中心、财政所、各村(社区)。
                农业综合服务中心：负责秸秆综合利用技术指导，宣传奖惩政策。
                财政所：负责扶持政策资金发放。
                各村(社区)：将政策宣传卡发放到农户，开展禁烧巡查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("负责秸秆综合利用技术指导，宣传奖惩政策",
                "负责扶持政策资金发放", "将政策宣传卡发放到农户，开展禁烧巡查");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("农业综合服务中心"),
                java.util.List.of("财政所"), java.util.List.of("各村(社区)"));
    }

    @Test
    void unitsStandingAsASentenceBeforeTheirDutyInAFlattenedPageAreTasks() {
        PlanDraft d = read("某县秸秆禁烧工作实施方案\n一、目标任务5月底到9月底全县秸秆禁烧。二、职责分工各组成单位及其职责如下:"
                + "县环保局。负责对全县秸秆禁烧工作实施统一监督,并承担县禁烧办的日常工作。加强现场执法检查。"
                + "县交通局、公路局。负责对国道、省道两侧焚烧秸秆情况的巡查。县农委。负责秸秆综合利用工作的督导。\n");

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "负责对全县秸秆禁烧工作实施统一监督,并承担县禁烧办的日常工作", "负责对国道、省道两侧焚烧秸秆情况的巡查",
                "负责秸秆综合利用工作的督导");
        assertThat(d.tasks().get(1).lead()).containsExactly("县交通局", "公路局");
    }

    @Test
    void aBodysDutyOpeningItsSentenceBesideAnotherBodysDutyLineIsATask() {
        // ff10, bg04, ae01: "（七）平潭海事处独立开展… / （八）乡镇人民政府：负责…", "(十二)监察部门负责…" beside items that
        // say who does them in a form of their own: only those had been read, the bodies' sentences left out
        PlanDraft d = read("""
                某县海域采砂管理实施方案
                四、成员单位工作职责
                （一）县海洋与渔业局要依据相关法律法规，负责海域采砂用海的监督管理工作。
                （二）县公安局强化沿海水域的治安管理；配合开展联合执法。
                （三）县交通运输局组织人员参加港口砂场的执法检查。
                （四）县自然资源局依据矿产资源管理法律法规，组织人员参加岸线砂场执法检查。
                （五）县市场监管局组织人员配合岸线砂场执法检查。
                （六）县海事处要派出船只和人员参加整治行动。
                （七）乡镇人民政府：负责打击非法采砂的宣传教育工作。
                （八）供电部门要对无证经营的非法砂场予以断电。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("县海洋与渔业局"),
                java.util.List.of("县公安局"), java.util.List.of("县交通运输局"), java.util.List.of("县自然资源局"),
                java.util.List.of("县市场监管局"), java.util.List.of("县海事处"), java.util.List.of("乡镇人民政府"),
                java.util.List.of("供电部门"));
    }

    @Test
    void bodiesLinesOfDutiesRunTogetherInAPageAreTasks() {
        // ez08, fe09 (平潭 archive pages run together on one line): "三、职责分工区经济发展局：负责…。各片区管理局：配合…。",
        // each body's line of duties, its line break lost, had been read as no task or as one
        PlanDraft d = read("某区环卫设施建设行动实施方案\n一、工作目标 全区新建垃圾转运站7座。二、各部门工作职责"
                + "区交通与建设局：负责环卫设施建设的综合协调，检查指导、督促考核。区经济发展局：会同区财政金融局研究制定投融资模式；"
                + "负责项目前期审批。区财政金融局：负责落实建设和运行资金。各片区管理局、各乡镇：负责组织辖区内环卫设施建设。\n");

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("负责环卫设施建设的综合协调，检查指导、督促考核",
                "会同区财政金融局研究制定投融资模式；负责项目前期审批", "负责落实建设和运行资金", "负责组织辖区内环卫设施建设");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("区交通与建设局"),
                java.util.List.of("区经济发展局"), java.util.List.of("区财政金融局"), java.util.List.of("各片区管理局", "各乡镇"));
    }

    @Test
    void anItemRunOnRightAfterTheLastItemsUnitsIsATaskOfItsOwn() {
        // fb01, ff01, al01: "…责任单位：交通与建设处5.开展片区广告牌集中更新。…", a page that lost its line breaks: the next
        // item had been read into the units of the one before it (交通与建设处5.开展片区广告牌集中更新 as a lead)
        PlanDraft d = read("""
                某片区环境卫生整治攻坚方案
                二、整治内容
                1.开展景区景点环境卫生全面清扫。确保景区内环境卫生干净整洁。责任单位：各村委会
                2.开展工地围挡整治。对已建立台账的工程项目加快整治到位。责任单位：交通与建设处3.开展片区广告牌集中更新。更新替换\
                破旧、损坏的广告牌。责任单位：党群工作处、各村委会4.开展渔具堆放整治。全面清理渔具。责任单位：资源生态处
                三、工作要求
                各处室要高度重视，确保取得实效。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展景区景点环境卫生全面清扫", "开展工地围挡整治",
                "开展片区广告牌集中更新", "开展渔具堆放整治");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("各村委会"),
                java.util.List.of("交通与建设处"), java.util.List.of("党群工作处", "各村委会"), java.util.List.of("资源生态处"));
    }

    @Test
    void anItemRunOnAfterTheUnitsKeepsTheNumberOfThePlanItDivides() {
        // fg02: a bureau's share of a five-year plan, each item keeping the plan's number (4, 10, 17…), run together on
        // one line: "…责任处室：药械处10.引进台湾经贸…" had been read into the units of item 4
        PlanDraft d = read("""
                某局“十三五”规划纲要任务分工表
                （一）打造对台合作平台
                4.推动医疗生技产业园建设。牵头单位：区卫生局 参加单位：区市场监督管理局责任处室：药械处\
                10.引进台湾经贸、金融等领域人才。牵头单位：区党群工作部 参加单位：区市场监督管理局 责任处室：行政许可处\
                17.加强与台湾水产加工同业公会等合作。牵头单位：区农村发展局 参加单位：区市场监督管理局 责任处室：食品处
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("推动医疗生技产业园建设",
                "引进台湾经贸、金融等领域人才", "加强与台湾水产加工同业公会等合作");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("区卫生局"),
                java.util.List.of("区党群工作部"), java.util.List.of("区农村发展局"));
    }

    @Test
    void anItemGluedToItsPartsHeadingIsATaskWhateverItsNumber() {
        // ff01, fg02, ep04: "（二）健全工作机制，强化责任落实2.落实护路联防法定责任。…", items numbered on from part to part
        // (or as the plan a division takes them from), the first of each part glued to the part's heading: that item
        // had been read into the heading, and the heading taken for a task
        PlanDraft d = read("""
                某片区关于扎实做好铁路护路联防工作的通知
                二、工作措施
                （一）提高政治站位，树牢责任意识1.深入学习贯彻党的二十大精神。各处室要将护路联防工作纳入重要议事日程。责任单位：各处室
                （二）健全工作机制，强化责任落实2.落实护路联防法定责任。明确护路联防工作职责。责任单位：政法综治处\
                3.强化护路联防基础管理。建立铁路沿线重点部位台账。责任单位：政法综治处、各警务室
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("深入学习贯彻党的二十大精神",
                "落实护路联防法定责任", "强化护路联防基础管理");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("各处室"),
                java.util.List.of("政法综治处"), java.util.List.of("政法综治处", "各警务室"));
    }

    @Test
    void unitsOnALineOfTheirOwnOverTheirDutyAreATaskNumberedOrNot() {
        PlanDraft d = read("""
                某市宣传活动方案
                五、人员分工
                1、市医改办
                负责医改政策的资料、物品准备和发放工作。
                __区卫计局
                负责制作宣传横幅、板报，落实活动场地。
                六、筹备工作
                1、综合协调组
                配合部门：
                政府办、财政局
                负责起草领导讲话。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("负责医改政策的资料、物品准备和发放工作",
                "负责制作宣传横幅、板报，落实活动场地", "综合协调组");
        assertThat(d.tasks().get(0).lead()).containsExactly("市医改办");
        assertThat(d.tasks().get(1).lead()).containsExactly("__区卫计局");
        // the units under a label are its value, not units told a duty of their own: no task of 政府办、财政局
        assertThat(d.tasks()).noneMatch(t -> t.lead().contains("政府办"));
    }

    @Test
    void aHeadingRunIntoItsBodyAfterASpaceIsAHeadingOnALineOfItsOwn() {
        PlanDraft d = read("""
                某乡秋冬季禁止秸秆焚烧工作实施方案
                一、工作目标 在乡域范围内全面实施禁止秸秆焚烧。
                三、职责分工 农业办积极开展农作物秸秆综合利用推广工作。派出所负责查处焚烧秸秆的违法行为。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("农业办积极开展农作物秸秆综合利用推广工作",
                "派出所负责查处焚烧秸秆的违法行为");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("农业办"),
                java.util.List.of("派出所"));
    }

    @Test
    void aLabelWhoseUnitsStandOnTheLineBelowHasThemAsItsValue() {
        PlanDraft d = read("""
                某县枸杞采摘节筹备方案
                四、组织机构
                1、综合协调组
                牵头部门：
                县委办
                配合部门：
                政府办、财政局
                负责制定综合协调组工作实施方案并组织实施。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("综合协调组");
        assertThat(d.tasks().get(0).lead()).containsExactly("县委办");
        assertThat(d.tasks().get(0).assist()).containsExactly("政府办", "财政局");
    }

    @Test
    void aHeadingLabelThatNamesNoOneLeavesItsItemsToSayWhoDoesThem() {
        PlanDraft d = read("""
                某县全国疟疾日宣传活动方案
                四、参加单位:
                县疾病预防控制中心、各乡镇卫生院。
                七、组织、分工:
                1、疾控中心健教科牵头协调联系广电局新闻跟踪采访。
                2、防疫二科认真搞好宣传、咨询、资料发放。
                3、办公室做好宣传车辆的配备服务工作。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("疾控中心健教科牵头协调联系广电局新闻跟踪采访",
                "防疫二科认真搞好宣传、咨询、资料发放", "办公室做好宣传车辆的配备服务工作");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("疾控中心健教科"),
                java.util.List.of("防疫二科"), java.util.List.of("办公室"));
    }

    @Test
    void unitsHeadingTheirNumberedDutiesAreWhoDoesEachUnlessItNamesItsOwn() {
        PlanDraft d = read("""
                某区卫生城市宣传教育方案
                四、活动内容及安排
                （一）区委宣传部
                1、在《今日某区》开设“创建专版”，宣传创建标准。
                2、电视摄制站积极报道各部门开展的创卫工作。
                （二）区委报道组
                关注宣传周工作开展情况，及时在日报上进行报道。
                （三）领导小组办公室职责
                1.负责创建工作的日常性管理工作。
                五、重点普法内容及责任部门
                （一）《宪法》（全系统各单位）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("在《今日某区》开设“创建专版”，宣传创建标准",
                "电视摄制站积极报道各部门开展的创卫工作", "关注宣传周工作开展情况，及时在日报上进行报道", "负责创建工作的日常性管理工作",
                "《宪法》");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("区委宣传部"),
                java.util.List.of("电视摄制站"), java.util.List.of("区委报道组"), java.util.List.of("领导小组办公室"),
                java.util.List.of("全系统各单位"));
    }

    @Test
    void theActivitiesOfAPartOfTheActivitiesPartAreReadWholeWhereOneGivesItsTime() {
        // dw07, aq02: "二、活动内容 / （一）市级活动 / 1.…启动仪式（暂定3月25日）… / 2.… / 3.…", naming no one
        PlanDraft d = read("""
                关于开展第32届健康教育周活动的通知
                一、活动目的
                广泛宣传健康公约,不断提升市民的健康素养水平。
                二、活动内容
                （一）市级活动
                1.开展健康教育周启动仪式（暂定3月25日）,发布市民健康行为监测报告。
                2.围绕健康公约,邀请专家通过讲座或者访谈等形式进行科普讲解。
                3.利用海报折页、广播电视等传播渠道开展健康科普宣传。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(0).timeText()).contains("3月25日");
    }

    @Test
    void underTheOrganisationAndDivisionOfWorkEachSentenceThatNamesItsDoerIsATask() {
        // ds07: "二、組織分工" (组织分工, as 组织安排 and 责任分工) over the sentences that give each body its part
        PlanDraft d = read("""
                某市交通安全日活动方案
                一、指导思想
                以编印手册为主要宣传手段,推动文明交通行动。
                二、组织分工
                宣传手册由市公安局交巡警支队负责提供交通案例文字材料及图片。市邮政局负责编印并承担相关费用。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("市公安局交巡警支队"),
                java.util.List.of("市邮政局"));
    }

    @Test
    void whomToCallUnderAUnitsHeadingLeavesItTheHeadingOfItsDuties() {
        // dx03: each department's heading over its contacts (联系人:…, a second name on its own line, 体育部:…), then its
        // numbered duties
        PlanDraft d = read("""
                运动会各部门工作安排
                一、学院办公室
                联系人:郑大远
                (一)负责起草校领导的开幕词。
                二、后勤集团
                联系人:王彪
                荆 昊
                体育部: 李 涛
                (一)保证供应食品的卫生。
                (二)保证浴室的正常开放。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("学院办公室"),
                java.util.List.of("后勤集团"), java.util.List.of("后勤集团"));
    }

    @Test
    void thePartNamingWhoHoldsTheEventIsNoTaskBesideTheActivitiesAndTheirTimes() {
        // "三、实施单位 / 主办单位：…", "三、活动组织 / （一）主办单位：…": the event's hosts, whatever the part is called
        for (String part : java.util.List.of("实施单位", "活动组织")) {
            PlanDraft d = read("""
                    古县世界读书日活动方案
                    一、活动时间及地点
                    1、征文活动
                    时间：4月10日—5月10日
                    2、新书推荐活动
                    时间：4月21日
                    地点：县图书馆一楼大厅
                    三、%s
                    （一）主办单位：古县县委、古县人民政府
                    （二）承办单位：古县文体广电新闻出版局
                    （三）协办单位：古县图书馆
                    """.formatted(part));

            assertThat(d.tasks()).as(part).extracting(TaskDraft::content).containsExactly("征文活动", "新书推荐活动");
            assertThat(d.tasks().get(1).end()).isEqualTo(java.time.LocalDate.of(d.year(), 4, 21));
        }
    }

    @Test
    void aBodysMembersUnderItsNameAreNoDutyOfIt() {
        PlanDraft d = read("""
                某县知识竞赛活动方案
                三、组织机构
                （一）活动领导小组
                组长：县委副书记某某同志
                （二）县教育局
                组织全县中小学生参加知识竞赛活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("组织全县中小学生参加知识竞赛活动");
        assertThat(d.tasks().get(0).lead()).containsExactly("县教育局");
    }

    @Test
    void anItemsSentenceBrokenAtThePagesWidthIsReadWholeWithTheBracketItEndsWith() {
        // a copy of a printed page: every full line stops at the same width, wherever the sentence is
        PlanDraft d = read("""
                三、重点任务
                （一）继续深入开展“关爱生命救在身边”活动，加强公众应急救护知识
                技能培训，组织开展“寻找最美救护员”“世界急救日”等系列活动。（县红
                十字会负责）
                （二）组织开展全国高血压日、全国肿瘤防治宣传周、世界慢阻肺日等主
                题宣传日活动。（县卫生健康委负责）
                （三）举办面向老年群体的示范性群众文化活动，鼓励引导老年人积极
                参与广场舞、群众歌咏等，不断丰富老年人精神文化生活。（县文化和
                旅游局负责）
                （四）组织开展全国老年健康宣传周、世界阿尔茨海默病日、全国敬老月
                等系列宣传活动。（县卫生健康委负责）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "继续深入开展“关爱生命救在身边”活动，加强公众应急救护知识技能培训，组织开展“寻找最美救护员”“世界急救日”等系列活动",
                "组织开展全国高血压日、全国肿瘤防治宣传周、世界慢阻肺日等主题宣传日活动",
                "举办面向老年群体的示范性群众文化活动，鼓励引导老年人积极参与广场舞、群众歌咏等，不断丰富老年人精神文化生活",
                "组织开展全国老年健康宣传周、世界阿尔茨海默病日、全国敬老月等系列宣传活动");
        assertThat(d.tasks().get(0).lead()).containsExactly("县红十字会");
        assertThat(d.tasks().get(2).lead()).containsExactly("县文化和旅游局");
    }

    @Test
    void aShortHeadingLineIsNoBrokenSentence() {
        PlanDraft d = read("""
                三、重点任务
                （一）加强宣传
                通过报纸、电视、网络等媒体广泛宣传活动主题和相关知识，营造氛围。（县委宣传部负责）
                （二）开展义诊
                组织医务人员深入社区、村开展义诊咨询活动，发放宣传资料。（县卫生健康委负责）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("加强宣传", "开展义诊");
    }

    @Test
    void aBracketThatNamesWhoLeadsAndWhoTakesPartSaysBoth() {
        PlanDraft d = read("""
                二、重点工作
                （一）开展“全民营养周”系列合理膳食主题宣教活动。（县卫生健康委牵头，县委宣传部、县农业农村局等部门参与）
                （二）开展第36个世界无烟日主题系列宣传活动。（县卫生健康委牵头负责）
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("县卫生健康委");
        assertThat(d.tasks().get(0).assist()).containsExactly("县委宣传部", "县农业农村局等部门");
        assertThat(d.tasks().get(1).lead()).containsExactly("县卫生健康委");
    }

    @Test
    void aBracketThatSaysWhoseTheWorkIsNamesItsUnitsWithoutItsWords() {
        // at02: "（此项工作由镇团委、镇妇联负责）" names 镇团委 and 镇妇联, not "此项工作由镇团委"; "…参加" names who takes part
        PlanDraft d = read("""
                二、活动内容
                1.青年妇女志愿者家庭节水入户宣传。(此项工作由镇团委、镇妇联负责)
                2.开展媒体节能宣传活动,积极向各级媒体投稿。(此项工作由镇党政办负责)
                3.在中小学开展“四少活动”。(此项工作由镇团委、各中小学校参加)
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("镇团委", "镇妇联"), List.of("镇党政办"),
                List.of());
        assertThat(d.tasks().get(2).assist()).containsExactly("镇团委", "各中小学校");
        assertThat(d.tasks().get(2).content()).isEqualTo("在中小学开展“四少活动”");
    }

    @Test
    void aPlanThatNamesNoOneHasItsDatedActivitiesAsTasks() {
        PlanDraft d = read("""
                一、活动时间：5月30日至6月5日
                二、活动内容
                （一）开展世界环境日广场宣传活动
                5月30日，举办宣传活动广场启动仪式，并组织环保咨询等宣传活动。
                （二）召开环保新闻发布会
                6月4日，召开全市环保新闻发布会，通报环境质量状况。
                （三）组织开展环保开放宣传日活动
                6月5日，组织市民和学生参观新建的环境监测站大楼。
                三、活动要求
                各单位要高度重视，精心组织。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展世界环境日广场宣传活动",
                "召开环保新闻发布会", "组织开展环保开放宣传日活动");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 6, 4));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 6, 4));
    }

    @Test
    void theNumberedActivitiesHeldOnADayAreItsPiecesOfWork() {
        // bs05: days that head what is held on them, each activity with only where it is held
        PlanDraft d = read("""
                二、活动安排
                (一)7月26日:军事日活动
                1、形势讲座
                地点:区地税楼五楼会议室
                2、组织轻武器实弹射击、徒步拉练
                地点:白沙滩景区
                (二)7月27日下午:走访慰问驻区部队
                (三)7月28日上午:慰问军休干部、伤残军人
                三、活动要求
                各单位要高度重视。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("军事日活动", "形势讲座",
                "组织轻武器实弹射击、徒步拉练", "走访慰问驻区部队", "慰问军休干部、伤残军人");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 7, 26));
        assertThat(d.tasks().get(1).start()).isNull();
    }

    @Test
    void itemsThatOpenWithTheEndOfAYearAsTheirDeadlineAreDatedAsThoseWithADay() {
        // af03: a plan's stages of targets, one due by a year's end, one by a month's
        PlanDraft d = read("""
                一、目标要求
                坚持“应公开、尽公开”原则，全面推进基层政务公开标准化规范化建设。
                (一)2020年年底前，我市初步建成试点领域基层政务公开事项目录体系。
                (二)2022年6月底前，制定完成基层政务公开标准和规范。
                (三)2023年底前，基本建成统一规范的基层政务公开标准体系。
                二、保障措施
                加强组织领导，落实工作责任。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("我市初步建成试点领域基层政务公开事项目录体系",
                "制定完成基层政务公开标准和规范", "基本建成统一规范的基层政务公开标准体系");
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2020, 12, 31),
                LocalDate.of(2022, 6, 30), LocalDate.of(2023, 12, 31));
    }

    @Test
    void aDayOpeningTheLineUnderTheThirdItemIsNoFourthItemThatLostItsMark() {
        // bt09: "4月27日," after item 3 is its day, not a "4" whose mark the copy lost
        PlanDraft d = read("""
                系列活动安排:
                1、开展启动仪式。
                时间:4月25日下午
                2、开展两期“湿地讲堂”活动
                4月25日在风景廊道开展“湿地讲堂”活动。
                3、开展清洁和“放飞”活动
                4月27日,联合相关协会到繁殖地开展清理候鸟栖息地活动。
                4、开展执法检查行动
                联合执法大队等部门对集贸市场进行执法大检查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(d.tasks().get(2).content()).isEqualTo("开展清洁和“放飞”活动");
        // whom it works with, not where they go together
        assertThat(d.tasks().get(2).assist()).containsExactly("相关协会");
    }

    @Test
    void theOneDatedItemUnderThePartOfActivitiesIsATask() {
        // bt10: the copy ends after the first of the plan's activities
        PlanDraft d = read("""
                二、主办单位
                郑州市水务局、郑州市节约用水办公室。
                三、活动安排
                1、3月20日在绿城广场主会场,举行“中国水周”宣传活动的启动仪式(9:00-11:00)。启动仪式结束后拟现场举办
                """);

        assertThat(d.tasks()).hasSize(1);
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 3, 20));
    }

    @Test
    void aHolidaysDaysOpeningAnItemAreItsTimeThoughTheyNameNoDate() {
        // bt05, ab04: 清明节期间 and 清明节前后 move with the lunar calendar: the time as written, no days
        PlanDraft d = read("""
                二、清明节期间
                1、清明节期间,区森林防火指挥部组织巡查组深入到乡镇、街道巡查。
                2、清明节前后,区政府领导到所联系的乡镇督查森林防火工作。
                3、视天气情况,区政府颁发森林防火戒严令。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("区森林防火指挥部组织巡查组深入到乡镇、街道巡查",
                "区政府领导到所联系的乡镇督查森林防火工作", "视天气情况,区政府颁发森林防火戒严令");
        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("清明节期间", "清明节前后", "");
        assertThat(d.tasks().get(0).start()).isNull();
        assertThat(d.tasks().get(0).lead()).containsExactly("区森林防火指挥部");
    }

    @Test
    void aTopicThatEndsLikeABodysNameOverASentenceWithItsOwnDoerIsTheItemsName() {
        // l11: 团日主题班会 ends like a body's 会; the line under it names who does the work
        PlanDraft d = read("""
                （二）开展网络安全教育专题活动
                1、网站宣传
                在学院网站首页开辟网络安全专题。
                负责部门:宣传部
                2、团日主题班会
                各系部根据实际情况,组织开展团日教育活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("网站宣传", "团日主题班会");
        assertThat(d.tasks().get(1).lead()).containsExactly("各系部");
    }

    @Test
    void aStepWithItsDaysInBracketsIsATaskNamedWithoutThem() {
        PlanDraft d = read("""
                四、活动安排
                （一）准备阶段（5月20日—5月30日）
                召开动员大会，准备宣传材料。
                （二）组织实施阶段（6月1日—6月15日）
                多渠道、多形式开展宣传活动。
                （三）总结阶段（6月16日—6月20日）
                总结活动经验。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("准备阶段", "组织实施阶段", "总结阶段");
        assertThat(d.tasks().get(1).timeText()).isEqualTo("6月1日—6月15日");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 6, 15));
    }

    @Test
    void thePiecesOfWorkUnderADatedStepAreTasksThoughTheyNameNoOneWhoDoesThem() {
        // bm06, bd07: a step with its own days, its numbered pieces of work under it, one or none naming a body
        PlanDraft d = read("""
                五、活动内容及安排
                (一)宣传动员阶段(6月1日—6月5日)
                1. 启动仪式
                • 召开动员大会，部署工作任务。
                2. 宣传造势
                • 利用微信公众号、社区广播推送安全知识。
                (二)隐患排查阶段(6月13日—6月19日)
                1. 自查自纠
                • 各村(社区)开展拉网式隐患排查。
                2. 专项检查
                • 对重大隐患实行挂牌督办。
                六、工作要求
                各单位要高度重视。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("宣传动员阶段", "启动仪式", "宣传造势",
                "隐患排查阶段", "自查自纠", "专项检查");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 6, 5));
        assertThat(d.tasks().get(4).lead()).containsExactly("各村(社区)");
    }

    @Test
    void aStepNamedForSeveralPhasesAtOnceIsAStepBesideTheDuties() {
        // a duty list without its heading (the copy starts inside it), then steps each named for three phases
        PlanDraft d = read("""
                （十六）区城管执法局：负责查处无照游商和违法建设。
                （十七）区市场监管局：负责查处无照经营行为。
                四、工作步骤
                （一）动员部署、调查摸底、宣传发动阶段（2010年9月10日至9月17日）。召开动员部署大会，制定工作方案。
                （二）统一行动、集中整治、大力推进阶段（2010年9月18日至12月8日）。开展集中整治。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("负责查处无照游商和违法建设",
                "负责查处无照经营行为", "动员部署、调查摸底、宣传发动阶段", "统一行动、集中整治、大力推进阶段");
        assertThat(d.tasks().get(3).end()).isEqualTo(LocalDate.of(2010, 12, 8));
    }

    @Test
    void pointsCountedOffInlineThatTellDifferentUnitsTheirPartAreTasksEach() {
        PlanDraft d = read("""
                二、工作要求和任务
                各街镇、各部门要高度重视，深入开展防灾减灾宣传活动。一是由区安监局牵头，区工信局、国土资源分局配合，深入工业企业宣传安全生产知识；二是由交警大队牵头，区交通局配合，开展交通安全宣传；三是由区教育局负责，组织各中小学开展应急疏散演练。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("各街镇", "各部门"),
                java.util.List.of("区安监局"), java.util.List.of("交警大队"), java.util.List.of("区教育局"));
        assertThat(d.tasks().get(1).assist()).containsExactly("区工信局", "国土资源分局");
        assertThat(d.tasks().get(2).assist()).containsExactly("区交通局");
        assertThat(d.tasks().get(3).content()).contains("组织各中小学开展应急疏散演练");
    }

    @Test
    void aParagraphThatOpensWithItsFirstCircledPointIsCutAtEachPoint() {
        // ap04: a month's schedule run into one paragraph, ① at its very start
        PlanDraft d = read("""
                儿童用品等守护行动工作安排
                ①3月,下发儿童用品等守护行动实施方案;下发第二批产品质量市级监督抽查计划; ②4月至5月,指导各县区儿童用品等质量安全隐患排查及监督检查工作; ③6月,开展儿童用品生产企业专家查隐患活动;开展各项宣传教育活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("①", "②", "③");
        assertThat(task(d, "②").start()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(task(d, "③").end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void pointsCountedOffForOneSubjectAreOneDuty() {
        PlanDraft d = read("""
                二、活动主题
                今年活动的主题是灭蚊防病。一是各镇、各部门要以创建国家卫生县城为抓手，加强环境卫生整治；二是各镇、各部门要广泛宣传爱国卫生工作，倡导健康生活方式。
                三、活动内容
                （一）开展环境卫生整治。各镇负责，6月底前完成。
                """);

        assertThat(d.tasks()).noneMatch(t -> t.content().startsWith("各镇、各部门要广泛宣传"));
    }

    @Test
    void aHeadingRunIntoItsBodyThatSaysWhoRunsThePlanIsNoTask() {
        PlanDraft d = read("""
                一、活动名称：3·15国际消费者权益日宣传纪念活动
                二、组织领导：由市消保委常务理事单位组成领导小组，由市消保委负责活动的组织、协调工作。
                三、活动内容
                （1）法律咨询：市消保委各理事单位开展法律法规咨询、资料发放；
                （2）便民服务：由市个体民营协会组织会员开展便民服务活动；
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("（1）", "（2）");
    }

    @Test
    void activitiesNamedOverTheirFieldLinesAreTasks() {
        PlanDraft d = read("""
                3·15活动预告
                区消保委将携手委员单位开展系列活动，具体如下：
                消费维权案例专栏
                主要内容：集中发布典型投诉案例、热点消费知识。
                活动时间：即日起—3月20日
                地点及参与方式：区消保委微信公众号
                “普法维权护银龄”法制课堂宣传活动
                主要内容：邀请普法讲师团成员进入社区讲解法律知识。
                活动时间：3月—5月
                地点及参与方式：庙行镇社区，线下招募
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("消费维权案例专栏",
                "“普法维权护银龄”法制课堂宣传活动");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 5, 31));
    }

    @Test
    void aPlanThatNamesNoOneHasTheActivitiesItListsAsTasks() {
        PlanDraft d = read("""
                一、活动时间
                5月底至6月初
                二、活动内容
                （一）组织开展全县绿色学校环保主题宣传活动
                陆续组织开展环保知识进学校。
                （二）组织开展绿色社区环保主题实践活动
                陆续组织环保知识进社区，倡导绿色消费理念。
                （三）组织开展“环保开放宣传日”活动
                组织学生代表参观污水处理厂。
                三、活动要求
                各单位要精心组织。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("组织开展全县绿色学校环保主题宣传活动",
                "组织开展绿色社区环保主题实践活动", "组织开展“环保开放宣传日”活动");
        assertThat(d.tasks()).allSatisfy(t -> assertThat(t.lead()).isEmpty());
    }

    @Test
    void bodiesThatHoldAnEventTogetherLeadItEach() {
        PlanDraft d = read("""
                二、活动内容
                1、举办电视文艺晚会。由市消协和市电视台联合主办纪念3·15国际消费者权益日文艺晚会。
                2、开展现场咨询。由市市场监管局负责，3月15日上午在人民广场举行。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("市消协", "市电视台");
        assertThat(d.tasks().get(1).lead()).containsExactly("市市场监管局");
    }

    @Test
    void anItemsPointsThatGiveOtherUnitsTheirPartAreTasksBesideIt() {
        PlanDraft d = read("""
                四、活动安排
                （二）组织实施阶段（3月6日-25日）：各县（市、区）政府要结合本地实际，组织纪念活动。3月15日在平阳广场举办大型纪念活动：一是组织集会，邀请市领导参加；二是组织打假维权成果展示咨询，由每个县（市、区）工商局分别组织，并邀请新闻单位采访报道。三是举办法律法规咨询活动，由尧都工商局、消协负责牵头落实。
                （三）总结阶段（3月26日-31日）：各县市区要认真总结宣传月活动情况。
                """);

        // a dated step's points are its pieces of work, the first too, though it names no one who does it (n14's truth)
        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("（二）", "一是", "二是", "三是", "（三）");
        assertThat(d.tasks().get(0).lead()).startsWith("各县（市、区）政府");
        assertThat(d.tasks().get(1).lead()).isEmpty();
        assertThat(d.tasks().get(2).lead()).containsExactly("每个县（市、区）工商局");
        assertThat(d.tasks().get(3).lead()).containsExactly("尧都工商局", "消协");
    }

    @Test
    void theBracketOfUnitsThatEndsAnItemCountsOnTheLinesAfterItsFirstSentence() {
        PlanDraft d = read("""
                一、扎实开展重点难点治理
                1. 开展“剑网”专项行动，严厉打击网络侵权盗版行为。
                （中央宣传部、中央网信办、公安部、工业和信息化部按职责分工
                负责）
                2. 聚焦电商等重点领域开展专项治理。开展反不正当竞争专项执法，打击
                互联网领域仿冒混淆等行为。加强互联网广告监测监管，严厉查处
                — 2 —
                虚假违法广告。（市场监管总局、邮政局、知识产权局按职责分工
                负责）
                3. 开展网售药品违法违规行为专项整治。（药监局负责）
                """);

        assertThat(task(d, "1").content()).isEqualTo("开展“剑网”专项行动，严厉打击网络侵权盗版行为");
        assertThat(task(d, "1").lead()).containsExactly("中央宣传部", "中央网信办", "公安部", "工业和信息化部");
        assertThat(task(d, "2").content()).isEqualTo("聚焦电商等重点领域开展专项治理");
        assertThat(task(d, "2").lead()).containsExactly("市场监管总局", "邮政局", "知识产权局");
        assertThat(task(d, "3").lead()).containsExactly("药监局");
    }

    @Test
    void theFieldsAnActivityOpensWithAsNumberedSubItemsAreItsOwn() {
        PlanDraft d = read("""
                四、活动内容
                （一）举行食品安全周启动仪式
                1、时间：6月17日上午。
                2、地点：翟山辖区
                3、参加人员：市、区领导，各街道办事处。
                承办单位：翟山街道办事处。
                （二）食品安全宣传“四进”活动
                1、进社区（6月3日-7日）。在社区开展食品安全宣传活动。（承办单位：各街道办事处）
                2、进校园（6月10日-14日）。动员全区各小学开展食品安全宣传活动。（承办单位：区文教体局）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("举行食品安全周启动仪式", "进社区", "进校园");
        assertThat(d.tasks().get(0).lead()).containsExactly("翟山街道办事处");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 6, 17));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 6, 17));
    }

    @Test
    void anEmergencyOfficeIsNamedWholeNotCutAtTheWordFor应() {
        PlanDraft d = read("""
                六、活动安排
                1、资料准备。镇政府应急办负责准备镇级宣传资料。
                2、集中宣传。区政府应急管理办公室将于5月12日在广场开展宣传。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("镇政府应急办");
        assertThat(d.tasks().get(1).lead()).containsExactly("区政府应急管理办公室");
    }

    @Test
    void anActivitysDayUnderTheLabel时间IsItsTimeNotThePagesStamp() {
        PlanDraft d = read("""
                关于开展网络安全宣传周系列活动的通知
                发布日期：2023-09-05
                一、网络安全宣传
                时间：9月5日-11日
                地点：滨海、河西两校区
                二、网络安全应急演练
                时间：9月8日
                活动：网信办对校内各类信息系统开展网络安全攻防演练
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("网络安全宣传", "网络安全应急演练");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 9, 5));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 9, 11));
    }

    @Test
    void aPartThatListsWhoHoldsTheEventLeavesTheActivitiesToTheirSentences() {
        PlanDraft d = read("""
                三、组织机构
                主办单位：某某市安全生产委员会
                承办单位：市应急局、国网某某供电公司
                四、现场安排
                （一）设立宣传咨询台。宣传咨询台条幅由市安委办现场统一设置。
                （二）开展应急演示。由市消防救援支队负责组织消防器材使用演示。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("设立宣传咨询台", "开展应急演示");
        assertThat(d.tasks().get(0).lead()).containsExactly("市安委办");
        assertThat(d.tasks().get(1).lead()).containsExactly("市消防救援支队");
    }

    @Test
    void theFirstPointRunOnAfterADatedStepsHeadingIsAPieceOfItsWorkAsTheOthersAre() {
        // ah03: "（一）…阶段（2010年9月10日至9月17日）。一是召开…" then 二是, 三是 a paragraph each
        PlanDraft d = read("""
                三、实施步骤
                （一）动员部署阶段（2010年9月10日至9月17日）。一是召开全市动员部署大会。各区县政府建立健全组织机构。
                二是调查摸底，建立台帐。各区县政府对辖区突出问题进行排查。
                三是评估风险，制定预案。各区县整治工作领导小组办公室要制定预案。
                （二）集中整治阶段（2010年9月18日至12月8日）。各区县政府开展集中整治。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("（一）", "一是", "二是", "三是", "（二）");
        assertThat(d.tasks().get(1).content()).isEqualTo("召开全市动员部署大会");
    }

    @Test
    void after由TheOrganisingVerbsFirstCharacterEndsNoName() {
        // the name after 由 ends where a body's name can, but the 组 of 组织 or 组成 is the deed's; a 消协 or a 妇联 ends
        // a name as a 局 does; and the part that says the activity's form is no piece of work
        PlanDraft d = read("""
                六、活动形式
                由县妇联现场写春联、送福字。
                七、活动安排
                （一）消费维权座谈会。由市工商局、市消协人员组成宣讲团，到企业开展宣讲。
                （二）教师会议。由校长组织召开全体教师会议。
                （三）专题培训。由总务处组织食堂员工培训。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("消费维权座谈会", "教师会议", "专题培训");
        assertThat(d.tasks().get(0).lead()).containsExactly("市工商局", "市消协");
        assertThat(d.tasks().get(1).lead()).isEmpty();
        assertThat(d.tasks().get(2).lead()).containsExactly("总务处");
    }

    @Test
    void aLawNamedAfterABodysOrganisationNamesNoUnit() {
        PlanDraft d = read("""
                二、活动安排
                （一）宪法进农村。由省农业农村厅牵头，省公安厅配合，宣传农业法、土地管理法、村民委员会组织法等相关涉农法律法规。
                （二）宪法进社区。由省民政厅牵头，宣传城市居民委员会组织法。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("省农业农村厅");
        assertThat(d.tasks().get(0).assist()).containsExactly("省公安厅");
        assertThat(d.tasks().get(1).lead()).containsExactly("省民政厅");
    }

    @Test
    void aBodyNamedByTheWorkItDoesIsAUnit() {
        PlanDraft d = read("""
                四、工作要求
                （一）及时组织实施。各检查单位按照本通知的要求，在确定检查人员后立即开展检查工作。
                （二）举办知行大赛。健康中国行动推进办将举办健康中国行动知行大赛家庭专场活动。
                （三）确保工作实效。要确保部门协同，形成合力。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("及时组织实施", "举办知行大赛", "确保工作实效");
        assertThat(d.tasks().get(0).lead()).containsExactly("各检查单位");
        assertThat(d.tasks().get(1).lead()).containsExactly("健康中国行动推进办");
    }

    @Test
    void unitsToldToDoTheirPartEachAreNamedWithoutTheTelling() {
        PlanDraft d = read("""
                一、重点任务
                1.完善应急预案体系。责任单位：县政府办公室、县司法局、各有关部门，乡镇人民政府按职责分工分别负责。
                2.开展普法宣传。责任单位：县司法局、县教育局各自负责。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("县政府办公室", "县司法局", "各有关部门", "乡镇人民政府");
        assertThat(d.tasks().get(1).lead()).containsExactly("县司法局", "县教育局");
    }

    @Test
    void whomAClauseSaysItsDoerWorksWithAssists() {
        PlanDraft d = read("""
                二、活动安排
                （一）显示宣传标语。县政务服务中心负责在电子显示屏上滚动显示宣传标语，并会同国家统计局某某调查队做好标语审核。
                （二）悬挂宣传横幅。县交通局负责在主要路口悬挂横幅，其他部门全力配合。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("县政务服务中心");
        assertThat(d.tasks().get(0).assist()).containsExactly("国家统计局某某调查队");
        assertThat(d.tasks().get(1).assist()).containsExactly("其他部门");
    }

    @Test
    void aCoverNoticesRequestsAboveItsAttachedPlanAreNoTasks() {
        PlanDraft d = read("""
                各镇人民政府，县政府各部门：
                为推动县政府工作报告确定的各项任务落实，经县政府同意，现将任务分解下达。
                一、各牵头单位要按照任务分解表的要求，细化实施方案，明确联系人，于4月20日前报县政府督查室。
                二、各部门各单位要在每季度末将本单位完成任务的进展情况报县政府督查室。
                三、县政府督查室要适时开展督查督办工作。
                附件：2023年县政府工作主要任务分解表
                某某县人民政府办公室
                2023年4月13日
                """);

        assertThat(d.tasks()).isEmpty();
    }

    @Test
    void aCoverIsCountedFromItsRecipientsWhenTheSiteLeftItsFurnitureAboveThem() {
        PlanDraft d = read("""
                • 公开范围:全部公开
                • 公开方式:政府网站
                2023年县政府重点工作任务(某政发〔2023〕2号)
                各乡镇人民政府、县直各单位:
                《2023年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。
                一、强化责任落实。各责任单位要对领办的重点工作任务牵头抓总。
                二、细化工作方案。各主要责任单位要对照目标任务,制订具体实施方案。
                三、加强调度协调。县政府分线领导要定时调度,确保推进有力有效。
                四、严格督查考核。县政府督查室要每季度通报任务完成情况。
                五、强化宣传引导。县融媒体中心要及时报道各单位的好经验。
                """);

        assertThat(d.tasks()).isEmpty();
    }

    @Test
    void aCoverThatHandsDownItsPlanInASentenceAsksOnlyForItToBeCarriedOut() {
        PlanDraft d = read("""
                某某县人民政府关于分解落实政府工作报告目标任务的通知
                各乡镇人民政府，县政府各部门：
                《政府工作报告》已经县人民代表大会审议通过。经研究，现将2023年6个方面243项工作任务予以分解印发。
                一、细化任务抓落实。各乡镇各部门要围绕目标任务，细化分解到月，建立工作台账。
                二、明确责任抓落实。各牵头单位要按照工作分工，于3月31日前制定工作方案。
                三、强化督查抓落实。县政府督查室要每季度通报任务进展情况。
                """);

        assertThat(d.tasks()).isEmpty();
    }

    @Test
    void aCoverNoticeAboveItsPlanLeavesThePlansItemsToBeRead() {
        PlanDraft d = read("""
                关于印发2023年质量月活动方案的通知
                各市场监督管理所，局机关各股室：
                现将《2023年质量月活动方案》印发给你们，请认真组织实施。
                一、各牵头股室要切实履行牵头责任，于9月5日前报送工作安排。
                二、请各单位于9月30日前报送活动总结。
                某某县市场监督管理局
                2023年8月28日
                2023年质量月活动方案
                一、开展质量宣传进企业活动（质量发展股牵头，各市场监督管理所配合，9月1日—30日）
                二、举办质量知识竞赛（办公室负责，9月15日）
                三、开展质量开放日活动（计量股负责，9月20日）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展质量宣传进企业活动", "举办质量知识竞赛",
                "开展质量开放日活动");
        assertThat(d.tasks().get(0).lead()).containsExactly("质量发展股");
        assertThat(d.tasks().get(0).assist()).containsExactly("各市场监督管理所");
        assertThat(d.tasks().get(1).lead()).containsExactly("办公室");
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2023, 9, 20));
    }

    @Test
    void aCoverNoticeOverAPlanThatIsATableAsksOnlyForItToBeCarriedOut() {
        // ax07: a notice issuing two plans, its signature followed by a remark, the first plan's title and its table
        // (a cell a paragraph), cut off in its second row; the cover's paragraphs naming 各地、各部门 and 各相关单位 are
        // no tasks though the table explains less than they
        PlanDraft d = read("""
                某某市人民政府办公室关于印发2023年政府工作报告重点工作和民生实事项目责任分解的通知
                各县(市、区)人民政府,市级有关部门(单位):
                《2023年政府工作报告重点工作责任分解》和《2023年民生实事项目责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。
                各地、各部门要坚持以习近平新时代中国特色社会主义思想为指导,加快打造重要中心城市。
                各相关单位要通力协作、主动作为、凝聚合力,形成齐心干事的浓厚氛围。
                市政府将对重点工作完成情况进行跟踪督办、定期通报。
                某某市人民政府办公室
                2023年3月1日
                (此件公开发布)
                2023年政府工作报告重点工作责任分解

                序号

                主 要 工 作 任 务

                责任单位

                1

                地区生产总值增长6%左右。

                市发展改革委

                2

                研发投入强度达到3.
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("地区生产总值增长6%左右。", "研发投入强度达到3.");
        assertThat(d.tasks().get(0).lead()).containsExactly("市发展改革委");
    }

    @Test
    void aRequestToWhoeverHoldsARoleInThePlanIsNoTask() {
        PlanDraft d = read("""
                四、工作要求
                （一）各牵头部门要切实负起责任，认真组织开展专项行动。
                （二）各参与部门要密切配合，照单履职。
                （三）县市场监管局牵头开展专项检查，县公安局配合，6月30日前完成。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("县市场监管局牵头开展专项检查，县公安局配合，6月30日前完成");
    }

    @Test
    void aListIsReadWholeWhenSomeOfItsItemsNameWhoDoesThem() {
        PlanDraft d = read("""
                三、活动内容
                （一）组织召开动员大会。镇安委会于6月2日召开全镇安全生产月动员大会。
                （二）开展形式多样的宣传活动。利用广播、横幅、微信群宣传安全知识。
                （三）加强隐患排查整治。对辖区企业开展拉网式排查。
                四、工作要求
                （一）高度重视。各村要把安全生产月活动摆上重要议程。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("组织召开动员大会", "开展形式多样的宣传活动",
                "加强隐患排查整治", "高度重视");
        assertThat(d.tasks().get(1).lead()).isEmpty();
        assertThat(d.tasks().get(1).start()).isNull();
    }

    @Test
    void besideItsTasksAListsPartsOfThePlanTimesAndCutWordsAreNoWork() {
        PlanDraft d = read("""
                一、活动目标
                二、活动时间
                三、活动安排
                1.县市场监管局开展3·15集中宣传咨询活动。
                2.检查整改时间
                3.作，减少投诉纠纷。
                4.发布消费警示。
                5.3月15日
                6.县消协开展消费维权进社区活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("县市场监管局开展3·15集中宣传咨询活动",
                "发布消费警示", "县消协开展消费维权进社区活动");
    }

    @Test
    void oneItemThatNamesAUnitAmongManyDoesNotMakeAListOfWork() {
        PlanDraft d = read("""
                二、主动公开的内容
                1.局发文件中宜于主动公开的文件。
                2.重大决策、重大工作部署及政策解读信息。
                3.非涉密的重大活动。
                4.局领导讲话。
                5.局人事任免。
                6.局办公室负责公开本局机构职责等信息。
                7.重点领域信息。
                8.行政执法信息。
                9.财政预决算信息。
                10.其他依法应当主动公开的信息。
                11.建议提案办理结果。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("局办公室负责公开本局机构职责等信息");
    }

    @Test
    void aListOfLabelledItemsIsReadWholeToo() {
        PlanDraft d = read("""
                二、活动安排
                （一）启动仪式。责任单位：县科协；时间：5月20日。
                （二）科普大篷车进校园。
                （三）科技工作者座谈会。责任单位：县科技局；时间：5月25日。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("启动仪式", "科普大篷车进校园",
                "科技工作者座谈会");
        assertThat(d.tasks().get(1).lead()).isEmpty();
    }

    @Test
    void aCopyThatEndsBeforeThePlanItIssuesHoldsOnlyTheNoticesRequests() {
        PlanDraft d = read("""
                区政府办公室关于印发2023年区政府工作报告重点工作责任分工的通知
                各乡镇人民政府，区直各单位：
                区人大会议审议通过的《政府工作报告》明确了全年目标任务，现将责任分工印发给你们，请认真贯彻落实。
                一、以目标倒逼落实。各单位要切实加强组织领导，将重点工作责任落实到人。
                二、以协作抓好落实。牵头单位要切实肩负起牵头责任，区发改局要做好统筹。
                三、以督查促进落实。区政府督查室要定期调度工作进度。
                """);

        assertThat(d.tasks()).isEmpty();
    }

    @Test
    void aForwardedDocumentsCoverEndingAtItsSignatureHoldsNoTasks() {
        PlanDraft d = read("""
                关于扎实做好消费者教育活动的通知
                各县（区）市场监管局，市局相关科室：
                现将省市场监管局办公室《转发市场监管总局办公厅关于开展消费者教育活动通知的通知》（川市监办函〔2023〕247号，以下简称“三进”活动）转发给你们，请结合实际抓好落实。
                一、请各县（区）局按照文件要求，加强组织领导。
                二、市局质量监督科要牵头组织开展全市“三进”活动。
                三、请各县（区）局于2023年11月17日前向市局质量监督科报送活动总结。
                遂宁市市场监督管理局
                2023年10月8日
                扫一扫在手机打开当前页
                """);

        assertThat(d.tasks()).isEmpty();
    }

    @Test
    void aPrintedPlanWithoutACoverToItsRecipientsIsThePlan() {
        PlanDraft d = read("""
                泰州市关于印发进一步优化营商环境行动方案的通知
                为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，制定本方案。
                一、开展行政审批提速行动
                （一）持续加大简政放权力度。严格落实取消下放行政审批事项。（责任单位：市审批局）
                （二）优化工程项目许可办理。推行告知承诺制。（责任单位：市住建局）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("持续加大简政放权力度", "优化工程项目许可办理");
    }

    @Test
    void aDateLineWithoutItsIssuerStillEndsTheCoverAboveThePlan() {
        PlanDraft d = read("""
                于都县人民政府办公室关于印发《于都县应急管理工作方案》的通知
                各乡（镇）人民政府，县政府有关部门：
                经县政府研究同意，现将《于都县应急责任落实全覆盖工作方案》印发给你们，请认真贯彻执行。
                2023年4月26日
                于都县应急责任落实全覆盖工作方案
                一、工作任务
                （一）压实属地责任。各乡（镇）要落实安全生产属地管理责任。（责任单位：各乡镇）
                （二）压实部门责任。（责任单位：县应急管理局）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("压实属地责任", "压实部门责任");
    }

    @Test
    void aDateOnALineOfItsOwnStandsOverWhatIsDone() {
        PlanDraft d = read("""
                三、活动安排
                1、5月15日—5月20日
                组织集贸市场、商场、超市等经营单位座谈，引导经营者加强行业自律。标准计量科、稽查中队负责。
                2、5月20日
                在城区繁华地段设立宣传咨询点，发放宣传资料。县计量所负责。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("组织集贸市场、商场、超市等经营单位座谈，引导经营者加强行业自律",
                "在城区繁华地段设立宣传咨询点，发放宣传资料");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 5, 15));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 5, 20));
    }

    @Test
    void theTimeOfTheWholePlanIsNoTask() {
        PlanDraft d = read("""
                一、时间安排11月30日（周一）——12月6日（周日）
                二、宣传活动
                （一）县司法局在人民广场开展宪法集中宣传。
                （二）重点禁烧时段 2023年10月至2024年3月底
                （三）县教育局组织各学校开展“宪法晨读”活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("县司法局在人民广场开展宪法集中宣传",
                "县教育局组织各学校开展“宪法晨读”活动");
    }

    @Test
    void aDivisionOfDutiesClauseByClauseGivesEachUnitItsTask() {
        PlanDraft d = read("""
                五、工作要求
                （一）加强组织领导。局成立专项行动领导小组，负责统一领导专项行动。法规科负责相关法律法规的宣传；市场科负责监管农资、网络商品交易；食品科负责组织实施流通环节食品安全监督检查；稽查大队负责查办大要案件。各相关科室要明确责任分工。
                （二）加强信息报送。各所于每月1日前报送专项行动进展情况。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).contains(List.of("法规科"), List.of("市场科"), List.of("食品科"),
                List.of("稽查大队"));
        assertThat(d.tasks()).extracting(TaskDraft::content).contains("市场科负责监管农资、网络商品交易");
    }

    @Test
    void anIndentLostToQuestionMarksStillOpensANumberedItem() {
        PlanDraft d = read("""
                三、分组情况
                ???(一)第一检查督导组;
                责任单位:政法(应急)办、派出所、市场监督管理所
                ?(二)第二检查督导组;
                责任单位:工业办、城建办、供电所
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("(一)", "(二)");
        assertThat(d.tasks().get(1).lead()).containsExactly("工业办", "城建办", "供电所");
    }

    @Test
    void eventsNumberedByTheirKindAreItems() {
        PlanDraft d = read("""
                二、活动安排
                活动一：质量月启动仪式。9月1日，县市场监管局在人民广场举行启动仪式。
                活动二 质量开放日。9月15日，县计量所向市民开放实验室。
                行动三5月20日—9月30日
                县市场监管局开展质量提升专项行动。
                三、工作要求
                活动一直持续到月底的，各单位要做好记录。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("质量月启动仪式", "质量开放日",
                "县市场监管局开展质量提升专项行动");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 9, 15));
    }

    @Test
    void anActivityNamingItsHostsIsNoSiteFooter() {
        PlanDraft d = read("""
                某县2023年质量月活动方案
                一、活动安排
                1、9月1日，举办质量月启动仪式。主办单位：县市场监管局；承办单位：县质量协会；协办单位：各乡镇。
                2、9月15日，举办质量开放日活动。主办：县市场监管局 承办：县计量所
                主办单位：某县人民政府办公室 承办单位：某县信息中心 网站标识码：3500000001
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("举办质量月启动仪式", "举办质量开放日活动");
        assertThat(d.tasks().get(0).lead()).containsExactly("县市场监管局");
        assertThat(d.tasks().get(0).assist()).containsExactly("县质量协会", "各乡镇");
    }

    @Test
    void labelsSetInLenticularBracketsWithoutTheirColons() {
        PlanDraft d = read("""
                二、重点任务
                1.开展计量器具免费检定。为集贸市场免费检定电子秤。【牵头单位】县计量所【配合单位】各市场监管所【完成时限】9月30日前
                2.开展质量宣传活动。【责任单位】：质量股
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("县计量所");
        assertThat(d.tasks().get(0).assist()).containsExactly("各市场监管所");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(d.tasks().get(1).lead()).containsExactly("质量股");
    }

    @Test
    void aLineUnderANumberedHeadingSaysWhatItDoesAndItsFieldsAreTheHeadings() {
        PlanDraft d = read("""
                二、重点任务
                （一）开展质量宣传活动
                在人民广场设立咨询台，发放宣传资料。
                责任单位：质量股
                完成时限：9月30日前
                （二）开展计量器具免费检定
                为集贸市场免费检定电子秤。
                牵头单位：计量所
                配合单位：各市场监管所
                时间安排：9月1日至9月30日
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("（一）", "（二）");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展质量宣传活动", "开展计量器具免费检定");
        assertThat(d.tasks().get(1).assist()).containsExactly("各市场监管所");
    }

    @Test
    void aScheduleWhoseLinesPartDayHoursAndWorkBySpaces() {
        PlanDraft d = read("""
                2023年世界计量日活动安排
                5月20日 上午9:00 计量知识进社区 地点：城东社区 负责：计量所
                5月20日 上午10:00-11:30 免费检定血压计 地点：人民医院 负责：计量所、医院
                5月21日 全天 加油机专项检查 地点：全县加油站 负责：稽查大队
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("计量知识进社区", "免费检定血压计", "加油机专项检查");
        assertThat(d.tasks().get(1).lead()).containsExactly("计量所", "医院");
        assertThat(d.tasks().get(2).start()).isEqualTo(LocalDate.of(2023, 5, 21));
    }

    @Test
    void anItemsClosingBracketOfItsDayAndHoursIsItsTimeNotItsWork() {
        // co10: 5、奥运知识搜索比赛(20xx年4月26日上午9:00-10:00): a template's masked year, the day, its half and hours
        PlanDraft d = read("""
                图书馆世界读书日活动方案
                1、文化信息资源共享工程视频讲座(20xx年4月23日上午9:30)。
                由电子阅览室精选视频讲座为读者播放。
                2、奥运知识搜索比赛(20xx年4月26日上午9:00-10:00)。
                由少儿阅览室组织读者参加。
                3、外语口语交流活动(4月25日下午2:30—4:00)。
                由外借室组织。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("文化信息资源共享工程视频讲座", "奥运知识搜索比赛",
                "外语口语交流活动");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 4, 26));
    }

    @Test
    void aScheduleWhoseDaysCarryTheirHalfInBracketsAndHoursBeforeAColon() {
        // ci07: 2、12月2日(上午)10:00-11:00:…: the half of the day in brackets, the hours, a colon, then the work
        PlanDraft d = read("""
                国家宪法日学校活动策划 篇1
                五、活动内容及安排
                1、12月2日(上午)10:00-11:00:参与教育系统宪法学习日现场活动。
                2、12月3日(下午)2:30-4:00:组织全体学生绘制手抄报。
                3、12月5日-6日:推选班级宪法讲解员,开展“班班讲宪法”活动。
                """);

        assertThat(d.title()).isEqualTo("国家宪法日学校活动策划");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("参与教育系统宪法学习日现场活动",
                "组织全体学生绘制手抄报", "推选班级宪法讲解员,开展“班班讲宪法”活动");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 12, 3));
    }

    @Test
    void aScheduleWhoseDaysCarryANoteInBracketsAndHoursBeforeAComma() {
        // av05, o10, q18: 2月17日(农历正月十三)上午9:00——12:00,…: the day's note and its hours, then the work
        PlanDraft d = read("""
                春节文化活动安排
                附活动内容及时间安排:
                2月17日(农历正月十三)上午9:00——12:00,“宏宇国际城”杯唢呐大赛 地点:宏宇国际城广场
                2月18日(星期一)上午9:00——12:00,“宏宇国际城”杯盘鼓大赛 地点:宏宇国际城广场
                2月19日(农历正月十五)下午3:00,民间游艺大赛 地点:宏宇国际城广场
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("“宏宇国际城”杯唢呐大赛", "“宏宇国际城”杯盘鼓大赛",
                "民间游艺大赛");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 2, 18));
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2023, 2, 19));
        // ai08: the day and place of the whole, under its heading, is no activity, and makes the plan's dated opening
        // sentence none either
        PlanDraft whole = read("""
                全民健身日活动方案
                2023年8月8日,全省“全民健身日”主题活动将在遂宁市举办,特制定本方案。
                一、活动时间及地点
                2023年8月8日上午9:30—11:00,船山区体育馆内场。
                二、职责分工
                (一)市体育局负责活动策划、筹备、组织、宣传、协调工作。
                (二)市公安局负责制定活动安全保卫工作总体方案。
                """);
        assertThat(whole.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市体育局"), List.of("市公安局"));
    }

    @Test
    void fieldsPartedByIdeographicSpaces() {
        PlanDraft d = read("""
                三、主要任务
                （一）开展放心消费创建。责任单位：消保股　配合单位：各市场监管所　完成时限：全年
                （二）发布消费警示。责任单位：消保股　完成时限：3月15日前
                """);

        assertThat(d.tasks().get(0).assist()).containsExactly("各市场监管所");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void bracketedNumeralsSetAsOneCharacterAreItems() {
        PlanDraft d = read("""
                三、活动内容
                ㈠6月5日当天，县电视台播放县政府领导的宣传讲话。
                ㈡6月5日，县环保局在人民广场设立宣传点。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("㈠", "㈡");
        assertThat(d.tasks().get(1).lead()).containsExactly("县环保局");
    }

    @Test
    void theItemsALineAnnouncesAsThePlansWorkAreTasks() {
        PlanDraft d = read("""
                四、活动步骤
                第一阶段为组织筹划阶段（1月12日至2月12日）。拟定活动方案，征求有关单位意见。
                第二阶段为活动实施阶段（2月23日至3月20日）
                主要开展以下活动：
                1、组织消费者代表参与对超市的检查。
                2、召开“3·15”新闻发布会。
                3、各有关单位自行组织销毁假冒伪劣商品。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("为组织筹划阶段", "为活动实施阶段",
                "组织消费者代表参与对超市的检查", "召开“3·15”新闻发布会", "各有关单位自行组织销毁假冒伪劣商品");
    }

    @Test
    void anItemWhoseHeadingAnnouncesWhatIsDoneThereIsOneActivity() {
        PlanDraft d = read("""
                三、活动内容
                1、在市计量测试所院内开展以下活动：
                1）开放黄金珠宝、眼镜实验室；
                2）为市民免费检测黄金珠宝、眼镜；
                2、开放市计量测试所水表检定站并为市民免费检测水表；
                3、市衡器管理所在人民广场开展免费检测。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("在市计量测试所院内开展以下活动",
                "开放市计量测试所水表检定站并为市民免费检测水表", "市衡器管理所在人民广场开展免费检测");
    }

    @Test
    void aStepWithItsOwnTimeIsOneTaskWhoseSentencesNameItsUnits() {
        PlanDraft d = read("""
                三、时间进度安排
                （一）准备阶段（6月5日前）
                各区县质量技监局要结合本地区实际，制定专项行动方案。市质量技监局将召开动员大会，全面部署。
                （二）督促检查阶段（8月20日―9月10）
                各区县质量技监局要对企业自查情况进行指导检查。市质量技监局将组织抽查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("准备阶段", "督促检查阶段");
        assertThat(d.tasks().get(0).lead()).contains("各区县质量技监局", "市质量技监局");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 9, 10));
    }

    @Test
    void aPartOfThePlanThatNamesUnitsDoesNotMakeItsSiblingsTasks() {
        PlanDraft d = read("""
                一、指导思想和工作目标
                以党的二十大精神为指导，营造安全放心的消费环境。
                二、组织领导
                县局成立活动领导小组，成员为办公室、消保股。
                三、宣传活动
                （一）县消协在人民广场开展咨询活动。
                （二）发布消费警示。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("县消协在人民广场开展咨询活动", "发布消费警示");
    }

    @Test
    void aStepDatedInItsTimeFieldIsDatedLikeItsSiblings() {
        PlanDraft d = read("""
                三、活动安排
                （一）前期准备阶段（2月26日至3月14日）
                1、制定工作方案；
                2、印制宣传资料。
                （二）现场宣传阶段。时间：3月15日 9:30—15:00。主要内容：做好法律法规的宣传。
                """);

        // the pieces of work under the dated step are tasks too (the corpus README's ruling, v01)
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("前期准备阶段", "制定工作方案", "印制宣传资料",
                "现场宣传阶段");
        assertThat(d.tasks().get(3).start()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void aDayThatRunsStraightIntoWhereTheWorkIsDoneLeadsItsParagraph() {
        PlanDraft d = read("""
                20xx年6月13日上午在福州举办食品安全宣传周启动仪式。省食安办负责。
                20xx年6月13日-7月12日在东南网举办食品安全知识竞赛。省食安办负责。
                6月20日在各地开展食品安全进社区活动。各市食安办负责。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("在福州举办食品安全宣传周启动仪式",
                "在东南网举办食品安全知识竞赛", "在各地开展食品安全进社区活动");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 7, 12));
        // ba05: or straight into the deed
        PlanDraft deeds = read("""
                5月13日—18日開展“5·19中國旅游日”主題周活動。各省(區、市)負責組織。
                5月1日—31日開展“5·19中國旅游日”主題月活動。各地要推出惠民措施。
                """);
        assertThat(deeds.tasks()).extracting(TaskDraft::content).containsExactly("開展“5·19中國旅游日”主題周活動",
                "開展“5·19中國旅游日”主題月活動");
        assertThat(deeds.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 5, 13));
        // ba02: a numbered item's day, its hour and a comma before the work
        PlanDraft hours = read("""
                六、活动安排
                1.8月8日上午8:30,在区政府广场举行全民健身日活动启动仪式。
                2.8月9日下午3:00-5:00,举行乒乓球、羽毛球比赛。
                """);
        assertThat(hours.tasks()).extracting(TaskDraft::content).containsExactly("在区政府广场举行全民健身日活动启动仪式",
                "举行乒乓球、羽毛球比赛");
        assertThat(hours.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 8, 8));
    }

    @Test
    void aDatedStepIsATaskBesideThePiecesOfWorkUnderIt() {
        PlanDraft d = read("""
                四、活动安排
                （一）准备阶段（20XX年5月20日—5月30日）
                1.方案制定。各单位要制定活动方案。
                2.资料准备。镇应急办要准备宣传资料。
                （二）组织实施阶段（6月1日—6月15日）
                1.在县教育局的牵头下，县实验幼儿园、县第二实验幼儿园联合开展宣传活动。
                2.通过LED显示屏宣传标语。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("准备阶段", "方案制定", "资料准备", "组织实施阶段",
                "在县教育局的牵头下，县实验幼儿园、县第二实验幼儿园联合开展宣传活动", "通过LED显示屏宣传标语");
        TaskDraft led = d.tasks().get(4);
        assertThat(led.lead()).containsExactly("县教育局");
        assertThat(led.assist()).containsExactly("县实验幼儿园", "县第二实验幼儿园");
        assertThat(d.tasks().get(3).start()).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    void aClauseThatOpensWithWhomItsDoerJoinsMakesThemAssist() {
        PlanDraft d = read("""
                二、活动安排
                （一）市社会禁毒协会
                1.联合市禁毒办开展禁毒宣传进社区活动。
                2.联合在市一中开展禁毒知识讲座。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("市社会禁毒协会");
        assertThat(d.tasks().get(0).assist()).containsExactly("市禁毒办");
        assertThat(d.tasks().get(1).assist()).isEmpty();
    }

    @Test
    void itemsGivingTheirOwnDeadlineAreTasksThoughTheyNameNoUnit() {
        PlanDraft d = read("""
                二、重点内容及工作措施
                （一）强化协议管理。
                1.严把审核关。严格审核各定点医药机构协议，完善续签和退出机制。（完成时限：2023年6月30日前）
                2.加强协议管理。加强对医药机构服务协议的监督检查。（完成时限：2023年12月底前）
                （二）强化稽核检查。
                3.开展专项检查。对定点医疗机构开展全覆盖检查。（完成时限：2023年9月底前）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("严把审核关", "加强协议管理", "开展专项检查");
        assertThat(task(d, "3").end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(task(d, "1").lead()).isEmpty();
    }

    @Test
    void aDatedStepIsATaskThoughItNamesNoUnitAndStandsAlone() {
        PlanDraft d = read("""
                三、整治时间
                2023年9月至2023年12月。
                四、工作步骤
                （一）检查摸底阶段（即日起至9月底）。从即日起到9月30日前，全面排查辖区电动自行车经营主体
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("检查摸底阶段");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 9, 30));
    }

    @Test
    void twoCharacterLabelsSetOutToTheWidthOfFourAreFields() {
        PlanDraft d = read("""
                六、主体活动
                （一）樱花旅游节开幕式
                1、时 间:2023年3月27日9:30-11:00
                2、地　点:县樱花园
                3、承办单位:县委宣传部，县旅游发展局
                4、活动内容:领导致辞，文艺表演
                （二）摄影比赛
                1、时 间:2023年3月28日
                2、地 点:县樱花园
                3、承办单位:县摄影家协会
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("樱花旅游节开幕式", "摄影比赛");
        assertThat(task(d, "（一）").start()).isEqualTo(LocalDate.of(2023, 3, 27));
        assertThat(task(d, "（一）").lead()).containsExactly("县委宣传部", "县旅游发展局");
        assertThat(task(d, "（二）").end()).isEqualTo(LocalDate.of(2023, 3, 28));
    }

    @Test
    void theActivitiesListedBesideAPartThatSharesOutTheDutiesAreTasksToo() {
        PlanDraft d = read("""
                一、活动时间
                6月20日9:00-11:00
                二、活动内容
                1.启动仪式；
                2.名医义诊；
                3.文艺演出。
                三、责任分工
                县文旅局：负责综合协调工作；
                县中医院：负责义诊相关准备工作；
                凡河镇人民政府：负责现场安全保障工作。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("启动仪式", "名医义诊", "文艺演出",
                "负责综合协调工作", "负责义诊相关准备工作", "负责现场安全保障工作");
        assertThat(d.tasks().get(1).lead()).isEmpty();
        assertThat(d.tasks().get(4).lead()).containsExactly("县中医院");
    }

    @Test
    void anActivityWithATimeFieldOfItsOwnIsATaskBesideActivitiesNamingTheirHosts() {
        PlanDraft d = read("""
                一、非遗民俗活动
                活动时间：2月14-16日
                结合各社区实际，适时开展民俗活动。
                二、线上线下展
                1.书画展
                主办：县文体旅局
                承办：县文化馆
                时间：2月15日-21日
                2.灯谜竞猜
                主办：县文体旅局
                时间：2月15日
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("非遗民俗活动", "书画展", "灯谜竞猜");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 2, 14));
        assertThat(d.tasks().get(0).lead()).isEmpty();
    }

    @Test
    void aListOfDatedActivitiesIsReadWholeThoughSomeOfThemGiveNoTime() {
        PlanDraft d = read("""
                县农民丰收节活动方案
                1、草原那达慕（8月31日—9月2日）。
                2、全市农民趣味运动会（9月8日）。
                3、文化节（9月15日—23日）。
                4、“玉米高产王”挑战赛。
                5、新技术展示（展板的形式）。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4", "5");
        assertThat(task(d, "4").content()).isEqualTo("“玉米高产王”挑战赛");
        assertThat(task(d, "4").start()).isNull();
        assertThat(task(d, "2").start()).isEqualTo(LocalDate.of(2023, 9, 8));
    }

    @Test
    void theOneWhoLeadsEndsWhereTheMannerOfItsWorkBegins() {
        PlanDraft d = read("""
                三、活动内容
                （一）举办成果展。由县委宣传部统一组织各党委、各单位在县政府门口布置展板。
                （二）开展文艺演出。由县文体局负责组织文艺队伍演出。
                """);

        assertThat(task(d, "（一）").lead()).containsExactly("县委宣传部");
        assertThat(task(d, "（二）").lead()).containsExactly("县文体局");
    }

    @Test
    void numberedItemsOpeningWithTheirOwnTimeAreTasksBesideItemsNamingUnits() {
        PlanDraft d = read("""
                （四）5-6月，开展高毒农药专项整治行动，继续收缴流散于市场的高毒农药。
                （五）9-10月，开展农资打假秋季专项整治行动。
                四、保障措施
                （一）认真动员部署。各地农业行政主管部门要进一步加强领导。
                （二）深入宣传发动。充分利用电视、广播宣传农资打假。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展高毒农药专项整治行动，继续收缴流散于市场的高毒农药",
                "开展农资打假秋季专项整治行动", "认真动员部署", "深入宣传发动");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 10, 31));
    }

    @Test
    void aBodyThatStepsUpItsOwnWorkIsWhoDoesIt() {
        PlanDraft d = read("""
                二、工作措施
                （一）强化路面管控。镇派出所强化执法力度，严厉查处超载、超员等违法行为。
                （二）加强宣传教育。镇文化站加大宣传力度，重点宣传各级党委政府的安全要求。
                """);

        assertThat(task(d, "（一）").lead()).containsExactly("镇派出所");
        assertThat(task(d, "（二）").lead()).containsExactly("镇文化站");
    }

    @Test
    void aTaskDepartmentOrCarryingUnitFieldNamesWhoDoesIt() {
        PlanDraft d = read("""
                三、活动安排
                1.举办网络安全知识讲座。
                任务部门：宣传部
                2.开展网络安全知识竞赛。
                承担单位：团委、学生处
                """);

        assertThat(task(d, "1").lead()).containsExactly("宣传部");
        assertThat(task(d, "2").lead()).containsExactly("团委", "学生处");
    }

    @Test
    void subItemsHeadedByAFieldsNameAreFieldsOfTheirActivity() {
        PlanDraft d = read("""
                一、总体安排
                （一）主场活动
                6月9日上午，在京举办“世界认可日”主场活动。
                1.组织单位
                主办：国家市场监督管理总局
                承办：中国合格评定国家认可中心
                2.时间地点
                6月9日上午10:00—11:10，在马甸办公区五楼大报告厅。
                （二）各地系列活动
                各地市场监管部门结合实际，在“世界认可日”前后组织开展系列活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("主场活动", "各地系列活动");
        assertThat(task(d, "（一）").lead()).containsExactly("国家市场监督管理总局");
        assertThat(task(d, "（一）").assist()).containsExactly("中国合格评定国家认可中心");
        assertThat(task(d, "（一）").start()).isEqualTo(LocalDate.of(2023, 6, 9));
    }

    @Test
    void theActivitiesListedUnderTheCampaignsOwnHeadingAreTasks() {
        PlanDraft d = read("""
                一、指导思想
                以习近平新时代中国特色社会主义思想为指导。
                二、活动时间
                2023年4月20日至2023年4月26日
                三、知识产权宣传周系列活动内容
                （一）举办形式多样的知识产权宣传活动。采取多种形式，宣传知识产权法律法规。
                （二）举办广场宣传活动。4月26日上午9点在世纪广场举办广场宣传活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("举办形式多样的知识产权宣传活动", "举办广场宣传活动");
        assertThat(task(d, "（二）").start()).isEqualTo(LocalDate.of(2023, 4, 26));
    }

    @Test
    void unitsThatDoAtLeastSomethingAreItsDoers() {
        // "各乡镇、各行政村至少悬挂一副标语": the units before 至少 are who does it, as before 要 in the next item
        PlanDraft d = read("""
                二、活动内容
                宣传活动内容应做到“七个一”。
                1.一副宣传标语:各乡镇、各行政村、县扶贫办至少悬挂一副宣传标语;
                2.一期橱窗专刊:各乡镇、县扶贫办要在扶贫日到来之际,办好一期扶贫宣传专刊;
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(task(d, "1").lead()).containsExactly("各乡镇", "各行政村", "县扶贫办");
    }

    @Test
    void aBodyWhoseOwnSentenceSaysItHelpsAssists() {
        // "縣消防隊協助…": a unit that only helps, its line beside those of the units that do the work
        PlanDraft d = read("""
                五、加強部門協作,確保任務完成
                1、縣林業局負責組織植樹苗木,監督造林質量。
                2、縣消防隊協助植樹的用水工作。
                3、縣公安局負責車輛指揮工作。
                """);

        assertThat(d.tasks()).hasSize(3);
        assertThat(task(d, "2").lead()).isEmpty();
        assertThat(task(d, "2").assist()).containsExactly("縣消防隊");
    }

    @Test
    void theBodiesThatAlsoDoItAreItsDoers() {
        // "各区司法局也要…", "各地也要联合当地卫生院…", "由各部门自行组织…": a word that says they too (or by themselves)
        // do it stands between the bodies and the deed, and is no part of their names
        PlanDraft d = read("""
                三、活动内容
                （一）举办一场宣传服务活动。县计生协将在柳城镇开展一场广场宣传服务活动。各乡镇计生协也要结合本地实际,组织开展一次主题宣传活动。
                （二）举办健康知识讲座。县计生协将邀请妇保专家开展讲座。同时,各地也要联合当地卫生院开展优生优育指导。
                （三）组织植树。由各部门自行组织人员到植树现场。
                （四）销毁假冒商品。各有关单位自行组织销毁假冒伪劣商品。
                """);

        assertThat(task(d, "（一）").lead()).containsExactly("县计生协", "各乡镇计生协");
        assertThat(task(d, "（二）").assist()).containsExactly("当地卫生院");
        assertThat(task(d, "（三）").lead()).containsExactly("各部门");
        assertThat(task(d, "（四）").lead()).containsExactly("各有关单位");
        // al07: "各学校一要…；二要…", "各乡镇一是要…": the first of what it must do is counted off after the bodies
        PlanDraft counted = read("""
                四、活动要求
                1、周密组织确保安全。各学校一要开展好六一主题教育活动;二要安排好活动时间,不得提前放学。
                2、做好宣传。各乡镇一是要广泛宣传,二是要营造氛围。
                """);
        assertThat(task(counted, "1").lead()).containsExactly("各学校");
        assertThat(task(counted, "2").lead()).containsExactly("各乡镇");
    }

    @Test
    void aWordOfHowOrByWhomABodyActsMayStandBetweenItsNameAndItsDeed() {
        // g14, j12, at04: how often or by whom a body acts stands between its name and its deed
        PlanDraft how = read("""
                三、工作安排
                （一）管护。由回峰林场负责管护苗木,区林业局定期对义务植树基地进行督查检查。
                （二）宣传。县卫生局悬挂横幅。县电视台派员做好相关宣传报道工作。
                （三）学习。各乡镇张贴标语;市委理论学习中心组集中进行1次国防教育学习。
                """);
        assertThat(task(how, "（一）").lead()).containsExactly("回峰林场", "区林业局");
        assertThat(task(how, "（二）").lead()).containsExactly("县卫生局", "县电视台");
        assertThat(task(how, "（三）").lead()).containsExactly("各乡镇", "市委理论学习中心组");
        // bf03 (aw06 and x05 write 以…牵头 too): what a body mostly does, and the body a task is led by set after 以
        PlanDraft mostly = read("""
                三、活动安排
                1、突出重点。学工处主要开展法制教育,总务处主要开展饮食卫生教育。
                2、举办一场演练。以学院学工处牵头,团委、保卫科配合举办一场消防演练。
                3、明确责任。县人民政府主要负责人要亲自抓。
                """);
        assertThat(task(mostly, "1").lead()).containsExactly("学工处", "总务处");
        assertThat(task(mostly, "2").lead()).containsExactly("学院学工处");
        assertThat(task(mostly, "2").assist()).containsExactly("团委", "保卫科");
        assertThat(task(mostly, "3").lead()).isEmpty();
    }

    @Test
    void eachBodyOfAKindIsAGroupAsEveryBodyOfItIs() {
        // bb02, bb07: 每个 names each body of a kind, as 各 names them all
        PlanDraft each = read("""
                三、活动内容
                1、悬挂标语。街道办事处统一悬挂宣传横幅。
                2、召开部署会议;每个社区要举办2次消防安全知识培训。
                3、書寫標語。鎮政府統一製作標語,每一個村要書寫并張貼不少于5條禁毒宣傳標語。
                """);
        assertThat(task(each, "2").lead()).containsExactly("每个社区");
        assertThat(task(each, "3").lead()).containsExactly("鎮政府", "每一個村");
    }

    @Test
    void aPlaceAfterAHelpingVerbIsWhomABodyHelpsNotABody() {
        // be04: 协助乡镇做好… is whom the villages help, no body named by the help it gives (as 协助单位 is)
        PlanDraft helps = read("""
                一、各行政村负责提供演出场地、组织观众,协助乡镇做好演出现场质量监督。
                二、镇文化站负责联系演出团体。
                """);
        assertThat(task(helps, "一").lead()).containsExactly("各行政村");
    }

    @Test
    void fieldsBetweenTwoItemsOfAListAreTheFirstItemsOwnThoughTheItemsBeforeHadNone() {
        // bg06, aj04: a field line after a sub-item whose list goes on is that sub-item's, not its section's
        PlanDraft d = read("""
                二、活动形式和措施
                (一)北京
                1、开展宣传咨询日活动
                当天在主要社区举办宣传咨询日活动。
                2、动员社会各界提供帮助
                爱耳日当天,邀请有关部门领导视察。
                主办单位:北京市残联、北京市卫生局。
                参与单位:北京市各医院。
                3、制作宣传品和电视节目
                由中国聋儿康复研究中心发送材料。
                主办单位:广电总局、卫生部。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("开展宣传咨询日活动", "动员社会各界提供帮助", "制作宣传品和电视节目");
        assertThat(d.tasks().get(1).lead()).containsExactly("北京市残联", "北京市卫生局");
        assertThat(d.tasks().get(1).assist()).containsExactly("北京市各医院");
        assertThat(d.tasks().get(2).lead()).containsExactly("广电总局", "卫生部");
    }

    @Test
    void aPartHeadedByTheLabelOfWhoHoldsTheEventIsNoTask() {
        // bf08, o03: a part headed by the label of who holds the whole event (七、实施单位：…) is no task, and the items
        // of the parts beside it, each naming its unit, are
        PlanDraft parts = read("""
                科技节活动实施方案
                六、参与人员:全校师生
                七、实施单位:教导处、总务处、各年级段
                八、科技节宣传、后勤工作:
                1、每班出一期宣传板报, 政教处负责。
                2、校区布置科普知识宣传画报, 科普社负责。
                3、科技节相关活动报道,办公室负责。
                """);
        assertThat(parts.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("政教处"), List.of("科普社"), List.of("办公室"));
    }

    @Test
    void aQuestionMarkBetweenWordsIsALostCharacterNotAQuestionsEnd() {
        // the copy lost the middle dot of "情满中秋·祝福祖国" and wrote a plain question mark in its place
        PlanDraft d = read("""
                四、活动安排
                1、情满中秋?祝福祖国--贺中秋庆国庆文艺晚会
                活动时间:9月27日晚上19:30-21:00
                责任单位:市文明办、潭头镇政府
                2、高州市“好心书屋”揭幕仪式
                活动时间:10月1日上午9:00
                责任单位:市文广旅体局、市图书馆
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("情满中秋?祝福祖国--贺中秋庆国庆文艺晚会",
                "高州市“好心书屋”揭幕仪式");
    }

    @Test
    void aChineseNumberThatLostItsOpeningBracketStillNumbersItsItem() {
        // "一)舉辦…": the copy lost the （ of （一）, the items are numbered all the same
        PlanDraft d = read("""
                三、活動內容
                一)舉辦縣科技活動周開幕式。由縣科委牽頭,5月15日在縣廣場舉行。
                二)開展科普下鄉活動。由縣科協負責,5月16日至20日深入各鄉鎮。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("一)", "二)");
        assertThat(task(d, "二)").lead()).containsExactly("縣科協");
    }

    @Test
    void aPartNamedForItsMeasuresIsNoPieceOfWorkWhenAListIsReadWhole() {
        // a copy cut from mid-page: the steps are read whole, but "五、保障措施" only names a part of the plan
        PlanDraft d = read("""
                (二)自查摸底阶段(7月3日至7月15日)。各县政府对辖区内重点污染问题进行深入检查。
                (三)全面整治阶段(7月16日至8月31日)。各县政府组织有关部门进行集中整治。
                五、保障措施
                (一)提高认识,增强紧迫感。各地、各部门的负责同志要深刻认识开展专项行动的重要意义。
                (二)加强组织领导。省政府成立环保专项
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).doesNotContain("保障措施");
        assertThat(d.tasks()).extracting(TaskDraft::content).contains("自查摸底阶段", "全面整治阶段");
    }

    @Test
    void underThePartThatSharesOutDutiesEachBodysParagraphIsATask() {
        // "二、责任分工" names a part of the plan, as 职责分工 does: each paragraph under it tells one body its part
        PlanDraft d = read("""
                一、指导思想和工作目标
                坚持以人民为中心，营造安全、文明、有序的祭扫环境。
                二、责任分工
                各县(市)区要认真履行属地管理责任，强化对各殡葬服务场所安全措施的监督检查。
                市民政局负责对殡葬服务场所安全接待工作的监督指导，落实安全防范制度。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("各县(市)区");
        assertThat(d.tasks().get(1).lead()).containsExactly("市民政局");
    }

    @Test
    void aStepsTimeWithAMaskedYearIsStillItsTime() {
        // a content farm masked the plan's year ("**年"), as templates write 20XX年: the bracket is still the step's time
        PlanDraft d = read("""
                一、分阶段实施迎检工作
                (一)宣传动员自查阶段(**年4月~7月中旬)。制定实施方案，召开迎检动员大会。
                (二)任务落实阶段(XX年7月下旬~8月)。各级各部门根据实施方案认真开展各项创建工作。
                (三)评审验收阶段(____年9月~12月)。完成创建工作总结，做好迎检。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("宣传动员自查阶段", "任务落实阶段", "评审验收阶段");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2023, 7, 20));
    }

    @Test
    void aPartNamedForItsAimsAndRequirementsIsNoTaskThoughItNamesATime() {
        // "一、目标要求" says when drownings peak (5月至10月), not when a piece of work is done
        PlanDraft d = read("""
                一、目标要求
                突出溺水事件预防,切实看牢留守儿童等重点人群;把牢5月至10月天气炎热、暑期、节假日等溺水事件高发时段。
                二、组织领导
                省教育厅、省水利厅联合成立专项行动领导小组,办公室主任由省教育厅分管负责同志担任。
                各市参照成立专项行动领导小组,组织开展相关工作。
                三、工作步骤
                专项行动自4月上旬启动至12月底结束。全省统一部署,各市根据要求制定具体方案并组织实施。
                (一)动员部署(4月底前)。各级教育行政部门要根据全省统一安排,尽快启动专项行动。
                (二)组织实施(10月底前)。各地学校要组织开展安全教育。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("动员部署", "组织实施");
    }

    @Test
    void aUnitMarkedAsTheLeadingUnitInAResponsibilityFieldLeadsTheOthers() {
        // "(牵头单位)" after a name says what "(牵头)" says: that body leads, the others in the field assist
        PlanDraft d = read("""
                一、工作任务
                1.开展文明交通宣传。
                责任单位：市文明办（牵头单位）、团市委、市总工会
                2.整治交通秩序。
                责任单位：县公安局（牵头部门）、县交通局
                """);

        assertThat(task(d, "1").lead()).containsExactly("市文明办");
        assertThat(task(d, "1").assist()).containsExactly("团市委", "市总工会");
        assertThat(task(d, "2").lead()).containsExactly("县公安局");
    }

    @Test
    void aStepWithItsOwnTimeIsATaskBesideTheListThatSaysWhoDoesWhat() {
        // ab06, o04: "三、时间步骤 / （一）动员部署阶段（4月12日-4月26日）" before "四、基本任务清单 / （一）区教体行政部门 / 1.…":
        // the steps are the plan's work as much as the duties are, where they stand
        PlanDraft d = read("""
                预防学生溺水专项行动方案
                三、时间步骤
                4月12日至10月31日。分三个阶段进行。
                （一）动员部署阶段（4月12日-4月26日）。各中小学校要进行专题部署。
                （二）具体实施阶段（4月27日-10月15日）。各单位要精心组织，仔细实施。
                （三）总结提高阶段（10月16日-10月31日）。各单位要仔细总结经验教训。
                四、基本任务清单
                （一）区教体行政部门
                1.督促、指导属地中小学校及时部署防溺水专项行动。
                2.组织开展防溺水专项督查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("动员部署阶段", "具体实施阶段", "总结提高阶段", "督促、指导属地中小学校及时部署防溺水专项行动", "组织开展防溺水专项督查");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 4, 27));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 10, 15));
        assertThat(d.tasks().get(1).lead()).containsExactly("各单位");
        assertThat(d.tasks().get(3).lead()).containsExactly("区教体行政部门");
    }

    @Test
    void thePiecesOfWorkUnderADatedStepBesideTheListThatSaysWhoDoesWhatAreTasksToo() {
        // ez07, ah03: the plan's items say who does them in brackets; the steps' pieces under their dated headings name
        // no one, and are the plan's work all the same (the corpus's convention since stop 33)
        PlanDraft d = read("""
                公租房租后管理点题整治实施方案
                二、整治内容
                （一）结合实际制定实施方案。制定出台我区公租房点题整治实施方案。（区交通与建设局牵头）
                （二）设置点题整治工作专栏。在官方网站开设工作专栏。（区交通与建设局负责）
                三、整治步骤
                （一）宣传发动阶段（2021年5月底前）
                1.结合实验区实际，制定出台点题整治实施方案；
                2.开设整治工作专栏，发布整治举报电话。
                （二）摸底排查阶段（2021年6月—8月底）
                1.召开点题整治工作动员部署会议；
                2.全面掌握违规承租情况。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("结合实际制定实施方案", "设置点题整治工作专栏",
                "宣传发动阶段", "结合实验区实际，制定出台点题整治实施方案", "开设整治工作专栏，发布整治举报电话",
                "摸底排查阶段", "召开点题整治工作动员部署会议", "全面掌握违规承租情况");
        assertThat(d.tasks().get(5).end()).isEqualTo(LocalDate.of(2021, 8, 31));
    }

    @Test
    void aHeadingWithItsTimeInABracketOverItsPiecesIsADatedStep() {
        // ez06, cz10, aa10, bg04: "（一）全面开展清产核资（2018年4-9月）" over 1.… 2.…: a step of the plan though it says no
        // 阶段, its pieces of work under it tasks too
        PlanDraft d = read("""
                芦洋乡稳步推进农村集体产权制度改革工作方案
                四、主要工作内容
                （一）全面开展清产核资（2018年4-9月）
                1.明确清产核资范围。各村要摸清集体资产底数。
                2.有序开展清产核资。由乡农业服务中心负责指导。
                （二）确认农村集体经济组织成员身份（2018年5-10月）
                1.科学制定成员身份确认办法。各村要依法制定办法。
                2.严格按照程序确认成员身份。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("全面开展清产核资", "明确清产核资范围",
                "有序开展清产核资", "确认农村集体经济组织成员身份", "科学制定成员身份确认办法", "严格按照程序确认成员身份");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2018, 9, 30));
        // a bracket that says no time makes no step
        assertThat(read("""
                农村集体产权制度改革工作方案
                四、主要工作内容
                （一）全面开展清产核资（共4项）
                1.明确清产核资范围。各村要摸清集体资产底数。
                2.有序开展清产核资。由乡农业服务中心负责指导。
                """).tasks()).extracting(TaskDraft::content).doesNotContain("全面开展清产核资");
    }

    @Test
    void aPartOfThePlanWhoseNameRunsIntoItsTextIsNoTask() {
        // s03, y03, t06, x13: a flattened copy lost the line break after "组织领导", "指导思想", "起草背景和依据", "工作原则";
        // the part names a body (领导小组) or sits in a list of work, but is the plan's, not a piece of its work
        PlanDraft d = read("""
                废弃汽车清理整治工作方案
                一、指导思想以习近平新时代中国特色社会主义思想为指导，县交通局要全面落实整治要求。
                二、组织领导为加强组织领导，确保工作落实，现成立县废弃汽车清理整治工作领导小组。
                三、工作步骤
                （一）全面排查阶段（5月1日-5月31日）。各乡镇要对废弃汽车开展全面排查。
                （二）集中整治阶段（6月1日-8月31日）。县公安局要依法拖移废弃汽车。
                四、总体要求：县交通局负责统筹协调。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("全面排查阶段", "集中整治阶段", "总体要求：县交通局负责统筹协调");
    }
    @Test
    void aPartNamingOnlyThePlansTimeIsNoTask() {
        // ao03, ao06, ad10, s12, v15: "二、工作时间 / 2017年11月下旬至2018年3月31日。" is when the whole plan runs, its
        // date on a line of its own under the part's name; the plan's work is in its other parts
        PlanDraft d = read("""
                一、目标任务
                为了全面提高我镇火灾防控能力，确保全镇不发生重大火灾事故。
                二、工作时间
                2023年11月下旬至2024年3月31日。
                三、组织领导
                镇人民政府成立火灾防控工作领导小组，镇长任组长，成员由镇消防安全委员会各成员单位负责人组成，办公室主要负责协调全镇火灾防控工作。
                """);

        assertThat(d.tasks()).isEmpty();
    }

    @Test
    void aListOfSlogansIsNoWork() {
        // ao01, h08: the slogans a day's plan gives (二、活动重点及口号 / （一）预防近视，从小抓起 …) sit beside its activities
        // (三、活动内容 / （一）…) at the same level, but are words to print, not pieces of work
        PlanDraft d = read("""
                二、活动重点及口号
                聚焦近视、白内障等重点眼病，大力宣传眼健康知识。参考宣传口号如下：
                （一）预防近视，从小抓起
                （二）科学防控近视，守护“睛”彩童年
                （三）爱眼一小步，健康一大步
                （四）眼底一张照，眼病早知道
                三、活动内容
                （一）开展系列宣传活动。我委医政司于5月中下旬发布科普宣传信息。
                （二）组织眼科义诊活动。各医疗机构可结合实际开展义诊。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展系列宣传活动", "组织眼科义诊活动");
    }

    @Test
    void aDutyHeadedByTheBodyThatCarriesItIsThatBodysTask() {
        // au01, ah03: duties whose items open with a sentence that is only a body's name (a page of them, the part's
        // heading on the page before); the body leads, and those the duty after it works with assist
        PlanDraft d = read("""
                （一）通信主管部门。加强互联网基础管理，依法处置发布虚假违法广告的网站。
                （二）卫生计生部门。加强事中事后监管。发布健康科普信息技术指南，联合相关部门加强对健康科普栏目的管理。
                （三）人民银行。研究解决金融领域广告管理工作中遇到的问题。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(
                List.of("通信主管部门"), List.of("卫生计生部门"), List.of("人民银行"));
        assertThat(d.tasks().get(1).assist()).containsExactly("相关部门");
    }

    @Test
    void aRectificationListsFieldsUnderTheProblemsSayWhoRectifiesAndBy() {
        // bk06: an inspection's list of problems, each place an item, its problems numbered under it, and the line after
        // them naming who rectifies and how soon (问题整改责任单位:… 整改时限:…): the place is the task, not each problem
        PlanDraft d = read("""
                具体问题如下:
                1. 市科技馆
                (1)院内电动车未按指定区域停放;
                (2)灭火器过期未更换。
                问题整改责任单位:市科技馆 整改时限:3天
                2. 市第二人民医院
                (1)院内禁烟标识数量不达标;
                (2)宣传牌内容不规范。
                问题整改责任单位:市卫生健康委员会 整改时限:5天
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("市科技馆", "市第二人民医院");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市科技馆"), List.of("市卫生健康委员会"));
        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("3天", "5天");
    }

    @Test
    void aHolidayNotedInBracketsAfterTheMonthAnItemOpensWithIsPartOfItsTime() {
        // cv07: "三、 2月份(春节前)在辖区…组织一次《迎春篝火晚会》", as "(星期一)" or "（农历正月十三）" note a day
        PlanDraft d = read("""
                一、 规范社区图书室藏书并编码造册。(5月前完成)
                二、 2月份(春节前)在辖区的某小区组织一次《迎春篝火晚会》,营造节日喜庆氛围。
                三、 3月8日开展“三.八”妇女节代表座谈会。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("规范社区图书室藏书并编码造册",
                "在辖区的某小区组织一次《迎春篝火晚会》,营造节日喜庆氛围", "开展“三.八”妇女节代表座谈会");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 2, 1));
    }

    @Test
    void anItemsLineThatEndsInAListsCommaGoesOnOnTheNextLine() {
        // cv07: "六、 6-7月继续开展“读书月”活动,发挥社区阅览室图书、 / 杂志作用,…": no list ends with its 、
        PlanDraft d = read("""
                五、4月底在某商住楼小区举办社区首届“邻里节”活动。
                六、 6-7月继续开展“读书月”活动,发挥社区阅览室图书、
                杂志作用,大力宣传精神文明新风尚。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("在某商住楼小区举办社区首届“邻里节”活动",
                "继续开展“读书月”活动,发挥社区阅览室图书、杂志作用,大力宣传精神文明新风尚");
    }

    @Test
    void linesLedByAMonthOfTwoCharactersAreTheScheduledWork() {
        // cx06: "3月:防范电信网络诈骗主题教育 / 本主题将重点剖析… / 4月:…": a month's theme a line, as "9月1日—9月30日：…"
        PlanDraft d = read("""
                关于开展“安全π”系列安全主题晚讲评的通知
                二、时间安排与教育主题
                春季学期:
                3月:防范电信网络诈骗主题教育
                本主题将重点剖析当前高发的各类电信网络诈骗手法。
                4月:全民国家安全教育日主题教育
                结合“4·15”全民国家安全教育日,深入解读政治安全。
                9月:新生入学适应主题教育
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("防范电信网络诈骗主题教育",
                "全民国家安全教育日主题教育", "新生入学适应主题教育");
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 4, 1), LocalDate.of(2023, 9, 1));
    }

    @Test
    void aStagesTimeAfterItsColonIsItsTimeAndNoPartOfItsName() {
        // cu09: "（一）第一阶段:3-6月份", as "第一阶段，2009年5月至8月底前" between commas
        PlanDraft d = read("""
                三、实施步骤
                (一)第一阶段:3-6月份
                重点人群应接尽接,各村做好摸底登记。
                (二)第二阶段:7-12月份
                全面推进,做到应接尽接。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).contains("第一阶段", "第二阶段");
        assertThat(d.tasks().get(0).timeText()).isEqualTo("3-6月份");
    }

    @Test
    void anActivityNamedBeforeItsTimeAfterAColonIsThatActivityAndTheYearTheTasksNameMostIsThePlans() {
        // dc07: "1、宣传发动:2016年3月28日-4月20日", "2、启动仪式:4月23日" on a content farm's page dated 2018 whose
        // items name 2016 again and again (and 2012 once, a slip): the name is the task, the time its time, 2016 its
        // year
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText("""
                世界读书日活动策划方案
                活动方案2018-07-15三水老师
                六、活动安排:
                1、宣传发动:2016年3月28日-4月20日
                在社区范围内悬挂横幅、张贴倡议书。
                2、启动仪式:4月23日
                届时将邀请区、街道及新闻媒体领导参加。
                3、书画作品展:2016年4月23日—26日
                4、亲子共读活动:2012年4月23日—26日
                5、读书征文比赛:2016年4月23日—26日
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("宣传发动", "启动仪式", "书画作品展",
                "亲子共读活动", "读书征文比赛");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2016, 4, 23));
    }

    @Test
    void aStepOfAPlanOverYearsThatOpensWithItsYearTakesTheWholeYear() {
        // de02: "（一）2023年重点任务:完成…" / "（二）2024年重点任务:…": each step's year is its time, the whole of it (and
        // no word of its work, such as 常态化, is its time)
        PlanDraft d = read("""
                二、工作安排
                (一)2023年重点任务:完成河道基础信息普查,建立“一河一档”数据库;开展河道“清四乱”专项整治。
                (二)2024年重点任务:推进水域岸线修复工程;建立水质监测预警系统。
                (三)2025年重点任务:构建常态化管护机制;实现流域综合治理达标。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("2023年", "2024年", "2025年");
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31));
    }

    @Test
    void stagesNumberedAsStagesAreStepsBesideItemsThatNameWhoDoesTheirWork() {
        // di06: "1、第一阶段(2月25日—3月2日):隐患自查,第二阶段(…):实地检查,…" beside "四、工作要求 / 1、各处室检查人员要…";
        // a stage whose time comes later in its sentences (第二阶段重点宣传实施效果。10月下旬…) is no dated step
        PlanDraft d = read("""
                二、时间安排
                1、第一阶段(2月25日—3月2日):隐患自查,第二阶段(3月3日—4日):实地检查,第三阶段(3月5日—8日):限期整改。
                四、工作要求
                1、保卫处负责汇总各处室的检查表。
                2、教务处负责安排检查人员。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("隐患自查", "实地检查", "限期整改",
                "保卫处负责汇总各处室的检查表", "教务处负责安排检查人员");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2023, 3, 3));
    }

    @Test
    void aStageNamedThenItsDaysThenItsWorkIsThatStage() {
        // dj08: "2.第二阶段4月14日—19日对需要二免的畜禽组织防疫小分队实施免疫。": no comma between the stage, its days and
        // its work
        PlanDraft d = read("""
                二、考核办法
                1.第一阶段3月14日—4月13日组织各村级防治员对全镇所有畜禽散养大户进行集中免疫。
                2.第二阶段4月14日—19日对需要二免的畜禽组织防疫小分队实施免疫。
                3.第三阶段4月20日—25日镇政府组织人员对各村进行抽查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("第一阶段", "第二阶段", "第三阶段");
        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("3月14日—4月13日", "4月14日—19日",
                "4月20日—25日");
    }

    @Test
    void aListWhoseItemsAllOpenWithTheirMonthsIsWorkBesideItemsThatNameWhoDoesTheirs() {
        // dd09: "四、计划安排 / 1、1—2 月份开展… / 2、3 月份做好… / 3、4 月份…" beside "五、具体要求 / （一）…由…领导小组负责统一部署"
        PlanDraft d = read("""
                四、计划安排
                1、1—2 月份开展以环境卫生综合整治为重点的冬春爱国卫生活动。
                2、3 月份做好春季灭鼠的准备工作,组织业务培训、准备药械。
                3、4 月份爱国卫生月期间,组织开展春季灭鼠、灭蟑活动。
                五、具体要求
                (一)病媒生物防治工作由病媒生物防治工作领导小组负责统一部署。
                (二)层层落实病媒生物防治工作责任制,扎实有效地开展工作。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::timeText).startsWith("1—2 月份", "3 月份", "4 月份");
        assertThat(d.tasks()).extracting(TaskDraft::content).contains("病媒生物防治工作由病媒生物防治工作领导小组负责统一部署");
    }

    @Test
    void thePlansActivitiesAreReadWholeWhereOneGivesItsTimeBesideAnItemThatNamesItsDoer() {
        // dk05: "三、活动内容 / 1.…宣传活动。 / 2.…在5月份安排…集中宣传。 / 3.…": no activity names its doer, one its time;
        // a sentence under another part names who does its work
        PlanDraft d = read("""
                二、活动主题
                请各镇(街道)、各单位围绕“微笑”这一主题,组织开展“红十字博爱月”宣传活动。
                三、活动内容
                1.“五·八”红十字日宣传活动。举行纪念“五·八”世界红十字日宣传活动,开展应急救护现场演示。
                2.红十字主题内容广告媒体集中宣传活动。利用报刊、电视等媒体宣传,在5月份安排电视台集中播放公益广告。
                3.开展各级红十字示范校创建活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).contains("“五·八”红十字日宣传活动", "红十字主题内容广告媒体集中宣传活动",
                "开展各级红十字示范校创建活动");
        assertThat(d.tasks()).filteredOn(t -> t.content().startsWith("红十字主题")).extracting(TaskDraft::timeText)
                .containsExactly("5月份");
    }

    @Test
    void stagesRunOnInOneParagraphAreEachAStepWithItsTime() {
        // cs06 (a news copy), bz07 (a document site's one paragraph), cz02 (lost punctuation): 第一阶段…第二阶段… in the
        // sentences of one paragraph, each stage named after 为 or its colon and its time after 时间从 or in a bracket
        PlanDraft d = read("""
                三、实施步骤
                晋中市将分三个阶段推进创建工作。第一阶段为攻坚突破阶段,时间从2021年1月至2021年12月。对照测评体系,找出差距。\
                第二阶段为巩固提升阶段,时间从2022年1月至2022年12月。健全长效机制。第三阶段:全力冲刺阶段(2023年1月至2023年10\
                月):全面提升创建水平,各县区要抓好市民素质提升。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("攻坚突破阶段", "巩固提升阶段",
                "全力冲刺阶段:全面提升创建水平,各县区要抓好市民素质提升");
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2021, 1, 1),
                LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1));
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2021, 12, 31),
                LocalDate.of(2022, 12, 31), LocalDate.of(2023, 10, 31));
    }

    @Test
    void aParagraphThatNamesItsStagesWithoutOpeningThemIsNotCut() {
        // "第一阶段和第二阶段": stages spoken of in a sentence, no stage's heading
        PlanDraft d = read("""
                三、工作要求
                各单位要总结第一阶段和第二阶段的经验,做好第三阶段的准备工作,确保整治取得实效,不得走过场。
                四、工作安排
                1.县市场监管局负责制定检查方案(5月底前)。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("县市场监管局负责制定检查方案");
    }

    @Test
    void theActivitiesNumberedUnderAnItemThatOpensWithItsDateAreItsPiecesOfWork() {
        // cv07: "七、 7-8月开展暑期离校不离教活动 / 1、少儿歌唱赛 / 2、小型运动会", as the pieces of work under a dated step
        PlanDraft d = read("""
                六、 6-7月继续开展“读书月”活动。
                七、 7-8月开展暑期离校不离教活动
                1、少儿歌唱赛
                2、小型运动会
                八、12月开展社区先进文体活动“积极分子”评选。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("继续开展“读书月”活动",
                "开展暑期离校不离教活动", "少儿歌唱赛", "小型运动会", "开展社区先进文体活动“积极分子”评选");
    }

    @Test
    void activitiesEachClosingTheirLineWithTheirDayAreThePlansWorkBesideItemsThatNameUnits() {
        // cz08: "五、活動內容及時間安排 / 1.…彩粉跑步活動(4月20日) / 2.…十佳歌手大賽總決賽(4月20日)" beside the requirements
        // that name 各系(院)團總支: the dated activities are work though none names who holds it
        PlanDraft d = read("""
                关于举办文体艺术节主题系列活动的通知
                五、活动内容及时间安排
                1.阳光前行,精彩无限——彩粉跑步活动(4月20日)
                2.学院第十七届校园十佳歌手大赛总决赛(4月20日)
                3.“书香伴我成长”——读书节征文活动(4月4日-4月20日)
                六、活动要求
                1.各系(院)团总支要根据本通知要求广泛发动学生参与各项活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).startsWith("阳光前行,精彩无限——彩粉跑步活动",
                "学院第十七届校园十佳歌手大赛总决赛", "“书香伴我成长”——读书节征文活动");
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2023, 4, 20));
    }

    @Test
    void aBracketWhoseLeadLeadsAndAnswersForTheWorkStillNamesWhoTakesPartOrHelps() {
        // cx01: "（省卫生健康委牵头负责,省委宣传部、…等有关部门参与）", as "（…牵头,…参与）"
        PlanDraft d = read("""
                二、重点任务
                (一)开展爱国卫生宣传。(省卫生健康委牵头负责,省委宣传部、省文化和旅游厅等有关部门参与)
                (二)开展病媒生物防制。(省卫生健康委牵头负责,省农业农村厅配合)
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("省卫生健康委"), List.of("省卫生健康委"));
        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(List.of("省委宣传部", "省文化和旅游厅等有关部门"),
                List.of("省农业农村厅"));
    }

    @Test
    void thePrinciplesOfAPlanAreNoneOfItsWorkWhateverBodiesTheyName() {
        // cu04, files f26: "二、基本原则 / （一）坚持尊重民意、农民主体。…各乡(镇)…": how the work is to be done
        PlanDraft d = read("""
                镇赉县农村户厕问题整改工作方案
                一、基本原则
                (一)坚持尊重民意、农民主体。充分尊重农民的选择。整改完成后,各乡(镇)要组织农户签字确认。
                (二)坚持因地制宜,精准施策。按照实事求是的原则,全面开展整改工作。
                二、工作任务
                (一)开展问题排查。各乡(镇)人民政府负责排查辖区户厕问题,9月底前完成。
                (二)组织整改验收。县农业农村局负责组织验收。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展问题排查", "组织整改验收");
    }

    @Test
    void aTimeFieldGivingAYearsMonthIsTheActivitysTimeNotThePagesStamp() {
        // ct09, be01: "时间:2022年4月" under an activity, a month and no day, which no site stamps a page with; the page's
        // own "时间:2023-09-17 11:00:04" stays its stamp
        PlanDraft d = read("""
                关于举办“城院好春色”系列活动的通知
                时间:2022-03-29 11:00:04
                三、活动具体安排
                1.“青春唱响百年”校园歌手大赛
                时间:2022年4月
                承办:大学生艺术文化中心、DM音乐社
                2.“舞动春天”原创舞蹈比赛
                时间:2022年4月中旬
                承办:大学生艺术文化中心
                """);

        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("2022年4月", "2022年4月中旬");
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2022, 4, 1),
                LocalDate.of(2022, 4, 11));
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 3, 29));
    }

    @Test
    void aTimeLimitNamedForWhatIsDoneIsTheItemsTime() {
        // cs03: measures whose brackets give their units and 治理时限 (公开时限 in a disclosure list): by when the work is
        // to be done, as 完成时限 says it
        PlanDraft d = read("""
                三、具体举措、责任主体和治理时限
                1.修订完善《大英县安全生产职能职责规定》。(责任单位:县安委办;治理时限:2022年11月)
                2.完善危险化学品安全生产委员会专家组。(责任单位:县应急局;治理时限:2022年8月)
                """);

        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("2022年11月", "2022年8月");
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2022, 11, 30),
                LocalDate.of(2022, 8, 31));
    }

    @Test
    void aDayOverANumberedListHeadsItsActivities() {
        // br05, aq06: a festival's schedule whose days stand over the activities held on them (2月4日16:00 体育馆 活动一 /
        // 一、文艺表演：… / 二、…), an activity named before a colon and what it holds after it; the next day is the
        // first day's sibling, not an item of its list, and a number that does not go on from the list ends it
        PlanDraft d = read("""
                2024年元宵节群众文化活动安排
                2月24日9:00 县文化广场 活动一
                一、民俗展演：舞龙舞狮、秧歌、旱船等。
                二、猜灯谜：设灯谜三百条，猜中有奖。
                三、非遗展示：剪纸、面塑现场制作。
                2月24日19:00 滨河公园 活动二
                元宵灯展和焰火表演。
                二、工作要求
                各单位要高度重视，确保活动安全有序。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("县文化广场 活动一",
                "民俗展演：舞龙舞狮、秧歌、旱船等", "猜灯谜：设灯谜三百条，猜中有奖", "非遗展示：剪纸、面塑现场制作",
                "滨河公园 活动二");
        assertThat(d.tasks().get(0).timeText()).isEqualTo("2月24日9:00");
        assertThat(d.tasks().get(4).timeText()).isEqualTo("2月24日19:00");
    }

    @Test
    void aNewsParagraphOfDaysIsASchedule() {
        // br04: a news page's account of a festival's plan, its sentences each opening with their day, its lunar date
        // and its hours (1月23-24日(正月初一至初二)14:30-16:00,在市中心广场举行…), one or two spans of hours; a history's
        // days of different years (1946年…。1947年…) are no schedule
        PlanDraft d = read("""
                国际标准化组织的由来
                1946年10月14日,25个国家的代表集会于伦敦,决定成立国际标准化组织。1947年2月23日,该组织宣告正式成立。
                春节文化活动安排
                1月20日-2月10日,全县开展“送文化下乡”活动,各乡镇组织文艺演出。1月23日(正月初一)14:30-16:00,在县文化广场举行新春文艺演出。1月25-27日(正月初三至初五)9:00-12:00、14:30-17:00,在县体育馆举办群众卡拉OK大赛。
                """);

        List<TaskDraft> schedule = d.tasks().subList(d.tasks().size() - 3, d.tasks().size());
        assertThat(schedule).extracting(TaskDraft::timeText).containsExactly("1月20日-2月10日",
                "1月23日(正月初一)14:30-16:00", "1月25-27日(正月初三至初五)9:00-12:00、14:30-17:00");
        assertThat(schedule).extracting(TaskDraft::content).containsExactly(
                "全县开展“送文化下乡”活动,各乡镇组织文艺演出", "在县文化广场举行新春文艺演出", "在县体育馆举办群众卡拉OK大赛");
        // the history stays one paragraph (whether a dated paragraph of the past is work is another question)
        assertThat(d.tasks()).extracting(TaskDraft::timeText).doesNotContain("1947年2月23日");
    }

    @Test
    void daysRunIntoTheirPlacesAreATourSchedule() {
        // be04: a town's opera tour, each line a day run straight into the stage it plays on (5月9日石鼓大舞台(…村)),
        // listed under an item that names who shows up; the days are the pieces of work, as a dated step's are
        PlanDraft d = read("""
                一、各行政村负责做好演出活动的宣传、提供演出场地、组织观众等工作。
                二、各单位演出时间安排如下:下午13:00-16:00
                5月9日石鼓大舞台(石鼓村)
                5月9日七塔文化广场(七塔村)
                5月10日陈塘村民广场(绿林村、莹山村)
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsSubsequence(
                "石鼓大舞台(石鼓村)", "七塔文化广场(七塔村)", "陈塘村民广场(绿林村、莹山村)");
        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsSubsequence("5月9日", "5月9日", "5月10日");
    }

    @Test
    void aListNumberedFromOneAgainIsReadWholeByItself() {
        // aq04: a flattened plan whose headings the copy dropped: its slogans (1、…途径。…4、…增效益。) and then its
        // activities (1、市局成立…服务队…), numbered from 1 again; the activities name who does them, the slogans do
        // not, and a list read whole is the run of numbers it stands in, not every item beside it
        PlanDraft d = read("""
                标准化宣传服务周活动方案
                1、开展标准化活动是提高小企业竞争力的有效途径。
                2、开展标准化活动是加强企业管理的有效措施。
                3、标准体系促发展,良好行为增效益。
                1、市局成立6个标准化服务队,各县局分别成立2-3支标准化服务队。
                2、省局设立主会场,县局设立分会场。
                3、开展“标准化进企业”送技术上门活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "市局成立6个标准化服务队,各县局分别成立2-3支标准化服务队", "省局设立主会场,县局设立分会场",
                "开展“标准化进企业”送技术上门活动");
    }

    @Test
    void aStepWhoseTimeIsSetOffByCommasIsATaskNamedWithoutItsTime() {
        // bv04: "(一)第一阶段,2009年5月至8月底前。" over its pieces of work, as "（一）准备阶段（5月20日—5月30日）" is
        PlanDraft d = read("""
                2009年卫生标准宣传周活动方案
                三、重点活动安排
                (一)第一阶段,2009年5月至8月底前。
                1.省级卫生行政部门制定本地区宣传周活动方案；
                2.卫生部开展食品安全标准征文活动。
                (二)第二阶段,2009年9月7日到9月13日,开展形式多样的宣传活动。
                1.各级卫生行政部门组织专家在媒体开展访谈。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("第一阶段", "省级卫生行政部门制定本地区宣传周活动方案",
                "卫生部开展食品安全标准征文活动", "第二阶段,开展形式多样的宣传活动", "各级卫生行政部门组织专家在媒体开展访谈");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2009, 8, 31));
        assertThat(d.tasks().get(3).start()).isEqualTo(LocalDate.of(2009, 9, 7));
    }

    @Test
    void itemsNumberedInFullWidthDigitsAreItems() {
        // corpus-files f15: "３、" as a Word file typed in full width writes an item's number
        PlanDraft d = read("""
                工作方案
                一、主要任务
                １、办公室负责宣传。
                ２、规划处负责编制规划。
                ３、人事处负责培训。
                """);

        assertThat(d.tasks()).extracting(t -> t.lead().get(0)).containsExactly("办公室", "规划处", "人事处");
    }

    @Test
    void aPartNamedForItsStepsBesideLabelledSectionsIsWorkWhenItsItemsSayWho() {
        // corpus-files f15, f17: "四、工作步骤及要求" after sections whose items carry their fields; its items name who
        // does them in their sentences, so they are pieces of the plan's work, whatever the part is called
        PlanDraft d = read("""
                工作方案
                一、主要任务
                （一）加强学习教育
                1、组织专题学习。
                责任处室：机关党委
                完成时限：5月底
                2、开展警示教育。
                责任处室：监察室
                完成时限：6月底
                二、工作步骤及要求
                （一）梳理问题，明确措施。此项工作由机关党委负责在2015年4月底前完成汇总。
                （二）深入宣传，营造氛围。各处（室）要认真学习传达会议精神。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("组织专题学习", "开展警示教育", "梳理问题，明确措施", "深入宣传，营造氛围");
        assertThat(d.tasks().get(2).lead()).containsExactly("机关党委");
        assertThat(d.tasks().get(3).lead()).containsExactly("各处（室）");
    }

    @Test
    void itemsWithTheirOwnTimeFieldBesideLabelledSectionsAreWork() {
        // corpus-files f19: a leader's measures, each closing with its 整改时限, after the problems with their fields
        PlanDraft d = read("""
                整改方案
                一、突出问题及整改措施
                （一）在贯彻执行民主集中制方面
                1、部分议题把握不够严格。
                责任处室：人事处、办公室
                整改时限：2015年6月底前。
                2、个别决策执行不够到位。
                责任处室：办公室
                整改时限：2015年12月底前。
                张谷同志个人整改措施
                一、整改事项
                1.贯彻执行民主集中制方面存在的主要问题。
                二、改进措施
                1.切实强化政治理论武装。认真系统学习马列主义。（整改时限：长期）
                2.牢固树立理想信念和宗旨意识。坚持共产主义理想信念。（整改时限：长期）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("部分议题把握不够严格", "个别决策执行不够到位",
                "切实强化政治理论武装", "牢固树立理想信念和宗旨意识");
        assertThat(d.tasks().get(3).timeText()).isEqualTo("长期");
    }

    @Test
    void theNoteThatTheUnitListedFirstLeadsSaysSoWithListedAt() {
        // corpus-files f22: "（省工商联，省经济和信息化委、省工商局。列在首位的为牵头单位，其他单位按照职责分工负责，下同）"
        PlanDraft d = read("""
                实施意见
                一、主要任务
                1.大力倡导民营企业扶贫。动员民营企业开展帮扶活动。（省工商联，省经济和信息化委、省工商局。列在首位的为牵头单位，其他单位按照职责分工负责，下同）
                2.积极引导社会组织扶贫。支持社会团体参与扶贫开发。（民政厅，省总工会、团省委）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("省工商联"), List.of("民政厅"));
        assertThat(d.tasks().get(0).assist()).containsExactly("省经济和信息化委", "省工商局");
        assertThat(d.tasks().get(1).assist()).containsExactly("省总工会", "团省委");
    }

    @Test
    void aWorkingGroupsDutiesCountedOffInlineAreItsTasks() {
        // corpus-files f32: a meeting's preparation plan, each group's duties numbered inline in its one paragraph (the
        // second long enough to be taken for a flattened document, were its points not each after a semicolon)
        PlanDraft d = read("""
                现场会工作方案
                四、筹备工作
                （一）宣传材料组。主要职责：1.起草省领导讲话、局长讲话；2.提供全国扶贫办主任座谈会议精神传达稿。
                （二）现场组。主要职责：1. 收集、审定《全省精准扶贫工作典型案例》、会议经验交流材料，审查利州区宣传资料；2.会前完成参观点的准备、完善工作；3.确定参观线路、测定行进及参观时间，并与广元市衔接，确保行车安全； 4.组织现场参观；5.审核参观点简介及展板；6.审定、布置会场展板。
                参观线路及时间（上午方案）：
                8:30-9:10  从凤台宾馆出发前往龙潭乡曙光村。
                （三）会务保障组。主要职责：1.会议经费预算；2.拟发会议通知，收集参会人员名单；3.安排食宿。
                五、工作要求
                各组一定要按照统一部署，明确各自的工作职责和分工。
                """);

        assertThat(d.tasks()).hasSize(11);
        assertThat(d.tasks()).extracting(TaskDraft::content).startsWith("起草省领导讲话、局长讲话", "提供全国扶贫办主任座谈会议精神传达稿",
                "收集、审定《全省精准扶贫工作典型案例》、会议经验交流材料，审查利州区宣传资料");
        assertThat(d.tasks()).extracting(t -> t.lead().get(0)).containsExactly("宣传材料组", "宣传材料组", "现场组", "现场组",
                "现场组", "现场组", "现场组", "现场组", "会务保障组", "会务保障组", "会务保障组");
    }

    @Test
    void groupsOnLinesOfTheirOwnAreTheWorkOfTheBodiesThatFormThem() {
        // corpus-files f34: an inspection notice's 工作分组 part, a line per group naming the body that forms it and
        // the places it visits; the part's heading is no body, and whoever hosts a meeting (由…主持) runs it
        PlanDraft d = read("""
                关于开展2014年度调研检查工作的通知
                一、调研时间
                拟于2015年1月上旬。
                四、工作分组
                由省委统战部、省直机关工委、省扶贫移民局分别组成4个调研检查工作小组。
                第一组：省委统战部，调研检查泸州市古蔺县、合江县，宜宾市高县、珙县。
                联络员：
                夏鞍宁（省委统战部藏区处处长）       13980580420
                第二组：省直机关工委，调研检查乐山市马边县、沐川县。
                联络员：
                熊应忠(省直机关工会事业部部长)       13980998182
                五、具体要求
                （一）各相关市（州）扶贫移民局（办）负责将此通知转发相关县（市、区）。
                （二）如果召开座谈会，则由各相关县（市、区）扶贫移民局（办）主持，并做好座谈会相关准备工作。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("第一组", "第二组", "（一）", "（二）");
        assertThat(d.tasks()).extracting(TaskDraft::content).startsWith("调研检查泸州市古蔺县、合江县，宜宾市高县、珙县",
                "调研检查乐山市马边县、沐川县");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("省委统战部"), List.of("省直机关工委"),
                List.of("各相关市（州）扶贫移民局（办）"), List.of("各相关县（市、区）扶贫移民局（办）"));
    }

    @Test
    void aPartWhoseItemsEachOpenWithTheirTimeIsASchedule() {
        // corpus-files f44: a proposal's handling plan, its work in a 时间安排 part whose items name no one; the means
        // of a sentence (采取约请提案人座谈和组成调研组…) are no body, so the parts before it are no list of work
        PlanDraft d = read("""
                政协四川省第十一届委员会第三次会议第64号提案工作方案
                一、办理责任
                成立提案办理工作领导小组，负责制订和组织实施办理方案，加强与民革四川省委交流沟通。
                二、拟办意见
                待工作方案获得批准后，由局组织责任处，采取约请提案人座谈和组成调研组深入少数民族地区实地调研等方式办理。
                三、工作措施
                （一）座谈交流。主动约请提案人与少数民族地区市（州）、县扶贫部门领导，乡、村级干部座谈。
                （二）实地调研。邀请提案人视察调研我省扶贫开发工作情况。
                四、时间安排
                （一）4月中旬，拟制提案办理工作方案，报曲木史哈副省长审定后组织实施。
                （二）4月下旬，召开座谈会，约请提案人座谈交流。
                （三）5月上旬，邀请提案人赴相关市（州）选择1-2个县进行调研。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("拟制提案办理工作方案，报曲木史哈副省长审定后组织实施",
                "召开座谈会，约请提案人座谈交流", "邀请提案人赴相关市（州）选择1-2个县进行调研");
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2023, 4, 11),
                LocalDate.of(2023, 4, 21), LocalDate.of(2023, 5, 1));
        assertThat(d.tasks()).allSatisfy(t -> assertThat(t.lead()).isEmpty());
    }

    @Test
    void aReplyOverThePlanItNamesIsTitledByThePlanAndItsDeadlinesListedApartGoToItsItems() {
        // corpus-files f37: a reply to a request for comments, over the draft plan it names; the plan's 完成时限 part gives
        // the times of its 责任分工 items, one each in their order
        PlanDraft d = read("""
                四川省扶贫和移民工作局
                关于征求《推进扶贫开发政策与农村最低生活保障制度有效衔接专项改革方案》修改意见函的复函
                财政厅：
                一、建议在“协调单位”后增加“牵头单位”为省财政厅。
                特此函复。
                四川省扶贫和移民工作局
                2014年7月3日
                推进扶贫开发政策与农村最低生活保障制度有效衔接专项改革方案
                一、总体思路
                深入贯彻落实党的十八届三中全会精神。
                二、责任分工
                （一）精确识别农村低保对象和扶贫对象。（责任单位：县级民政部门、扶贫部门）
                （二）对农村低保对象和扶贫对象录入系统并实行动态管理。（责任单位：各级民政部门、扶贫部门）
                三、完成时限
                （一）2014年12月底前，完成精确识别农村低保对象和扶贫对象工作。
                （二）2015年1月底前，完成对农村低保对象和扶贫对象录入系统工作。
                """);

        assertThat(d.title()).isEqualTo("推进扶贫开发政策与农村最低生活保障制度有效衔接专项改革方案");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("精确识别农村低保对象和扶贫对象",
                "对农村低保对象和扶贫对象录入系统并实行动态管理");
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2014, 12, 31),
                LocalDate.of(2015, 1, 31));
    }

    @Test
    void problemsListedUnderTheUnitTheyWereFoundAtAreThatUnitsWork() {
        // corpus ca02: an inspection report's problems under each town, the heading counting them after the name
        PlanDraft d = read("""
                关于全国文明城市建设工作督查通报
                二、存在问题
                (一)鹿城镇(3个)
                1.格林天城一号门外农业银行旁大门公益广告褪色破损。
                2.信义花园小区垃圾桶未盖、桶壁脏污,垃圾满溢。
                3.市人民商场住宿区小区绿化带黄土裸露。
                (二)碧城镇（共2个）
                1.碧城农贸市场周边车辆乱停乱放。
                2.碧城小学门口流动摊贩占道经营。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("鹿城镇"), List.of("鹿城镇"),
                List.of("鹿城镇"), List.of("碧城镇"), List.of("碧城镇"));
    }

    @Test
    void anItemWhoseOwnItemsNameItsAspectsIsOnePieceOfWorkWithTheFieldsClosingThem() {
        // corpus ca01: a campaign's measures, each with 治理重点 and 治理措施 under it and its units closing the last
        PlanDraft d = read("""
                工商局经营秩序专项治理工作方案
                二、治理内容
                (一)开展城区农贸市场专项治理。
                1.治理重点
                人民路农贸市场和西区农贸市场占道经营、私搭乱建等各种乱象。
                2.治理措施
                (1)设置消防通道红线,严禁占道经营、越位摆设。
                (2)清理私搭乱建,严禁私拉线路、私建遮阳棚。
                牵头单位:县工商局
                责任单位:县规建和住房保障局、棉城街道办事处
                (二)开展“门前五包”专项治理。
                1.治理重点
                店招店牌破损、占道经营等各种乱象。
                2.治理措施
                (1)清理店招店牌。
                牵头单位:县城管局
                责任单位:棉城街道办事处
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展城区农贸市场专项治理", "开展“门前五包”专项治理");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县工商局"), List.of("县城管局"));
        assertThat(d.tasks().get(0).assist()).containsExactly("县规建和住房保障局", "棉城街道办事处");
    }

    @Test
    void whoAnActivitysContentFieldSaysLeadsIt() {
        // corpus bz08: each activity's fields, 时间: then 活动内容: whose sentence names who leads (由区绿化办牵头组织…),
        // on lines of their own or run on after the heading where a copy lost the line breaks
        PlanDraft d = read("""
                植树节活动方案
                三、主要内容
                (一)开展全民义务植树绿化宣扬活动。
                时间:2月下旬-3月底
                活动内容:由区绿化办牵头组织各镇(街道)、区直有关单位开展义务植树季宣扬活动。
                (二)区级3.12义务植树点主场活动。时间:3月12日 活动内容:由区绿化委牵头组织区有关单位干部职工参与区级义务植树活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展全民义务植树绿化宣扬活动", "区级3.12义务植树点主场活动");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("区绿化办"), List.of("区绿化委"));
    }

    @Test
    void circledPointsAfterAnItemsColonAreItsTasksEachWithTheHolidayItOpensWith() {
        // corpus cc10: a town's inspections, each circled point opening with its holiday (清明前夕, 五一期间); a bracketed
        // list after a colon (丽景花园二期:(1)…;(2)…) stays the parts of one point (ca02)
        PlanDraft d = read("""
                安全生产监督计划书
                二、检查内容及时间
                1、常规检查:镇安监办要做到每月对全镇所有安全生产单位进行巡查一次。
                2、特定检查:①.清明前夕,镇安委会要组织一次安全生产大检查;②.五一期间,镇安委会要组织一次针对重点工业企业的专项大检查;③.端午节期间,镇安委会将组织针对食品行业的专项大检查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("常规检查:镇安监办要做到每月对全镇所有安全生产单位进行巡查一次",
                "镇安委会要组织一次安全生产大检查", "镇安委会要组织一次针对重点工业企业的专项大检查", "镇安委会将组织针对食品行业的专项大检查");
        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("", "清明前夕", "五一期间", "端午节期间");
    }

    @Test
    void clausesThatNameTheirWorkAndWhereThenByWhomAreTasksEach() {
        // corpus ce04: the posts of a volunteer plan, one ；-clause each, where and then by whom (,由…牵头 / ,分别由…负责)
        PlanDraft d = read("""
                文明交通劝导志愿服务活动方案
                一、活动时间
                2023年全年。
                二、工作安排
                全县共设立三种类型交通劝导志愿服务岗,其中驾校学员岗1个路口,设在西炮台红绿灯路口,由县交管大队牵头,县交通运输局协助;文明校园志愿者岗1个路口,设在五福桥红绿灯路口,由县教育局牵头;机关单位服务岗3个路口,设在汽车站红绿灯路口,分别由团县委、县直机关工委负责。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县交管大队"), List.of("县教育局"),
                List.of("团县委", "县直机关工委"));
        assertThat(d.tasks().get(0).assist()).containsExactly("县交通运输局");
    }

    @Test
    void aMeetingsMinutesDecisionsAreItsTasksWhoeverTheyName() {
        // corpus bw09: the decisions under a heading each a task, a decision of a paragraph of its own one task
        PlanDraft d = read("""
                常务会议纪要
                xx年xx月xx日,县长主持召开了县政府第xx次常务会议,现将会议确定事项纪要如下:
                一、关于财政预算执行情况有关问题
                会议原则同意县财政局关于财政预算执行情况的意见,会后修改完善后报请县人大常委会审批。
                二、关于统筹城乡发展有关问题
                (一)会议原则同意县经发局关于调整领导小组组成人员的意见,会后提交县委常委会议研究。
                (二)会议原则同意县经发局关于召开推进会的筹备意见。由统筹办、新农办组织对社区建设进行检查。
                三、关于秋冬农业生产有关问题
                (一)会议原则同意县农业局关于召开秋冬农业农村工作会议的筹备意见。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1.一", "2.(一)", "2.(二)", "3.(一)");
        assertThat(d.tasks().get(2).lead()).containsExactly("统筹办", "新农办");
    }

    @Test
    void aDecisionOnADocumentReviewedIsTheItemThePointsUnderItWhatItRestsOn() {
        // corpus-files f30: "一、审议《…的请示》 / 会议议定：原则同意…，由移民安置处按程序办理。 / （一）…"
        PlanDraft d = read("""
                局长办公会议纪要
                2015年3月16日上午，局长张谷主持召开了2015年第9次局长办公会议。
                一、审议《关于雅砻江桐子林水电站移民安置独立评估服务中标候选人的请示》
                会议议定：原则同意《关于雅砻江桐子林水电站移民安置独立评估服务中标候选人的请示》，由移民安置处按程序办理。
                （一）招标工作是由省局与雅砻江流域水电开发有限公司根据相关法律法规共同开展的。
                （二）经评标委员会初步评审，预中标单位为长江工程监理咨询有限公司。
                二、审议《局办公自动化系统管理办法（送审稿）》
                会议议定：原则同意《局办公自动化系统管理办法（送审稿）》，由信息统计处根据会议讨论意见修改完善后，按程序办理。
                （一）由信息统计处进一步研究，规范称谓、明确适用范围。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "审议《关于雅砻江桐子林水电站移民安置独立评估服务中标候选人的请示》", "审议《局办公自动化系统管理办法（送审稿）》");
    }

    @Test
    void aDecisionsBodiesAreThoseItsDecisionNamesNotTheMeetingsView() {
        // corpus-files f35: "会议认为：…攀枝花市政府包干使用…相关处室要加强督促… / 会议议定：由移民安置处牵头…"
        PlanDraft d = read("""
                局长专题会议纪要
                2014年12月11日上午，副局长何智彬主持召开局长专题会议，专题研究二滩水电站移民安置有关问题。
                一、桐子林水电站移民安置问题
                （一）关于移民政策范围外问题
                会议认为：省政府已同意雅砻江公司出资8000万元，由攀枝花市政府包干使用。相关处室要加强督促。
                会议议定：由移民安置处牵头，12月底前赴库区专题督促、指导移民搬迁安置工作。
                （二）关于库区移民后期扶持规划问题
                会议议定：二滩库区移民后期扶持规划编制工作由规划处牵头，力争2015年6月底前完成并提交成果。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("移民安置处"), List.of("规划处"));
    }

    @Test
    void whatAMeetingThoughtIsNoneOfItsWork() {
        // corpus bw01: "一、会议指出：…成效逐步显现" beside "二、会议决定： / (一)由县国土资源局负责，…", a list read whole
        PlanDraft d = read("""
                美丽城镇建设工作推进会
                7月8日,副县长主持召开拦隆口美丽城镇建设工作推进会。会议听取了国土、交通、水务等部门关于美丽城镇建设进展的汇报。
                一、会议指出:在各相关部门的协同努力下,美丽城镇建设工作成效逐步显现,但因个别区域内土地征收等问题,进展缓慢。
                二、会议决定:
                (一)由县国土资源局负责,于7月11日前与县供电公司完成衔接工作。
                (二)由县林业局负责,于7月17日前完成林地的征迁工作。
                三、会议要求:各相关部门要统一思想认识,加强工作交流。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("(一)", "(二)", "三");
    }

    @Test
    void aPlansPartsNamedForItsBasisOrItsResultsAreNoWorkInAListReadWhole() {
        // corpus-files f41: "二、工作依据", "三、课题名称", "五、课题成果", "六、课题组成员" among a plan's items
        PlanDraft d = read("""
                课题研究工作方案
                一、开展课题调研。由政策法规处负责。
                二、工作依据
                局长办公会议决定。
                三、课题成果
                课题研究报告一份。
                四、召开研讨会。由规划处负责。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("一", "四");
    }

    @Test
    void theNotesOnFillingInAnAttachedFormAreNoWork() {
        // corpus-files f39: each attached form's title and 填表说明 numbered under it
        PlanDraft d = read("""
                关于做好扶贫对象信息采集工作的通知
                一、采集内容
                1.采集2014年度帮扶措施信息。由县级扶贫移民部门负责采集。
                2.采集2015年度帮扶计划信息。由县级扶贫移民部门负责采集。
                附件
                一、2014年度扶贫开发项目实施情况表（其他）
                填表说明
                1.本表是以县为单位统一填写，由县级扶贫移民部门填报。
                2.联系人：填写县级具体经办人员。
                3.村委会或驻村工作队以村为单位填报此表。
                4.对于选择“其他（9）”的情况，请填写“9”，并注明具体原因。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("采集2014年度帮扶措施信息", "采集2015年度帮扶计划信息");
    }

    @Test
    void stepsCountedOffAsTheFirstStepTheSecondAreTheItemsOfTheirPart() {
        // bm02 (第一步:由县…牵头), corpus-files' g04 (第一步：识别对象核实清理（2015年8月15日前完成）): a plan's steps under its
        // 工作步骤 part, numbered 第一步, 第二步 as items are 1., 2.
        PlanDraft d = read("""
                强化扶持对象精准工作方案
                五、工作步骤及时间安排
                第一步：识别对象核实清理（2023年8月15日前完成）。由县扶贫办负责，对识别结果不精准的进行核实清理。
                第二步：信息数据审核纠错（2023年8月30日前完成）。由县统计局负责审核纠错。
                第三步：贫困现状分析校正（2023年9月10前完成）。由驻村工作组负责分析校正。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("识别对象核实清理", "信息数据审核纠错",
                "贫困现状分析校正");
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2023, 8, 15),
                LocalDate.of(2023, 8, 30), LocalDate.of(2023, 9, 10));
    }

    @Test
    void aPageRunTogetherWithNothingWhereItsLinesEndedIsCutWhereItsNumbersCountUp() {
        // ep04, eo09 (a crawl of 平潭's pages, each page's text on one line): a section's heading runs into its first
        // item, and each item's last field into the next item's number (…配合单位：区财金局2.打造夜景灯光秀项目。…)
        String item = "为丰富小镇夜晚观光旅游元素，拟依托现有的高塔和下沉式露天广场及演艺舞台的硬件设施，进行必要的美化、绿化和提升改造。";
        PlanDraft d = read("澳前台湾小镇2023年工作实施方案\n"
                + "二、澳前台湾小镇工作任务（一）多项产业协同发展，助推小镇人气集聚1.设置离岛免税商城。" + item.repeat(4)
                + "牵头单位：区免税办责任单位：区交通集团配合单位：区财金局、旅发委2.打造夜景灯光秀项目。" + item.repeat(4)
                + "牵头单位：区交通集团责任单位：两岸发展公司配合单位：区旅发委、规划局（二）精心谋划，优化提升小镇业态布局"
                + "1.缩小海关监管围网。" + item.repeat(4) + "牵头单位：平潭海关责任单位：区两岸发展公司2.科学布局小镇业态。"
                + item.repeat(4) + "牵头单位：区交通集团\n");

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("设置离岛免税商城", "打造夜景灯光秀项目",
                "缩小海关监管围网", "科学布局小镇业态");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("区免税办"), List.of("区交通集团"),
                List.of("平潭海关"), List.of("区交通集团"));
        assertThat(d.tasks().get(0).assist()).containsExactly("区交通集团", "区财金局", "旅发委");
    }

    @Test
    void piecesUnderANumberedHeadingThatEachCloseWithWhoDoesThemAreItsTasks() {
        // ep09 and the plans written after 水十条 (国发〔2015〕17号): under "1．狠抓重点排污行业整治" unnumbered pieces, each a
        // heading sentence and its text, each closing with the bracket that says who leads it and who takes part
        PlanDraft d = read("""
                水污染防治行动计划工作方案
                （一）全面控制污染物排放
                1．狠抓重点排污行业整治
                取缔“十小”企业。全面排查装备水平低、环保设施差的小型工业企业。年底前全部取缔。（区环境与国土资源局牵头，区经济发展局等参与）
                专项整治重点排污行业。推进船舶修造、电子加工等行业专项治理。（区环境与国土资源局牵头，区社会事业局参与）
                持续整治矿山采选行业。全面禁止矿产开采。（区环境与国土资源局牵头）
                2．强化城镇生活污染治理
                加快城镇污水处理设施建设与改造。建立全区统一协调的建设机制。（区交通与建设局牵头，区经济发展局参与）
                全面加强配套管网建设。强化城中村污水截流、收集。（区交通与建设局牵头）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("取缔“十小”企业", "专项整治重点排污行业",
                "持续整治矿山采选行业", "加快城镇污水处理设施建设与改造", "全面加强配套管网建设");
        assertThat(d.tasks().get(1).lead()).containsExactly("区环境与国土资源局");
        assertThat(d.tasks().get(1).assist()).containsExactly("区社会事业局");
    }

    @Test
    void piecesRunTogetherAfterTheBracketThatSaysWhoDoesThemAreCutApart() {
        // ep09 (a crawl that put each page on one line): each piece's heading runs on right after the bracket before
        // it; not a sentence of the same piece going on after its bracket (bn04: "（市规划国土委负责落实）推进支持雄安新区建设、…")
        PlanDraft d = read("水污染防治行动计划工作方案\n（一）全面控制污染物排放\n"
                + "1．狠抓重点排污行业整治。取缔“十小”企业。全面排查小型工业企业。（区环境与国土资源局牵头，区经济发展局等参与）"
                + "专项整治重点排污行业。推进船舶修造、电子加工等行业专项治理。（区环境与国土资源局牵头，区社会事业局参与）"
                + "持续整治矿山采选行业。全面禁止矿产开采，严厉打击非法违法采矿。（区环境与国土资源局牵头）\n");

        // the heading is the group's, its first piece (取缔“十小”企业) run on after it the first task
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("取缔“十小”企业", "专项整治重点排污行业",
                "持续整治矿山采选行业");
        assertThat(d.tasks().get(2).lead()).containsExactly("区环境与国土资源局");
    }

    @Test
    void anItemRunOnRightAfterTheBracketOfWhoDoesTheOneBeforeIsAnItemOfItsOwn() {
        // er02 (黑龙江's 2013 report duties): two targets on one line, the second's number right after the first's
        // bracket of who does it, as an item's labelled fields are followed by the next item run on
        PlanDraft d = read("""
                关于落实《政府工作报告》重点工作责任分工的意见
                一、全省经济社会发展主要目标
                (一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)
                (三)全社会固定资产投资增长30%以上。(省发改委主办,省工信委、国土资源厅协办)
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("地区生产总值增长11%左右",
                "公共财政收入增长13%左右", "全社会固定资产投资增长30%以上");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("省发改委"), List.of("省财政厅"),
                List.of("省发改委"));
    }

    @Test
    void unitsWhoseDutiesAnItemGivesAfterTheWordForThemLeadIt() {
        // er04 (资阳's transport crackdown, page 2): "（九）工商部门职责：…", the units, 职责, then their duties, as an item
        // opening with its units and a colon gives them ("（一）县公安局：负责…")
        PlanDraft d = read("""
                关于开展打击非法营运专项整治行动的实施方案
                二、部门职责
                (一)公安部门职责:负责对非法营运车辆的查处,依法打击暴力抗法行为。
                (二)交通部门职责:负责道路运输市场的监督管理,查处非法营运行为。
                (三)广电局、资阳日报社职责:负责整顿工作的宣传报道,公开曝光非法营运车辆。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("公安部门"), List.of("交通部门"),
                List.of("广电局", "资阳日报社"));
        assertThat(d.tasks().get(0).content()).isEqualTo("负责对非法营运车辆的查处,依法打击暴力抗法行为");
    }

    @Test
    void aNationalPlansPiecesEachClosedByWhoGuidesOrDoesThemAreItsTasks() {
        // er09 (国办发〔2018〕128号) and the State Council's plans after it: a group's heading with its first piece run
        // on in its paragraph, then paragraphs of pieces, some holding two, each closed by the bracket naming the
        // ministries that guide it (指导) or lead it, beside the places that carry it out (负责落实), which assist
        PlanDraft d = read("""
                “无废城市”建设试点工作方案
                二、主要任务
                （一）强化顶层设计引领，发挥政府宏观指导作用。建立“无废城市”建设指标体系，发挥导向引领作用。2019年6月底前，研究建立指标体系。（生态环境部牵头，国家统计局参与）
                优化固体废物管理体制机制，强化部门分工协作。建立部门责任清单，明确部门职责边界。（生态环境部指导，试点城市政府负责落实）
                （二）践行绿色生活方式，推动生活垃圾源头减量和资源化利用。以绿色生活方式为引领，促进生活垃圾减量。发布绿色生活方式指南。（生态环境部、住房城乡建设部指导）
                支持发展共享经济，减少资源浪费。限制生产、销售一次性不可降解塑料袋。（国家发展改革委、商务部负责）推动公共机构无纸化办公。大力推广绿色办公。（国管局负责）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("建立“无废城市”建设指标体系，发挥导向引领作用",
                "优化固体废物管理体制机制，强化部门分工协作", "以绿色生活方式为引领，促进生活垃圾减量", "支持发展共享经济，减少资源浪费",
                "推动公共机构无纸化办公");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("生态环境部"), List.of("生态环境部"),
                List.of("生态环境部", "住房城乡建设部"), List.of("国家发展改革委", "商务部"), List.of("国管局"));
        assertThat(d.tasks().get(1).assist()).containsExactly("试点城市政府");
        // the group's number is not the piece's
        assertThat(d.tasks().get(0).no()).isNotEqualTo("（一）");
    }

    @Test
    void aGroupsLeadNamedOnceOverItemsThatEachNameWhoCarriesThemOutLeadsEachOfThem() {
        // corpus-files f47 (a bureau's minutes: 牵头处（室）：X under each group's heading, 由Y负责落实 in each item), as f21's
        // ledger takes each row's lead from its group row across the table
        PlanDraft d = read("""
                局务会议纪要
                三、贯彻落实全会工作分工
                （一）“六个深化”工作责任分工。
                牵头处（室）：扶贫开发指导处。
                1.深化精准识别建档立卡工作，由信息统计处负责落实；
                2.深化干部驻村帮扶工作，由人事处、机关党委负责落实；
                3.深化精准扶持措施工作，由扶贫开发指导处、政策法规处负责落实。
                （二）考核办法工作责任分工。
                牵头处（室）：扶贫开发指导处；
                配合协作处（室）：办公室、人事处。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("扶贫开发指导处"),
                List.of("扶贫开发指导处"), List.of("扶贫开发指导处"), List.of("扶贫开发指导处"));
        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(List.of("信息统计处"),
                List.of("人事处", "机关党委"), List.of("政策法规处"), List.of("办公室", "人事处"));
    }

    @Test
    void dutiesCountedOffByTheirBodiesBesideItemsWithTheirOwnFieldsAreWorkToo() {
        // ep03 (dated stages each with its 责任单位 line, then 六、责任分工 counting off who does what), bw06, f23, f47: a part
        // whose items say in their sentences who does them stands beside items that name theirs in a field
        PlanDraft d = read("""
                全区殡葬专项整治工作方案
                三、方法步骤
                第一阶段：宣传发动，调查摸底（5月1日—5月31日）要充分利用各种媒体宣传到位。责任单位：区党工委宣传部、综合执法局
                第二阶段：自查自纠，全面整治（6月1日—6月30日）各乡（镇）要将整治通知书发放到户。责任单位：区综合执法局、公安局
                四、建立举报制度
                要建立举报制度，畅通举报渠道。责任单位：区财政金融局、社会事业局
                六、责任分工
                专项整治工作时间紧、任务重，各部门要通力合作。
                （一）区公安局负责做好乱滥建坟墓专项整治行动维稳工作。
                （二）区党工委宣传部负责殡葬改革宣传工作。
                （三）区社会事业局要严格履行主管部门职责。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("区党工委宣传部", "综合执法局"),
                List.of("区综合执法局", "公安局"), List.of("区财政金融局", "社会事业局"), List.of("区公安局"),
                List.of("区党工委宣传部"), List.of("区社会事业局"));
    }

    @Test
    void aSectionOfTwoItemsRunIntoItsHeadingIsCutToo() {
        // ep04's （二）, dj09: a section whose heading runs into its first item and whose first item's fields run into its
        // second, a few sentences each
        String item = "为优化市场布局，丰富小镇业态，申请将海关监管围网进行收缩，为其他贸易业态布局腾挪场地空间。";
        PlanDraft d = read("澳前台湾小镇2023年工作实施方案\n"
                + "（二）精心谋划，优化提升小镇业态布局1.缩小海关监管围网。" + item.repeat(3)
                + "牵头单位：区商务局责任单位：区两岸发展公司2.科学布局小镇业态。" + item.repeat(2)
                + "牵头单位：区交通集团责任单位：区两岸发展公司配合单位：区规划局\n");

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("缩小海关监管围网", "科学布局小镇业态");
    }

    @Test
    void aBracketAfterTheNameASentenceEndsWithIsThatNamesPartNotWhoDoesTheItem() {
        // eo11 (五、工作内容 counting off each body's duty; item 3 ends "…适时通报给社会事业局（教育处）；"), du02: the bracket is
        // the office inside the body named last, not the item's units, so the list is no list of labelled items
        PlanDraft d = read("""
                平安上学路交通专项整治工作方案
                五、工作内容
                1.区交通与建设局负责打击面包车、两轮摩托车等非校车的非法营运行为；
                2.区社会事业局负责督促落实校园周边标志、标线等交通安全设施的完善；
                3.区公安局负责开展重点整治，并将查处违法行为情况适时通报给社会事业局（教育处）；
                4.区综合执法局负责校园周边占道摊点、店面外溢违停占道等违章行为的综合整治；
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("区交通与建设局"),
                List.of("区社会事业局"), List.of("区公安局"), List.of("区综合执法局"));
    }
}
