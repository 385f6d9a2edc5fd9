package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table shapes that recur in the corpus's weakest table notices. */
class TableShapesTest {

    private static PlanDraft read(String text) {
        return new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText(text);
    }

    @Test
    void rowsUnderACategoryMergedOverThemAreSetUnderTheirColumnsAndTheSitesIndexBelowIsNoRow() {
        // db02: the category cell written in the first row only, the rows under it one cell short (a person then under
        // the units, the units under the target), a notes column last; the site's index right under the last row
        PlanDraft d = read("""
                类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 监督电话 |
                四、教育文化 | 14.改扩建泉山学校 | 完成泉山学校一期2座教学楼建设。 | 教育体育局 | 刘福利 | 完成主体施工。 | 监督电话0535-8246306 |
                15.推进学校塑胶运动场地建设 | 完成罗峰学校塑胶运动场地建设。 | 教育体育局 | 刘福利 | 完成基础施工30%。 | 监督电话0535-8246306 | |
                16.推进义务教育课后服务 | 对全市34所义务教育学校实行课后服务全覆盖。 | 教育体育局 | 刘福利 | 学生参与率100%。 | 监督电话0535-8246336 |
                索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("改扩建泉山学校", "推进学校塑胶运动场地建设",
                "推进义务教育课后服务");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsOnly(List.of("教育体育局"));
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 10, 8));
    }

    @Test
    void rowsOneCellALineThatLostTheirTimeAndUnitsToCellsMergedOverThemKeepTheRowAbovesAndTheLastRowItsOwn() {
        // o01, c06, cg02, v16: the first row of a group holds every cell, the rows under it only their work (and some
        // their unit), the deadline and the unit merged over them; the table's last row is as short as a page cut it
        PlanDraft d = read("""
                序号
                类别
                工作任务
                完成时限
                责任领导
                责任股室
                1
                公共文化
                全年开展送戏下乡演出不少于80场。
                11月底前
                张明
                文化股
                2
                推进总分馆制建设。
                文化馆
                3
                开展“三下乡”活动。
                4
                文化市场
                开展专项整治行动4次。
                6月底前
                李华
                执法大队
                5
                净化网络文化环境。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("文化股"), List.of("文化馆"),
                List.of("文化馆"), List.of("执法大队"), List.of());
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2024, 11, 30),
                LocalDate.of(2024, 11, 30), LocalDate.of(2024, 11, 30), LocalDate.of(2024, 6, 30), null);
    }

    @Test
    void aProgressTablesReportColumnsAfterItsUnitsAreColumnsStill() {
        // db06: one cell a line, each closed by its pipe; after the units, columns of what was done by a month
        // (1-10月推进情况), whether it is on time and a note: the rows keep their cells under the right columns
        PlanDraft d = read("""
                2023年区政府重点民生实事项目推进情况(1-11月)
                序号 |
                主要任务 |
                分管 领导 |
                牵头 单位 |
                责任主体与协同单位 |
                1-10月推进情况 |
                1-11月推进情况 |
                是否达序 |
                说明 |
                24 |
                优化提升50条背街后巷交通组织。 |
                徐国江 |
                城管局 |
                市政局、相关街道 |
                已进场施工,完成30%。 |
                已进场施工,完成60%。 |
                是 |
                ||
                25 |
                新增四分类“三定一督”达标小区210个。 |
                徐国江 |
                城管局 |
                市政局、环卫处、各街道 |
                已进场施工,正在推进点位选址。 |
                在46个小区,建成38个厢房。 |
                否 |
                项目于9月28才签订合同,滞后了2个月。 |
                |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("优化提升50条背街后巷交通组织。",
                "新增四分类“三定一督”达标小区210个。");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsOnly(List.of("城管局"));
        assertThat(d.tasks().get(1).assist()).containsExactly("市政局", "环卫处", "各街道");
    }

    @Test
    void aScheduleOneCellALineKeepsItsDayForTheRowsUnderItAndEachNumberedItemOfACell() {
        // di03: the header's last cell wrapped before its last letter (责任科单 / 位); the day merged over the rows after
        // it, written in the first only; items of the work column sharing one units' cell run into one cell
        PlanDraft d = read("""
                2017年益阳市初中毕业学业水平考试与高中阶段学校招生工作时间安排
                时间
                工作内容
                责任科单
                位
                3月31日前
                1.上报辖区内各高中学校分校招生计划。
                市、各区县(市)计财科(股)
                2.下达区县(市)高中阶段招生计划。
                市教育局计财科
                4月1-30日
                1.全市初中毕业生学业水平考试报名。
                2.区县(市)上报信息技术、实验操作考试、体育测试方案。
                3.中小学招生宣传工作检查、督查。
                市、区县(市)教育局中招办
                6月16-17日
                全市初中毕业学业水平考试。
                市教育考试院
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("上报辖区内各高中学校分校招生计划。",
                "下达区县(市)高中阶段招生计划。", "全市初中毕业生学业水平考试报名。", "区县(市)上报信息技术、实验操作考试、体育测试方案。",
                "中小学招生宣传工作检查、督查。", "全市初中毕业学业水平考试。");
        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("3月31日前", "3月31日前", "4月1-30日",
                "4月1-30日", "4月1-30日", "6月16-17日");
        assertThat(d.tasks().get(1).lead()).containsExactly("市教育局计财科");
        assertThat(d.tasks().get(4).lead()).containsExactly("市", "区县(市)教育局中招办");
    }

    @Test
    void aNumberClosingAWorkCellWithNoWordsAfterItIsNoItemOfItsOwn() {
        // a copy cut after the next item's number ("…。3."): the cell's items are read, the lone number stays in the
        // text (it once failed the whole read)
        PlanDraft d = read("""
                工作时间安排
                工作内容 | 责任单位 | 完成时间 |
                1.上报招生计划。2.下达招生计划。3. | 市教育局 | 3月底前 |
                2.召开招生工作会议。 | 市教育局 | 4月底前 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("上报招生计划。", "下达招生计划。3.",
                "召开招生工作会议。");
    }

    @Test
    void aColumnOfThePeopleInChargeIsNoPartOfTheNextRowsTask() {
        // cz01: 任务 | 完成时间 | 负责单位 | 负责人, a cell a line: the 负责人 column names people, as 责任人 does, and its
        // header word is one of the header's, not the first row's
        PlanDraft d = read("""
                三、任务分解
                任务
                完成时间
                负责单位
                负责人
                召开第五届田径运动会筹备会。
                3月12日
                校工会
                杨红霞
                确定运动会比赛项目,发布举办运动会通知。
                3月15日
                体育教学部
                李俊
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("召开第五届田径运动会筹备会。",
                "确定运动会比赛项目,发布举办运动会通知。");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("校工会"), List.of("体育教学部"));
    }

    @Test
    void anItemsCodeUnderItsNumberColumnKeepsTheCellsOfAListCopiedOneCellPerLineInTheirColumns() {
        // q11's spot-check list (序号 | 部门 | 事项编号 | 事项名称 | …) as a copy gives it one cell per line: the code is
        // the 事项编号's, not a misplaced cell that pushes the row's names one column on
        PlanDraft d = read("""
                县教育局“双随机、一公开”抽查事项清单
                序号
                部门
                事项编号
                事项名称
                依据
                检查内容
                备注
                1
                教育局
                36041052602001
                营养改善计划
                省教体卫艺[2016]1004号
                营养改善计划落实情况
                \s
                2
                教育局
                36041052601002
                校外培训机构规范办学行为检查
                《关于进一步减轻义务教育阶段学生学业负担的意见》
                办学行为检查
                \s
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("营养改善计划", "校外培训机构规范办学行为检查");
        assertThat(d.tasks()).allSatisfy(t -> assertThat(t.lead()).containsExactly("教育局"));
    }

    @Test
    void aLongHeaderCellNoVocabularyKnowsBetweenHeaderWordsKeepsTheHeaderGoingOnPastIt() {
        // g05's spot-check plan copied one cell per line: 市县统一实施或市县分别实施 stands between 检查主体 and 责任科室
        PlanDraft d = read("""
                2024年度交通运输系统部门内部“双随机、一公开”抽查计划
                序号
                抽查事项
                检查时间
                检查主体
                市县统一实施或市县分别实施
                责任科室
                1
                公路水运建设市场督查
                3月-10月
                市、县级交通运输部门
                市县分别实施
                建管科
                2
                对涉路工程建设项目的抽查
                9月-10月
                市、县级交通运输部门
                市县分别实施
                公路科
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("公路水运建设市场督查", "对涉路工程建设项目的抽查");
        // read as its pipe rows read: the 实施 column no body, the 科室 who does the check
        assertThat(d.tasks().get(0).lead()).contains("建管科").doesNotContain("市县分别实施");
        assertThat(d.tasks().get(1).lead()).contains("公路科").doesNotContain("市县分别实施");
    }

    @Test
    void aLastHeaderWordNoVocabularyKnowsRightBeforeTheFirstRowsNumberIsAColumnStill() {
        // bq02's table copied one cell per line: 落实情况 closes the header, and its cells are no units of the row
        PlanDraft d = read("""
                10件民生实事任务分解表
                序号
                具体工作任务和要求
                责任领导
                责任单位
                落实情况
                1
                提升幼教服务水平,扩充公办幼儿园学位至1800个。
                毛晓青
                县教体局
                县中心幼儿园已启动扩建前期工作,完成凤凰城小区、东山中央城等8所小区配套幼儿园治理工作,新增学位1290个。
                2
                扎实推进城乡供水一体化建设,提升城区供水能力。
                毛晓青
                县住建局
                已完成尚贤、冠山等6个乡镇供水管网设施建设。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("县教体局");
        assertThat(d.tasks().get(1).lead()).containsExactly("县住建局");
    }

    @Test
    void besideAHostsColumnTheBodiesThatCarryTheEventOutAssistThoughAHelpersColumnStandsToo() {
        // be10: 主办单位 | 承办单位 | 协办, one cell per line; the corpus README has 承办 and 协办 assist beside 主办
        PlanDraft d = read("""
                市区春节主要文化活动安排
                序号
                活动内容
                主办单位
                承办单位
                协办
                时间
                1
                迎新春文艺晚会
                市文化和旅游局
                市歌舞艺术研究中心
                市公安局
                2月8日20:00
                2
                春节民间民俗艺术汇演
                秦州区委、区政府
                秦州区委宣传部、区文化局
                秦州区公安局
                2月27日10:00
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("市文化和旅游局");
        assertThat(d.tasks().get(0).assist()).containsExactly("市歌舞艺术研究中心", "市公安局");
        assertThat(d.tasks().get(1).lead()).containsExactly("秦州区委", "区政府");
        assertThat(d.tasks().get(1).assist()).containsExactly("秦州区委宣传部", "区文化局", "秦州区公安局");
    }

    @Test
    void aPipeTableWhoseCellsHoldLineBreaksIsReadRowByRow() {
        // be03: each cell after a row's first opened by its pipe at a line's start, each row closed by a lone pipe
        PlanDraft d = read("""
                艺术节演出安排
                演出时间
                | 地 点
                | 演出内容
                | 演出团体
                |
                6月29日(星期二)
                20:00
                | 玉皇阁
                广场
                | 非洲风情歌舞
                | 莫桑比克艺术团
                |
                7月18日(星期日)上午9:00
                | 中山
                公园
                | 银川市非物质文化
                遗产代表作专场演出
                | 银川艺术剧院、银川市民间艺术传承人
                |
                7月20日(星期二)
                20:00
                | 光明
                广场
                | 陕北民间歌舞
                | 榆林市民间艺术团
                |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("非洲风情歌舞", "银川市非物质文化 遗产代表作专场演出", "陕北民间歌舞");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2024, 6, 29));
        assertThat(d.tasks().get(1).lead()).containsExactly("银川艺术剧院", "银川市民间艺术传承人");
        assertThat(d.tasks().get(2).lead()).containsExactly("榆林市民间艺术团");
    }

    @Test
    void aPipeRowWhoseLastCellWrappedOntoALineOfItsOwnGoesOn() {
        PlanDraft d = read("""
                世界标准日活动安排
                序号 | 项目名称 | 负责单位 | 参与单位 | 时间 | 地点 |
                1 | 标准化经验座谈会 | 市质量技术监督局 | 国家标准委、有关区县质监局 | 10月17日 | 市质监局 |
                2 | 优秀论文交流会 | 市标准化协会 | 各有关部门、行业、企业 | 10月14日
                | 和平里大酒店
                |
                3 | 国际标准化知识培训会 | 市标准化研究院 | 试点企业 | 10月中旬 |
                |
                4 | 公共图形符号宣传活动 | 市质监局 | 各区质监局 | 10月下旬 | 市质监局 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("标准化经验座谈会", "优秀论文交流会", "国际标准化知识培训会", "公共图形符号宣传活动");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2024, 10, 14));
        assertThat(d.tasks().get(1).lead()).containsExactly("市标准化协会");
        assertThat(d.tasks().get(2).lead()).containsExactly("市标准化研究院");
        assertThat(d.tasks().get(3).assist()).containsExactly("各区质监局");
    }

    @Test
    void anInspectionPlansCycleIsItsTimeAndItsDatesWinOverHowOftenTheChecksRecur() {
        PlanDraft cycle = read("""
                2021年朝阳区生态环境局执法检查计划
                检查类别 检查事项 检查依据 检查主体 检查方式 检查对象 检查周期
                一般检查 开展各类专项执法检查 生态环境保护法律、法规 朝阳区生态环境局 现场检查 污染源 全年
                双随机检查 排污单位污染物排放情况抽查 生态环境保护法律、法规 朝阳区生态环境局 随机抽取 企业 第三季度
                """);
        PlanDraft both = read("""
                2020年怀柔区随机抽查事项清单
                序号 抽查事项 抽查对象 抽查周期 抽查主体 实施日期
                1 娱乐场所日常经营活动 娱乐场所 每月一次 怀柔区文化和旅游局 2020年全年
                2 印刷单位日常经营活动 印刷企业 每季度一次 怀柔区文化和旅游局 2020年下半年
                """);

        assertThat(cycle.tasks()).extracting(TaskDraft::content).containsExactly("开展各类专项执法检查", "排污单位污染物排放情况抽查");
        assertThat(cycle.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(cycle.tasks().get(1).end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(both.tasks()).extracting(TaskDraft::timeText).containsExactly("2020年全年", "2020年下半年");
        assertThat(both.tasks().get(1).start()).as("the year its cell names").isEqualTo(LocalDate.of(2020, 7, 1));
    }

    @Test
    void aPipeHeaderBrokenAfterItsPipeGoesOnWithWordsNoVocabularyKnows() {
        // the header's second line does not open with a pipe, and holds 是否联合检查, a word that heads a column nonetheless
        PlanDraft d = read("""
                | 序号 | 任务名称 | 制定任务依据 | 检查类型 |
                实施主体 | 是否联合检查 | 联合部门 | 检查事项 | 任务日期 |
                | 1 | 体育培训机构日常检查 | 《民办教育促进法》等文件 | 日常 | 涪城区教育和体育局 | 是 | 区市场监管局 | 办学申请及常规工作检查 | 2024.03.01-2024.06.30 |
                | 2 | 公共体育场馆日常检查 | 《体育法》 | 日常 | 涪城区教育和体育局 | 否 | 无 | 场馆安全 | 2024.07.01-2024.12.31 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("体育培训机构日常检查", "公共体育场馆日常检查");
        assertThat(d.tasks().get(0).lead()).containsExactly("涪城区教育和体育局");
        assertThat(d.tasks().get(0).assist()).containsExactly("区市场监管局");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void aUnitCellThatSaysAsTheWorkNeedsNamesNoUnit() {
        PlanDraft d = read("""
                | 序号 | 任务名称 | 实施主体 | 联合部门 | 任务日期 |
                | 1 | 场馆检查 | 区体育中心 | 根据需要 | 2024.07.01-2024.12.31 |
                | 2 | 游泳场所检查 | 区教体局 | 视情况而定 | 2024.07.01-2024.12.31 |
                | 3 | 培训机构检查 | 区文旅局 | 区市场监管局 | 2024.07.01-2024.12.31 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(java.util.List.of(), java.util.List.of(),
                java.util.List.of("区市场监管局"));
    }

    @Test
    void aTableOfTheYearsExpectedTargetsNamesItsWorkInItsTargetColumn() {
        // ag01: a 政府工作报告's 预期目标任务分解表, "序号 / 2022年预期目标 / 责任单位", one cell a paragraph
        PlanDraft d = read("""
                2022年区政府工作报告经济社会发展预期目标任务分解表

                序号

                2022年预期目标

                责任单位

                1

                地区生产总值增长5.5%左右

                区发展改革委

                2

                工业增加值增长7%左右

                区经济信息委

                3

                社会消费品零售总额增长8%左右

                区商务委
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("地区生产总值增长5.5%左右", "工业增加值增长7%左右", "社会消费品零售总额增长8%左右");
        assertThat(d.tasks().get(1).lead()).containsExactly("区经济信息委");
    }

    @Test
    void aResponsibilityWrittenInTraditionalCharactersSplitsAsInSimplified() {
        // o05: "(各州、市人民政府牽頭;省公安廳、監察廳、旅遊發展委、工商局、編辦,省法院配合)", and a unit cell "A牽頭，B配合"
        PlanDraft items = read("""
                旅遊市場秩序整治方案
                (十四)建立健全綜合監管指揮平台。強化綜合調度指揮中心職責。(各州、市人民政府牽頭;省公安廳、監察廳、編辦,省法院配合)
                (十五)強化三支執法隊伍。建立旅遊市場執法隊伍。(省旅遊發展委牽頭;省公安廳、工商局,省法院配合)
                """);
        PlanDraft table = read("""
                序號 | 工作任務 | 責任單位 | 完成時限 |
                1 | 開展旅遊市場專項檢查 | 縣市場監管局牽頭，縣公安局、縣文旅局配合 | 6月底前 |
                2 | 公布旅遊投訴電話 | 縣文旅局牽頭，縣融媒體中心配合 | 5月底前 |
                """);

        assertThat(items.tasks().get(1).lead()).containsExactly("省旅遊發展委");
        assertThat(items.tasks().get(0).assist()).containsExactly("省公安廳", "監察廳", "編辦", "省法院");
        assertThat(items.tasks().get(1).assist()).containsExactly("省公安廳", "工商局", "省法院");
        assertThat(table.tasks().get(0).lead()).containsExactly("縣市場監管局");
        assertThat(table.tasks().get(0).assist()).containsExactly("縣公安局", "縣文旅局");
        assertThat(table.tasks().get(1).assist()).containsExactly("縣融媒體中心");
    }

    @Test
    void aUnitCellLabelledWithItsHostAndTheBodyCarryingItOutSplitsIntoLeadAndAssist() {
        PlanDraft d = read("""
                序号 | 项目名称 | 负责单位 | 参与单位 | 时间 |
                1 | 世界标准日宣传活动 | 主办:市质监局 承办:市标准化协会 | 各有关委办局、区质监局 | 10月14日 |
                2 | 参观汽车博物馆 | 市标准化协会 | 各有关委办局 | 10月15日 |
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("市质监局");
        assertThat(d.tasks().get(0).assist()).containsExactly("市标准化协会", "各有关委办局", "区质监局");
        assertThat(d.tasks().get(1).lead()).containsExactly("市标准化协会");
    }

    @Test
    void aSpotCheckInitiatedByALevelNamesInBracketsTheOfficesThatLeadIt() {
        PlanDraft d = read("""
                2024年度部门联合抽查工作计划

                序号

                抽查任务名称

                抽查事项

                发起方式

                抽查主体(层级)

                抽查比例

                实施抽查时间段

                1

                人工繁育野生动物的检查

                人工繁育保护野生动物的检查

                市级组织发起(市局林政科负责)

                市、县级林业主管部门

                5%

                2024年9月至11月

                2

                全省大型企业年报公示信息定向抽查

                年报公示信息的检查

                市级统一组织发起(信用监管科、网络交易监管科按职责分工指导)

                县(市、区)级市场监管部门

                3%

                2024年3月至10月
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("市局林政科");
        assertThat(d.tasks().get(0).assist()).isEmpty();
        assertThat(d.tasks().get(1).lead()).containsExactly("信用监管科", "网络交易监管科");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2024, 10, 31));
    }

    @Test
    void aHeaderNoteWhoseClosingBracketWasLostStaysWithItsCell() {
        PlanDraft d = read("""
                序号

                抽查任务名称

                抽查事项

                发起方式

                (牵头指导

                抽查主体(层级)

                抽查时间段

                1

                全省市场监管部门不定向抽查

                营业执照规范使用情况的检查

                县区局自行组织发起(信用监管科、产品质量监管科按职责分工指导)

                县(区)级市场监管部门

                2024年3月至10月
                """);

        assertThat(d.tasks()).hasSize(1);
        assertThat(d.tasks().get(0).lead()).containsExactly("信用监管科", "产品质量监管科");
    }

    @Test
    void aSpotCheckTableThatNamesItsPlanInEveryRowTitlesAPageWithNoOther() {
        // y05 (the 双随机 system's export, as q12 and n19 have it): 抽查计划名称 the same in every row
        PlanDraft d = read("""
                更新时间:2023-04-23来源:区市场监督管理局
                抽查计划编号 | 抽查计划名称 | 抽查任务名称 | 抽查事项 | 检查时间 | 责任股室 |
                43000020231001 | 芦淞区市场监督管理局2023年度专项抽查工作计划 | 年报公示信息检查 | 公示信息抽查 | 7月至12月 | 信用监管股 |
                43000020231001 | 芦淞区市场监督管理局2023年度专项抽查工作计划 | 广告活动行为检查 | 广告发布抽查 | 7至11月 | 广告监管股 |
                """);

        assertThat(d.title()).isEqualTo("芦淞区市场监督管理局2023年度专项抽查工作计划");
        assertThat(d.tasks()).hasSize(2);
    }

    @Test
    void aChecksPlanNamedBesideTheCheckItselfGivesWayToTheCheck() {
        // bn06, bn07, ak04: 计划名称 names the plan a row belongs to, the longer 抽查事项 beside it the row's check; beside a
        // 任务名称 (n16) the names stay the task
        PlanDraft d = read("""
                序号 | 计划名称 | 抽查对象 | 抽查事项 | 实施时间 |
                1 | 建设项目监管 | 建设项目的所属单位 | 建设项目“三同时”落实情况的检查 | 4-11月 |
                2 | 汽车维修企业监管 | 汽车维修单位 | 对喷涂污染防治设施运维情况和露天喷涂行为的检查 | 4-11月 |
                """);
        PlanDraft named = read("""
                序号 | 计划名称 | 任务名称 | 抽查事项 | 实施时间 |
                1 | 托幼机构卫生保健工作检查 | 定向 | 托幼机构卫生保健工作情况的检查 | 5-12月 |
                2 | 民办学校年检 | 定向 | 民办学校办学行为和年度检查情况的检查 | 5-12月 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("建设项目“三同时”落实情况的检查",
                "对喷涂污染防治设施运维情况和露天喷涂行为的检查");
        assertThat(named.tasks()).extracting(TaskDraft::content).containsExactly("托幼机构卫生保健工作检查", "民办学校年检");
    }

    @Test
    void aCellPerParagraphTableWithWrappedHeadCellsAnEmptyColumnAndItsHeadRepeated() {
        // ae03: "牵头 / 部门" is one column, 项目类别 is empty in every row, the head comes again after a page break
        PlanDraft d = read("""
                “十一五”规划工作分解之四：社会事业发展

                序号

                项目

                类别

                具 体 内 容

                牵头

                部门

                相关责任部门

                完成

                时间

                108

                继续全面推进素质教育

                教育局

                13个街道、镇

                2010年

                109

                深化推进二期课程教材改革

                教育局

                相关部门

                2010年

                序号

                项目

                类别

                具 体 内 容

                牵头

                部门

                相关责任部门

                完成

                时间

                110

                构建疾病预防控制二级网络

                卫生局

                13个街道、镇

                2010年
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("108", "109", "110");
        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("继续全面推进素质教育", "深化推进二期课程教材改革", "构建疾病预防控制二级网络");
        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(java.util.List.of("教育局"), java.util.List.of("教育局"), java.util.List.of("卫生局"));
        assertThat(d.tasks().get(0).assist()).containsExactly("13个街道、镇");
        assertThat(d.tasks().get(1).assist()).containsExactly("相关部门");
    }

    @Test
    void aPipeRowBrokenInsideACellGoesOnAtTheLineThatClosesIt() {
        // ae04: the 协助单位 cell held a line break; the line after it carries the rest of the row and its closing pipe
        PlanDraft d = read("""
                任务 内容 | 国家园林城市 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |
                生 态 环 境 | 1、城市大环境绿化扎实开展。 | 禁止开发城市周围的自然山体,保护植被。 | 市规划局 | 市国土资源局
                市农牧林业局 | 2024年9月20日前 |
                2、建设防护绿地。 | 加强建成区防护绿地的建设及绿化带的管护。 | 市规划局 市建设局 | 有关部门 | 2024年9月20日前 |
                3、城市环境综合治理工作扎实开展。 | 改善污水处理设施、环境卫生设施。 | 市环保局 | | 2024年9月20日前 |
                """);

        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(0).assist()).containsExactly("市国土资源局", "市农牧林业局");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2024, 9, 20));
        assertThat(d.tasks().get(1).content()).startsWith("加强建成区防护绿地");
        assertThat(d.tasks().get(1).lead()).containsExactly("市规划局", "市建设局");
    }

    @Test
    void aSpotCheckTableNamesEachRowByItsFieldWhereItsMattersAreListsOfPoints() {
        // ae02: one cell per line; the last row's 抽查事项 lists four points, one a line; the time column is 实施时段
        PlanDraft d = read("""
                部门联合“双随机、一公开”监管工作抽查计划表
                序号
                抽查领域
                抽查事项
                检查对象
                发起部门
                配合部门
                抽查比例
                计划任务实施时段
                1
                测绘成果质量监督抽查
                1、测绘成果质量抽查
                全市乙级测绘资质单位
                市自然资源和规划局
                市市场监督管理局
                20%
                2024年6-12月
                2
                测绘资质巡查
                1、测绘资质条件的真实性
                2、测绘管理制度执行情况
                3、测绘资质年度报告公示内容真实性
                4、测绘项目登记汇交情况
                全市乙级测绘资质单位
                市自然资源和规划局
                市市场监督管理局
                20%
                2024年6-12月
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("测绘成果质量监督抽查", "测绘资质巡查");
        assertThat(d.tasks()).allSatisfy(t -> {
            assertThat(t.lead()).containsExactly("市自然资源和规划局");
            assertThat(t.assist()).containsExactly("市市场监督管理局");
            assertThat(t.start()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(t.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        });
    }

    @Test
    void aTableADocumentSiteRanIntoOneLineIsReadByItsRunningNumbers() {
        // ae05, ae06, x16: the header's words, then each row opened by its number alone, the cells run together; the
        // header comes again where a page broke
        PlanDraft d = read("""
                钟楼区2024年生活垃圾分类工作任务清单
                序号任务名称目标内容主要责任单位完成期限1习惯培养落实垃圾分类党建引领机制,开展垃圾分类联动会议、活动每季度不少于2次;\
                组织党员和干部参与垃圾分类。镇(街道)、区委组织部等按职责分工负责全年2统筹居(村)民委员会、业主委员会力量,加强垃圾分类宣传,\
                提高生活垃圾分类知晓率和投放准确率。镇(街道)9月底前序号任务名称目标内容主要责任单位完成期限3开展垃圾分类示范片区创建,\
                新建示范小区12个。区城管局、区住建局6月30日前
                """);

        assertThat(d.reading().tables().get(0).header()).containsExactly("序号", "任务名称", "目标内容", "主要责任单位", "完成期限");
        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(0).content()).contains("落实垃圾分类党建引领机制");
        assertThat(d.tasks().get(0).lead()).containsExactly("镇(街道)", "区委组织部等");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(d.tasks().get(1).lead()).containsExactly("镇(街道)");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(d.tasks().get(2).content()).startsWith("开展垃圾分类示范片区创建");
        assertThat(d.tasks().get(2).lead()).containsExactly("区城管局", "区住建局");
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aScheduleOfTimeActivityAndPlaceIsATableItsRowsOpenedByTheirDays() {
        // av03: 时间 | 活动内容 | 活动地点, one cell a line, each time cell wrapped over its day and its hours and the places
        // over two or three lines; a 日期 | 时间 header keeps its two columns apart (b06)
        PlanDraft d = read("""
                孙中山文化周活动安排
                时间
                活动内容
                活动地点
                11月10日
                上午9:30
                图片展开幕式及书籍首发式
                文化艺术中心二楼
                11月11日
                上午9:00
                郑观应思想学术研讨会
                三乡镇
                招商局会所
                11月12日
                上午
                9:00-9:30
                孙中山文化周启动仪式
                故居门前
                """);

        assertThat(d.reading().tables().get(0).header()).containsExactly("时间", "活动内容", "活动地点");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("图片展开幕式及书籍首发式", "郑观应思想学术研讨会",
                "孙中山文化周启动仪式");
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2024, 11, 10),
                LocalDate.of(2024, 11, 11), LocalDate.of(2024, 11, 12));
    }

    @Test
    void aGluedTableMayOpenWithABareNumberWordAndNameItsMeasuresAsTheWork() {
        // ap06: "序" over the running numbers where other tables write 序号, and 具体举措 beside 重点任务 for what each row
        // is to do, as bureaus head a breakdown's columns
        PlanDraft d = read("""
                食品安全示范城市重点任务分解表
                序重点任务具体举措责任单位1全面推行耕地分类管理,在安全利用类耕地落实品种替代等农艺措施,有效提升耕地安全利用率。                市农业农村局、市生态环境局2严禁使用国家明令禁止的农业投入品,严格落实定点经营、实名购买等制度。市农业农村局、各乡镇(街道)
                """);

        assertThat(d.reading().tables().get(0).header()).containsExactly("序", "重点任务", "具体举措", "责任单位");
        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
        assertThat(d.tasks().get(0).content()).startsWith("全面推行耕地分类管理");
        assertThat(d.tasks().get(0).lead()).containsExactly("市农业农村局", "市生态环境局");
        assertThat(d.tasks().get(1).lead()).containsExactly("市农业农村局", "各乡镇(街道)");
    }

    @Test
    void aTableWithNoTimeColumnTakesARowsTimeFromTheCellOfItsWorkThatOpensWithOne() {
        // ae05: 目标任务 cells open with their deadline; the 比例 or 频次 cells of other tables say 全年 of no deadline
        PlanDraft d = read("""
                序号 | 工作内容 | 目标任务 | 责任单位 | 抽查比例及频次 |
                1 | 加强生活垃圾分类宣传发动。 | 2024年2月底前,群众对生活垃圾分类的知晓率达90%以上。 | 市委宣传部、市城管委 | |
                2 | 完善生活垃圾回收利用体系。 | 基本建成生活垃圾回收利用体系。 | 市商务局 | 全年两次 |
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(d.tasks().get(1).end()).isNull();
    }

    @Test
    void theFirstRowsGroupCellBeforeItsNumberIsARowsCellThoughItNamesWorkAsAHeaderWordDoes() {
        // bl06: 分类 merged over the rows, which only the first row of its group keeps, right under the header; its
        // words (发展目标) name work as a header word does, yet they are no header's last cell nor a second header row
        PlanDraft d = read("""
                2023年莲都区政府工作报告重点工作责任分解

                分类

                序号

                事项

                责任单位

                牵头单位

                发展目标

                1

                地区生产总值增长6.5%以上。

                区农业农村局、区经商局、区发改局

                区发改局

                2

                区本级规上工业增加值增长10%。

                区经商局、莲都经开区管委会

                区经商局

                3

                服务业增加值增长6%。

                区商金中心

                区发改局
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(0).content()).isEqualTo("地区生产总值增长6.5%以上。");
        assertThat(d.tasks().get(0).lead()).containsExactly("区发改局");
        assertThat(d.tasks().get(0).assist()).containsExactly("区农业农村局", "区经商局");
        assertThat(d.tasks().get(1).lead()).containsExactly("区经商局");
        assertThat(d.tasks().get(1).assist()).containsExactly("莲都经开区管委会");
        assertThat(d.tasks().get(2).assist()).containsExactly("区商金中心");
    }

    @Test
    void aTableOfTasksAndWhoLeadsThemReadsByTheNumbersItsTaskCellsOpenWithHoweverManyLinesItsLeadersTake() {
        // bl04: 目标任务 | 责任领导 | 责任单位, one cell a paragraph: two columns the vocabulary gives a role, one of people;
        // no number column, each task's cell opens with its number; a row may name two leaders on two lines
        PlanDraft d = read("""
                《政府工作报告》2018年目标任务责任分解

                目标任务

                责任领导

                责任单位

                一、主要预期指标

                1. 生产总值增长7.5%以上。

                董贵波

                市发改委、市经信委、市商务局

                2. 一般公共预算收入增长、城乡居民收入增长与经济增长基本同步。

                董贵波

                郑敏强

                市发改委、市财政局(市地税局)、市人力社保局

                3. 城镇调查失业率控制在5%以内。

                郑敏强

                市人力社保局
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(0).content()).isEqualTo("生产总值增长7.5%以上。");
        assertThat(d.tasks().get(0).lead()).containsExactly("市发改委", "市经信委", "市商务局");
        assertThat(d.tasks().get(1).lead()).containsExactly("市发改委", "市财政局(市地税局)", "市人力社保局");
        assertThat(d.tasks().get(2).content()).isEqualTo("城镇调查失业率控制在5%以内。");
        assertThat(d.tasks().get(2).lead()).containsExactly("市人力社保局");
    }

    @Test
    void underANumberMergedOverManyRowsTheTaskCellsNumbersOpenTheRowsAndAStarBeforeAUnitIsNoPartOfItsName() {
        // bl08: 序号 and 项目 merged over the rows of a group, one cell a line with a line of pipes after each; the task
        // cells carry the running number, a leader's cell is often lost, and ★ marks the first unit
        PlanDraft d = read("""
                区政府2024年重点工作目标任务分解落实方案
                序号
                |
                项目
                |
                重点工作目标任务
                |
                牵头领导
                |
                责任单位
                |
                一、2024年全区经济社会发展主要预期目标
                |
                ||||
                1
                |
                主要预期目标
                |
                1.地区生产总值增长5%以上。
                |
                钱 宇
                |
                ★区发改委、统计局
                |
                2.一般公共预算收入同口径增长6%以上。
                |
                ★区财政局、税务局
                |
                |||
                3.规上工业总产值增长5%左右。
                |
                |
                ★区工信局、统计局
                |
                ||
                4.全社会固定资产投资增长5%左右。
                |
                钱 宇
                |
                ★区发改委、统计局
                |
                ||
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("地区生产总值增长5%以上。",
                "一般公共预算收入同口径增长6%以上。", "规上工业总产值增长5%左右。", "全社会固定资产投资增长5%左右。");
        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(d.tasks().get(1).lead()).containsExactly("区财政局", "税务局");
        assertThat(d.tasks().get(2).lead()).containsExactly("区工信局", "统计局");
        assertThat(d.tasks().get(3).lead()).containsExactly("区发改委", "统计局");
    }

    @Test
    void aTableRunIntoOneLineAfterItsHeadingReadsWithTwoColumnsBesideItsNumber() {
        // bl03 (as ae05 and ae06 with more columns): a document site ran the notice, its heading and its table into one
        // line; the table's header is the number, the work and who does it
        PlanDraft d = read("市政府2024年重点工作责任分工一、副市长重点工作序号内容与要求责任单位"
                + "1确保地区生产总值增长7%以上。服务业增加值增长7%以上。市发改委"
                + "2高质量完成“十四五”规划《纲要》编制并印发实施。市发改委、市统计局"
                + "3推进长三角一体化发展。市发改委");

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(0).content()).startsWith("确保地区生产总值增长7%以上");
        assertThat(d.tasks().get(1).lead()).containsExactly("市发改委", "市统计局");
        assertThat(d.tasks().get(2).lead()).containsExactly("市发改委");
    }

    /** The seed's columns, one cell a line; {@code rowEnd} is what stands between rows ("" or an empty line). */
    private static String cellPerLine(boolean numbered, String rowEnd) {
        String no = numbered ? "序号\n" : "";
        return "2024年“质量月”活动安排表\n\n" + no + "活动内容\n时间\n牵头单位\n配合单位\n" + rowEnd
                + (numbered ? "1\n" : "") + "召开质量月活动启动仪式\n9月1日\n质量发展股\n各市场监管所\n" + rowEnd
                + (numbered ? "2\n" : "") + "开展质量宣传进企业活动\n9月上旬\n质量发展股\n综合执法大队、各市场监管所\n" + rowEnd
                + (numbered ? "3\n" : "") + "组织质量知识竞赛\n9月中下旬\n办公室\n各股室\n";
    }

    @Test
    void aTableOneCellALineReadsWithOrWithoutAnEmptyLineBetweenRowsAndWithOrWithoutANumber() {
        // a page that writes each row as a paragraph and each cell as a line break: the empty lines end rows, they
        // are no cells; and a first row whose cell names an activity (召开…活动…) as a header word does is a row
        for (boolean numbered : new boolean[] {true, false}) {
            for (String rowEnd : new String[] {"", "\n"}) {
                PlanDraft d = read(cellPerLine(numbered, rowEnd));

                assertThat(d.tasks()).as("numbered %s, rows ended by %s", numbered, rowEnd.isEmpty() ? "nothing" : "an empty line")
                        .extracting(TaskDraft::content)
                        .containsExactly("召开质量月活动启动仪式", "开展质量宣传进企业活动", "组织质量知识竞赛");
                assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 9, 1));
                assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2024, 9, 10));
                assertThat(d.tasks().get(1).lead()).containsExactly("质量发展股");
                assertThat(d.tasks().get(1).assist()).containsExactly("综合执法大队", "各市场监管所");
                assertThat(d.tasks().get(2).assist()).containsExactly("各股室");
            }
        }
    }

    @Test
    void anEmptyCellAfterASectionsLastRowDoesNotEndTheTable() {
        // t04, l01 copied one cell a line: rows whose merged section cell the copy dropped end with an empty cell (a line
        // of a space) before the next section's heading; the table goes on under that heading
        PlanDraft d = read("""
                2021年政务公开工作要点分工方案
                工作任务
                具体要求
                责任科室
                一、做好财政信息公开
                1.推进本机关预算、决算及相关报表公开。
                局财务科
                2.及时反馈网民对调查征集信息的意见。
                局办公室
                \s
                二、做好疫情防控信息公开
                3.设立专栏,每月至少更新2条疫情防控信息。
                局防控办
                4.做好疫苗接种信息公开和舆论引导工作。
                局疾控科
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(
                java.util.List.of("局财务科"), java.util.List.of("局办公室"), java.util.List.of("局防控办"),
                java.util.List.of("局疾控科"));
    }

    @Test
    void aLongSectionHeadingInsideATableIsASectionRow() {
        // q15 copied one cell a line: the table's first section heading is 26 characters long
        // (一、围绕省市区党委政府中心工作,提升重点领域信息公开质量); it is a row of the table, not the notice going on
        PlanDraft d = read("""
                2022年政务公开工作要点任务分解
                主要工作任务
                任务内容
                完成时限
                责任单位
                一、围绕省市区党委政府中心工作,提升重点领域信息公开质量
                (一)聚焦营商环境加大公开力度
                1.加强稳进提质系列政策的集成发布、权威解读。
                全年
                区发改局
                2.开展项目预算公开试点,推动项目信息向社会公开。
                12月底前
                区财政局
                3.加强反垄断、反不正当竞争等领域执法信息公开。
                全年
                区市场监管局
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(
                java.util.List.of("区发改局"), java.util.List.of("区财政局"), java.util.List.of("区市场监管局"));
    }

    @Test
    void aRowTheTextEndsInsideKeepsWhatIsVisible() {
        // ax02, l01, p02 copied one cell a line: the page cut off inside the last row, after the first words of its
        // task's cell (numbered on from the row above); the task is kept with what is visible, as its pipes keep it
        PlanDraft d = read("""
                2025年食品安全重点工作任务清单
                工作内容
                工作措施
                责任单位
                完成时限
                1.加强农用地土壤污染源头防控。
                县生态环境分局
                11月底前
                2.持续开展农药科学施用增效行动。
                县农业农村局
                11月底前
                3.深化“校园餐”问题专项整治。
                县教育体育局
                11月底前
                4.加大校园周边食品安全监督检查力度,重点排查学生校外托餐场
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).endsWith("加大校园周边食品安全监督检查力度,重点排查学生校外托餐场");
        assertThat(d.tasks()).hasSize(4);
        assertThat(d.tasks().get(3).no()).isEqualTo("4");
    }

    @Test
    void anEmptyLastHeaderCellIsAColumn() {
        // br08 copied one cell a line: the header's last cell is empty (a note column no one named), a line of a space
        // as the rows' empty cells are; without it as a column every row after the first is cut a cell off
        PlanDraft d = read("""
                长沙将举行国庆系列活动(附详表)
                内 容
                时 间
                地 点
                \s
                长沙市庆祝国庆焰火晚会
                9月30日晚
                橘子洲
                \s
                长沙市庆祝国庆座谈会
                9月28日
                待定
                \s
                湖南经济社会发展成就展览
                10月1日-10月31日
                省展览馆
                \s
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "长沙市庆祝国庆焰火晚会", "长沙市庆祝国庆座谈会", "湖南经济社会发展成就展览");
        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("9月30日晚", "9月28日", "10月1日-10月31日");
    }

    @Test
    void aTabHeaderBrokenOverTwoLinesIsOneRow() {
        // ak07 copied with tabs: the header row broke after 检查类型 (日常/专项), its other cells on the next line; the rows
        // under it hold the cells of both lines
        PlanDraft d = read("""
                行政检查计划统计表
                序号\t任务名称\t制定任务依据\t检查类型
                实施主体\t检查事项\t任务日期
                1\t体育培训机构日常检查\t《民办教育促进法》\t日常\t区教育和体育局\t办学资质\t2026年1月-12月
                2\t公共体育场馆日常检查\t《体育法》\t日常\t区教育和体育局\t场馆安全\t2026年3月-10月
                3\t常规工作检查\t《民办教育促进法实施条例》\t日常\t区教育和体育局\t人员配置\t2026年1月-12月
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(java.util.List.of("区教育和体育局"),
                java.util.List.of("区教育和体育局"), java.util.List.of("区教育和体育局"));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void aTableOfTheCommentsOnADraftHoldsNoWork() {
        // corpus-files f22: a draft sent up with the table of what the bodies consulted said and whether it was taken;
        // the draft's items with their units are the plan
        PlanDraft d = read("""
                深入动员社会力量参与扶贫开发的实施意见
                一、主要任务和责任分工
                1.大力倡导民营企业扶贫。动员民营企业开展帮扶活动。（省工商联，省工商局）
                2.积极引导社会组织扶贫。支持社会团体参与扶贫开发。（民政厅，团省委）
                省直有关部门意见采纳情况表
                序号\t单位\t修改意见\t处理结果\t备注
                1\t省委宣传部\t无意见\t\t
                2\t省委统战部\t无意见\t\t
                3\t省直机关工委\t建议将第15条修改为以驻村帮扶为载体\t已采纳\t
                4\t省委编办\t不另设立议事协调机构\t已采纳\t
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("大力倡导民营企业扶贫", "积极引导社会组织扶贫");
    }

    @Test
    void aLedgersRowsAreTheUnitsItsGroupRowNamesAndTheDayTheyWereHandedDownIsNoTime() {
        // corpus-files f21: a monthly 督办 ledger, its rows grouped under 「分管局领导：… 责任处室：…」 rows across it, the
        // day each was handed down in a column of its own and the 完成时限 left empty
        PlanDraft d = read("""
                安排部署工作完成情况统计表
                序号\t安排部署工作（领导批示）内容\t部署时间\t安排部署源\t完成时限\t办理（完成）情况\t备注
                分管局领导：刘兵    责任处室：政策法规处    5月以前：1/3    5月：9/10
                1\t抓紧汇编调研成果\t1.4\t第1次局务会议\t\t正在办理。\t
                2\t做好行政执法监督工作\t4.9\t省政府法制办\t\t已落实。\t√
                分管局领导：邹积立    责任处室：办公室    5月以前：0/1    5月：11/12
                1\t做好上挂人员的手续交接工作\t5.18\t第16次局务会议\t\t已完成。\t√
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("抓紧汇编调研成果", "做好行政执法监督工作", "做好上挂人员的手续交接工作");
        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("政策法规处"), List.of("政策法规处"), List.of("办公室"));
        assertThat(d.tasks()).extracting(TaskDraft::end).containsOnlyNulls();
    }

    @Test
    void aScheduleSaysInOneCellWhoOrganisesAndWhoTakesPart() {
        // corpus-files f28: 「时间 | 内容 | 组织开展形式及分工」, each cell's clauses saying what their units do
        PlanDraft d = read("""
                专题教育安排表
                时间\t内容\t组织开展形式及分工
                5、6月\t研读系列重要讲话精神\t各处（室）、中心、各支部组织或个人自学
                5月中旬\t学习先进典型。\t各处（室）、中心、各支部组织，党员干部参加
                5月下旬\t集中上党课。\t全局党员干部参加
                6月下旬\t表彰优秀共产党员\t在局党组领导下，局机关党委组织
                10月\t搞好建章立制工作\t党组组织，机关党委牵头，相关处室承办。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各处（室）", "中心", "各支部"),
                List.of("各处（室）", "中心", "各支部"), List.of(), List.of("局机关党委"), List.of("党组", "机关党委"));
        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(List.of(), List.of("党员干部"),
                List.of("全局党员干部"), List.of(), List.of("相关处室"));
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void anInspectionsGroupsByTheirNumberAreNoUnitsTheirMembersAre() {
        // corpus-files f33: 「组名 | 组长 | 成员 | 督查范围」, a header no vocabulary knows, each group made of the offices
        // in its 成员 cell
        PlanDraft d = read("""
                督查工作方案
                组名\t组长\t成员\t督查范围
                第一组\t张谷\t办公室、信息统计处\t成都市、自贡市
                第二组\t刘兵\t政策法规处、人事处\t攀枝花市、泸州市
                第三组\t邹积立\t计财处\t德阳市、绵阳市
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("办公室", "信息统计处"),
                List.of("政策法规处", "人事处"), List.of("计财处"));
        assertThat(d.tasks()).extracting(TaskDraft::assist).containsOnly(List.of());
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("成都市、自贡市", "攀枝花市、泸州市", "德阳市、绵阳市");
    }

    @Test
    void aQuartersProgressTableOneCellALineReadsWithItsStatusColumn() {
        // corpus ca05: a county bureau's quarter table one cell a line, its last column 完成状况; the page's index runs
        // 浏览次数, 信息来源 and 发布时间 together on one line
        PlanDraft d = read("""
                相山区城管局2024年第四季度重点工作任务完成情况
                浏览次数:信息来源: 相山区城市管理局(区城市管理行政执法局)发布时间:2024-12-11 10:36
                任务项
                重点工作内容
                牵头责任单位
                四季度任务分解
                四季度进展情况
                完成状况
                1
                开展市容秩序专项整治行动，推行沿街主体“门责制”。
                区城管大队法制办及街道城管中队
                1.根据2024年度专项整治行动方案，迅速动员部署。
                1.11月29日召开“门责制”管理工作调度会。
                已完成
                2
                深入推进生活垃圾分类工作。
                区环卫所(垃圾分类管理办)
                对各街道开展生活垃圾分类督查考核1次。
                11月15日对全区开展生活垃圾分类督查考核1次。
                已完成
                """);

        assertThat(d.title()).isEqualTo("相山区城管局2024年第四季度重点工作任务完成情况");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 12, 11));
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展市容秩序专项整治行动，推行沿街主体“门责制”。",
                "深入推进生活垃圾分类工作。");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("区城管大队法制办", "街道城管中队"),
                List.of("区环卫所(垃圾分类管理办)"));
    }

    @Test
    void rowsUnderACellMergedOverThemAreSetUnderTheColumnsTheirCellsFit() {
        // a table copied from a web page (or pasted from the browser) writes a category merged over rows in the first
        // of them only: the rows under it are a cell short, their times under the units (bf07, n08 in the corpus)
        PlanDraft d = read("""
                2019年政务公开工作要点责任分工表
                序号\t工作任务\t具体要求\t责任部门\t完成时间
                1\t一、夯实基础\t明确政务公开分管领导、专职人员\t局办公室、局属各单位\t2019年6月
                2\t修订完善政务公开相关制度\t局办公室、局相关科室\t2019年11月底前
                3\t学习宣传新修订的条例\t局办公室、法规科\t2019年8月
                4\t二、做好依申请公开\t依法依规做好依申请公开工作\t局法规科\t2019年12月
                5\t规范答复格式\t局法规科\t2019年10月
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("明确政务公开分管领导、专职人员",
                "修订完善政务公开相关制度", "学习宣传新修订的条例", "依法依规做好依申请公开工作", "规范答复格式");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("局办公室", "局属各单位"),
                List.of("局办公室", "局相关科室"), List.of("局办公室", "法规科"), List.of("局法规科"), List.of("局法规科"));
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2019, 6, 30),
                LocalDate.of(2019, 11, 30), LocalDate.of(2019, 8, 31), LocalDate.of(2019, 12, 31),
                LocalDate.of(2019, 10, 31));
    }

    @Test
    void aCaptionsLastLineOverCellsClosedByPipesIsNoHeaderCell() {
        // corpus bz02: the attachment's title broken over two lines, its second (…责任分工分解表) holding header words
        PlanDraft d = read("""
                附件
                市交通运输局2019年政务公开工作要点
                责任分工分解表
                序号 |
                工作任务 |
                具体要求 |
                责任部门 |
                完成时间 |
                |
                1 |
                一、夯实基础 |
                明确政务公开分管领导 |
                局办公室、局属各单位 |
                2019年6月 |
                |
                2 |
                二、做好依申请公开 |
                依法依规做好依申请公开工作 |
                局法规科 |
                2019年11月底前 |
                |
                """);

        assertThat(d.reading().tables().get(0).header()).containsExactly("序号", "工作任务", "具体要求", "责任部门", "完成时间");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("局办公室", "局属各单位"),
                List.of("局法规科"));
    }

    @Test
    void aDivisionsPointsAreItsTasks() {
        // corpus cb03: a 政务公开 division whose header names its points (一级要点 | 二级要点), the finer each row's work
        PlanDraft d = read("""
                2022年政务公开工作要点分工方案
                工作要求 | 一级要点 | 二级要点 | 责任科室 |
                一、优化政务公开工作基础 | (一)深化规范性文件集中公开。 | 1.规范行政法规使用，确保文本为最新版本。 | 法规和基金监管科牵头,办公室配合 |
                2.摸清本单位规范性文件底数，健全动态更新工作机制。 | 办公室牵头,各科室按职责分工落实 |
                (二)持续推进基层政务公开标准化规范化。 | 3.持续推动政府信息主动公开目录的动态更新调整。 | 办公室牵头,各科室按职责分工落实 | |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("规范行政法规使用，确保文本为最新版本。",
                "摸清本单位规范性文件底数，健全动态更新工作机制。", "持续推动政府信息主动公开目录的动态更新调整。");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("法规和基金监管科"), List.of("办公室"),
                List.of("办公室"));
    }

    @Test
    void theColumnCarryingTheRunningNumberHoldsEachRowsWork() {
        // corpus cd03: a 政务公开 division with no number column, each requirement numbered in its cell beside the task's
        // short name; the year after 2. is the item's own time, no decimal
        PlanDraft d = read("""
                2021年政务公开工作要点分工方案
                工作任务 |
                具体要求 |
                落实单位 |
                明确工作机构及领导职责 |
                1.加强政务公开工作组织领导，依法确定一名负责人履行政务公开工作领导职责。 |
                各镇街(园区) |
                建立健全政务公开工作制度 |
                2.2021年底前制定或完善本单位政务公开工作相关制度。 |
                各镇街(园区) |
                做好各类规划主动公开 |
                3.各级人民政府主动公开国民经济和社会发展第十四个五年规划纲要。 |
                市发展改革局 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("加强政务公开工作组织领导，依法确定一名负责人履行政务公开工作领导职责。",
                "2021年底前制定或完善本单位政务公开工作相关制度。", "各级人民政府主动公开国民经济和社会发展第十四个五年规划纲要。");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void theNextTablesTitleOverItsHeaderEndsATableOneCellALine() {
        // corpus cg05: a bureau's list of checks, then its year's inspection plan, each a table one cell a line; the
        // plan's title and header are no rows of the list
        PlanDraft d = read("""
                乐都区林业和草原局涉企行政检查事项清单
                序号
                单位名称
                事项名称
                设定依据
                实施层级
                1
                区林草局
                种苗质量行政执法
                《中华人民共和国种子法》第四十六条。
                区级
                2
                区林草局
                林草植物检疫执法
                《中华人民共和国森林法》第三十五条。
                区级
                乐都区林业和草原局2025年度行政检查计划表
                序号
                单位名称
                检查事项名称
                检查时间
                1
                林草局
                种苗质量行政执法
                3-5月份
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).doesNotContain("乐都区林业和草原局2025年度行政检查计划表", "检查事项名称");
        assertThat(d.tasks()).extracting(TaskDraft::content).startsWith("种苗质量行政执法", "林草植物检疫执法");
    }

    @Test
    void aScheduleCopiedOneCellALineKeepsItsHoursOutOfTheActivity() {
        // a day's programme (时间 | 活动内容 | 负责部门 | 备注) copied from a page one cell a line: its time cells hold hours
        // only, no day, and are the time column's still, not a line of the activity beside them
        PlanDraft d = read("""
                五、活动内容安排
                时间
                活动内容
                负责部门
                备注
                08:30-09:00
                护士节启动仪式
                医院办公室
                领导致辞、宣读表彰名单
                09:00-10:30
                护理技能竞赛
                护理部
                分组进行基础护理操作比拼
                下午2:00-4:00
                心理健康讲座
                医院心理科
                邀请专业讲师讲解压力管理
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("护士节启动仪式", "护理技能竞赛", "心理健康讲座");
        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("医院办公室"), List.of("护理部"), List.of("医院心理科"));
    }

    @Test
    void aStagesNameBeforeItsTimeInBracketsIsTheTimeCellOfATableCopiedOneCellALine() {
        // 时间阶段 | 工作内容 | 责任单位 | 备注, copied one cell a line: "第一阶段(1-2月)" is the row's time, not a line of text
        PlanDraft d = read("""
                三、工作内容及安排
                时间阶段
                工作内容
                责任单位
                备注
                第一阶段(1-2月)
                制定宣传方案,召开专题会议部署
                农业农村局办公室
                明确职责分工
                第二阶段(3-5月)
                开展集中宣传,张贴海报、发放资料
                各乡镇农业服务中心
                覆盖所有行政村
                集中整治阶段（6月1日-8月31日）
                组织专题讲座、典型案例剖析
                农业农村局法规科
                结合“法律进乡村”活动
                四、宣传方式
                1. 线下宣传:在乡镇集市、村委会、学校等场所设立宣传点,发放宣传手册。
                2. 线上宣传:利用微信公众号、短信平台、村务公开栏等发布扫黑除恶相关信息。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("制定宣传方案,召开专题会议部署", "开展集中宣传,张贴海报、发放资料", "组织专题讲座、典型案例剖析");
        assertThat(d.tasks()).extracting(TaskDraft::start)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1));
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("农业农村局办公室"),
                List.of("各乡镇农业服务中心"), List.of("农业农村局法规科"));
    }

    @Test
    void aSitesIndexRightUnderATableCopiedOneCellALineIsTheNoticesFactsNotTheTable() {
        // db02 copied one cell a line: the site's index (索引号 / 成文日期 / 发布机构) follows the last row's cells with
        // nothing between, and came out as the table's last row; the table's rows stay its tasks, the index its facts
        PlanDraft d = read("""
                类别
                民生事项名称
                2022年度任务目标
                责任单位
                分管市领导
                监督电话
                四、教育文化
                14.改扩建泉山学校
                完成泉山学校一期2座教学楼建设。
                教育体育局
                刘福利
                监督电话0535-8246306
                15.推进学校塑胶运动场地建设
                完成罗峰学校塑胶运动场地建设。
                教育体育局
                刘福利
                监督电话0535-8246306
                索引号:
                113706850042672474/2022-04772
                成文日期:
                2022-10-08
                发布机构:
                招远市人民政府
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("改扩建泉山学校", "推进学校塑胶运动场地建设");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsOnly(List.of("教育体育局"));
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 10, 8));
    }

    @Test
    void aSitesIndexCopiedOneCellALineAboveATableIsNoHeaderAndAPlansStepsColumnIsOne() {
        // bq03 copied one cell a line: the index's labels (公开方式, 公开范围) are words a table's header uses, and its
        // values came between them; the table's header below it names a column 工作举措及实施计划, which is no title
        PlanDraft d = read("""
                索引号
                000330185/2022-83945
                公开方式
                主动公开
                公开范围
                面向社会
                发布单位
                区政府
                序号
                实事项目
                工作举措及实施计划
                责任单位
                配合单位
                1
                新建成公办中小学、幼儿园7所。
                4月底前职教中心主体完工。
                教育局
                发改局、住建局
                2
                新建成婴幼儿照护服务成长驿站7家。
                3月底前新建成2家。
                卫生健康局
                财政局、教育局
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("新建成公办中小学、幼儿园7所。", "新建成婴幼儿照护服务成长驿站7家。");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("教育局"), List.of("卫生健康局"));
        assertThat(d.tasks()).extracting(TaskDraft::assist)
                .containsExactly(List.of("发改局", "住建局"), List.of("财政局", "教育局"));
    }

    @Test
    void aTableCopiedWithTabsKeepsTheRowsThatLostTheirMergedCells() {
        // a 政务公开 division table copied from a page with tabs between cells: the group cells merged over several rows
        // are written in their first row only, a section's row over the whole width is a heading with no tab, and a
        // task whose unit cell was empty is a line of one cell; all of them are rows of the table still
        PlanDraft d = read("""
                工作任务\t具体要求\t责任单位
                一、紧扣“十四五”开好局深化政务公开
                （一）做好各类规划主动公开。\t1.主动公开“十四五”规划纲要、各项规划。\t办公室
                2.做好各项规划的归集整理和主动公开工作。
                3.及时公开高标准市场体系行动方案的落实举措。\t市场执法股
                二、紧扣宏观政策落地见效深化政务公开
                （一）做好财政信息公开。\t4.积极推进部门单位财政预算、决算公开。\t计划财务股
                5.持续深化地方政府债务信息公开。\t计划财务股
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("主动公开“十四五”规划纲要、各项规划。",
                "做好各项规划的归集整理和主动公开工作。", "及时公开高标准市场体系行动方案的落实举措。", "积极推进部门单位财政预算、决算公开。",
                "持续深化地方政府债务信息公开。");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("办公室"), List.of(),
                List.of("市场执法股"), List.of("计划财务股"), List.of("计划财务股"));
    }

    @Test
    void aMarkdownTablesSectionRowsAndShortRowsStayRowsOfTheirOwn() {
        // a division table in Markdown: a section's heading is a row of one cell between its pipes, the rows under a
        // merged group cell are a cell short, and a row that opens with the next group's heading is a new row, not
        // the rest of the short row above it
        PlanDraft d = read("""
                | 工作任务 | 具体要求 | 责任单位 |
                | --- | --- | --- |
                | 一、紧扣“十四五”开好局深化政务公开 |
                | （一）做好各类规划主动公开。 | 1. 主动公开国民经济和社会发展规划纲要。 | 区发展改革局、各镇(街) |
                | 2. 做好历史规划的归集整理和主动公开工作。 | 区发展改革局 |
                | 二、紧扣宏观政策落地见效深化政务公开 |
                | （一）持续加强重大政策发布解读。 | 3. 切实加强重大政策实施的发布解读。 | 区直各单位 |
                | 4. 综合运用新闻发布会、在线访谈等形式解读重大政策。 |
                | （二）不断改进政策解读工作方式。 | 5. 健全政策解读工作机制。 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("主动公开国民经济和社会发展规划纲要。",
                "做好历史规划的归集整理和主动公开工作。", "切实加强重大政策实施的发布解读。", "综合运用新闻发布会、在线访谈等形式解读重大政策。",
                "健全政策解读工作机制。");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("区发展改革局", "各镇(街)"),
                List.of("区发展改革局"), List.of("区直各单位"), List.of(), List.of());
    }

    @Test
    void aCellBrokenWhereItsColumnWasFullGoesOnOnTheNextLine() {
        // a table copied from a PDF one cell a line: each long requirement broken where its column was full, every
        // broken line as long as the others and stopping inside a sentence; the pieces are one cell, not a task and
        // a list of units or a task of its own
        PlanDraft d = read("""
                工作任务
                具体要求
                责任部门
                一、做好财政信息公开。
                1.积极推进本中心预算、决算及相关报表公开。
                财务科
                二、持续加强重大政策发布解读。
                2.聚焦我中心工作,切实加强重大政策实施的发布解读。要开展深
                入宣传阐释,精心组织策划,及时发布权威信息,积极开展多角度、
                全方位、立体化、多频次的深度解读。
                各科室
                3.综合运用新闻发布会、在线访谈、图文动画、短视频等形式,对
                重大政策开展深入解读,更加注重对政策背景、出台目的、重要举措
                等方面的实质性解读。
                办公室
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("积极推进本中心预算、决算及相关报表公开。",
                "聚焦我中心工作,切实加强重大政策实施的发布解读。要开展深入宣传阐释,精心组织策划,及时发布权威信息,积极开展多角度、"
                        + "全方位、立体化、多频次的深度解读。",
                "综合运用新闻发布会、在线访谈、图文动画、短视频等形式,对重大政策开展深入解读,更加注重对政策背景、出台目的、重要举措"
                        + "等方面的实质性解读。");
        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("财务科"), List.of("各科室"), List.of("办公室"));
    }

    @Test
    void aColumnOfDaysAsLongAsEachOtherIsNoCellBrokenAtItsWidth() {
        // one cell a line, the deadlines the longest lines of all and stopping in a word (…日前): each is a whole
        // cell, and the task after it is a cell of its own, not the rest of the day
        PlanDraft d = read("""
                完成时间
                检查任务
                责任单位
                2024年11月10日前
                广告行为检查
                执法大队
                2024年10月15日前
                专利真实性检查
                知识产权股
                2024年11月30日前
                商标使用检查
                知识产权股
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("广告行为检查", "专利真实性检查", "商标使用检查");
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2024, 11, 10),
                LocalDate.of(2024, 10, 15), LocalDate.of(2024, 11, 30));
    }

    @Test
    void aHeaderWhoseWordsWereSetOutASpaceApartReadsInACopyWithASpaceBetweenCells() {
        // a schedule whose header cells set their short words out a character at a time ("时 间", "工 作 内 容", as
        // bureaus fill a cell), copied from a page that kept one space between cells: the header's characters spell
        // its words again, the fewest that spell them (时间工作内容 joins a time and a content column)
        PlanDraft d = read("""
                时 间 工 作 内 容 责任部门
                3月2日—4月3日 各小学对辖区内适龄儿童摸底 区属各小学
                3月16日—4月14日 楼盘情况摸底汇总、学区调整 局基教科
                4月15日 小学招生工作会 局基教科
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("各小学对辖区内适龄儿童摸底", "楼盘情况摸底汇总、学区调整",
                "小学招生工作会");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("区属各小学"), List.of("局基教科"),
                List.of("局基教科"));
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2024, 3, 2),
                LocalDate.of(2024, 3, 16), LocalDate.of(2024, 4, 15));

        // a long word set out so is one column ("主要工作任务": 主要工作 and 任务, both what is to be done)
        PlanDraft numbered = read("""
                序 号 主 要 工 作 任 务 牵 头 部 门 完成时限
                1 开展质量宣传 县市场监管局 9月30日前
                2 组织质量培训 县人社局 9月15日前
                """);
        assertThat(numbered.tasks()).extracting(TaskDraft::content).containsExactly("开展质量宣传", "组织质量培训");
        assertThat(numbered.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县市场监管局"), List.of("县人社局"));
    }
    @Test
    void theColumnNamingEachRowsWorkIsItsContentBesideTheOneDescribingIt() {
        // ek02, cf01: 「改革举措 | 主要内容」, 「工作任务 | 主要内容」: the work named, then described; the name is the task
        PlanDraft d = read("""
                序号 | 改革举措 | 主要内容 | 指导部门 |
                1 | 知识产权民事、刑事、行政案件“三合一”审判 | 整合分散的审判资源，实行知识产权案件审判“三合一”，提高审判效率。 | 最高人民法院 |
                2 | 技术经理人全程参与的科技成果转化服务模式 | 以技术交易市场为依托，技术经理人全程参与成果转化。 | 科技部 |
                """);
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("知识产权民事、刑事、行政案件“三合一”审判",
                "技术经理人全程参与的科技成果转化服务模式");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("最高人民法院"), List.of("科技部"));

        // h03: 「重點任務 | 工作內容」 whose first cells are fields' words (政策解读): what is done in them is the task
        PlanDraft fields = read("""
                重点任务 | 工作内容 | 负责科室 |
                政策解读 | 对以县政府名义制定、下发的政策文件进行全面解读。 | 综合科 |
                回应关切 | 对群众普遍关注的社会热点问题及时、主动回应。 | 综合科 |
                """);
        assertThat(fields.tasks()).extracting(TaskDraft::content).containsExactly("对以县政府名义制定、下发的政策文件进行全面解读。",
                "对群众普遍关注的社会热点问题及时、主动回应。");
    }
}
