package org.duban.planreader;

import org.duban.planreader.time.TimeKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.planreader.Notices.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real notices come in many shapes besides the seed's flattened table. */
class NoticeShapesTest {

    @Test
    void aSignaturesDateWrittenInFiguresIsItsDate() {
        // a Word file's or a form's signature: 2024.8.26, 2024/8/26 under the body's name (the corpus with the dates of
        // its last twelve lines so written read 366 fields fewer, in 151 notices; 195 in 61 now, the rest tasks' days)
        for (String day : List.of("2024.8.26", "2024/8/26")) {
            PlanDraft d = new PlanReader().readText("""
                    某县2024年质量月活动方案
                    一、开展质量宣传。牵头单位：县市场监管局；完成时限：9月30日前
                    二、开展质量培训。牵头单位：县质量协会；完成时限：9月20日前

                    某县市场监督管理局
                    %s
                    """.formatted(day));

            assertThat(d.issuer()).as(day).isEqualTo("某县市场监督管理局");
            assertThat(d.date()).as(day).isEqualTo(LocalDate.of(2024, 8, 26));
        }
    }

    @Test
    void aSignatureRunOnInsideAPageOfOneLineDatesTheNoticeOverTheSitesStamp() {
        // eo03, eo07, ep01, ep08, eu01, eu03: a page run together, its signature in the line before 附件, 来源 or the
        // contact's bracket; the site's 发布时间 is the day it was posted, days later
        for (String after : List.of("来源：某县人民政府", "附件：隐患排查整改责任清单", "（联系人：郑某，联系电话：12345678）", "")) {
            PlanDraft d = new PlanReader().readText("""
                    标题: 某县关于做好2020年防灾减灾日有关工作的通知
                    发布时间: 2020-05-08 16:58
                    ==================== 正文 ====================
                    各乡镇：现将有关事项通知如下：一、加强组织领导。各乡镇要高度重视。二、加大宣传力度。县应急局负责开展宣传。\
                    某县应急管理局 2020年5月6日 %s
                    """.formatted(after));

            assertThat(d.date()).as(after).isEqualTo(LocalDate.of(2020, 5, 6));
        }
        // ev01, eo06: no body signs, the date in words right after the last sentence
        PlanDraft unsigned = new PlanReader().readText("""
                标题: 某县国土资源局开展国有资产清查工作方案
                发布时间: 2020-10-17 15:24
                ==================== 正文 ====================
                一、清查范围。各科室要做好本单位占有、使用的国有资产的清查工作。二、工作要求。各国土资源所要坚持实事求是的原则，\
                如实反映清查结果，做到清查不重不漏，不走过场。 \
                二〇二〇年五月六日 来源：中国某县 附件下载
                """);
        assertThat(unsigned.date()).isEqualTo(LocalDate.of(2020, 5, 6));
    }

    @Test
    void aBlankFormAttachedAfterTheSignatureIsNoPartOfThePlan() {
        // eu01: a 考核评分表 after the signature restarts the numbering (一、组织机构… （一）… 1.专门成立…), and its
        // criteria and the notes beside them had been read as the plan's items, its seven activities lost; on a page
        // run together the forms follow the signature's date on its line, in a Word file on lines of their own
        String plan = """
                某局2016年安全生产月活动方案
                一、活动内容
                （一）开展安全宣讲。各单位要组织干部职工学习安全生产讲话精神。
                （二）参加知识竞赛。各单位要组织职工参加安全生产网络知识竞赛。
                （三）开展咨询日活动。海洋与渔业处、水利处要参加6月16日安全生产宣传咨询日活动。
                """;
        String form = """
                附件1 联络员推荐表 姓名 性别 职务 办公电话（必填）
                附件2 2016年安全生产月活动考核评分表
                一、组织机构发挥职能作用情况
                （一）组织机构健全
                1.专门成立活动组织机构 5 未落实的不得分。 □是 □否
                2.设立活动组委会办公室，有明确部门负责 3 未落实的不得分。 □是 □否
                （二）领导重视
                1.由主要领导或分管领导担任组委会领导 5 未落实的不得分。
                二、活动开展情况
                （一）协调相关部门开展活动（只考核省级安委会）
                """;
        PlanDraft onLines = new PlanReader().readText(plan + "某局\n2016年5月31日\n" + form);
        PlanDraft runTogether = new PlanReader().readText(plan.replace("\n", " ") + " 某局 2016年5月31日"
                + form.replace("\n", " "));

        for (PlanDraft d : List.of(onLines, runTogether)) {
            assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展安全宣讲", "参加知识竞赛",
                    "开展咨询日活动");
            assertThat(d.tasks().get(2).lead()).containsExactly("海洋与渔业处", "水利处");
        }
    }

    @Test
    void aTitleSetOverTwoLinesInsideItsQuotationIsOneTitle() {
        // ae02's title broken where the quoted words have their 、, as a printed title's lines break
        PlanDraft d = new PlanReader().readText("""
                黄石市部门联合“双随机、
                一公开”监管工作抽查计划表
                序号 | 抽查事项 | 发起部门 | 配合部门 | 抽查时间 |
                1 | 测绘资质检查 | 市自然资源和规划局 | 市市场监管局 | 2024年6月 |
                2 | 食品生产检查 | 市市场监管局 | 市卫健委 | 2024年9月 |
                """);

        assertThat(d.title()).isEqualTo("黄石市部门联合“双随机、一公开”监管工作抽查计划表");
    }

    @Test
    void aPagesHeadOfMetadataLinesAsLongAsEachOtherIsNoPageBrokenAtItsWidth() {
        // ak05, its title set over two lines: three lines of the page's metadata, each 48 characters, had been taken
        // for lines a page's width broke and run together, and the 成文日期 among them lost
        String text = new String(Notices.corpusText("ak05-luozhuang-builder-spot-check-cell-per-paragraph-2022"),
                java.nio.charset.StandardCharsets.UTF_8).replace("罗庄区住建局注册建造师“双随机、一公开”检查计划\n",
                "罗庄区住建局注册建造师“\n双随机、一公开”检查计划\n");
        PlanDraft d = new PlanReader().readText(text);

        assertThat(text).contains("建造师“\n双随机");
        assertThat(d.title()).isEqualTo("罗庄区住建局注册建造师“双随机、一公开”检查计划");
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 7, 15));
    }

    @Test
    void aCoverThatLostItsTitleIsTitledByTheTableOfTasksItSends() {
        // ef06: the copy lost the notice's title line; below its signature the attached 任务一览表, cut at its header.
        // Its own requests are a cover's, no tasks (they had been read as three)
        PlanDraft d = new PlanReader().readText("""
                虞政办发〔2014〕120号
                有关乡镇人民政府、街道办事处,区直有关部门和单位:
                为全力打好五水共治攻坚战,现将2014年城乡生活污水新增纳管任务下达给你们,并就有关事项通知如下:
                一、各有关单位要高度重视城乡污水收集管网建设和生活污水纳管工作,将其列入重要议事日程。
                二、严格实行月报制度。各有关单位要在每月25日前,将当月情况上报区环保局。
                附件:绍兴市上虞区2014年城乡生活污水新增纳管任务一览表
                绍兴市上虞区人民政府办公室
                2014年5月13日
                附件:
                绍兴市上虞区2014年城乡生活污水新增纳管任务一览表
                单位:吨/天
                """);

        assertThat(d.title()).isEqualTo("绍兴市上虞区2014年城乡生活污水新增纳管任务一览表");
        assertThat(d.tasks()).isEmpty();
    }

    @Test
    void readsATabSeparatedTableCopiedFromWord() {
        PlanDraft d = Notices.read("tab-task-breakdown-2021.txt");

        assertThat(d.tasks()).hasSize(16);
        assertThat(d.docNumber()).isEqualTo("南市监〔2021〕12号");
        assertThat(d.references()).doesNotContain("南市监〔2021〕12号");
        assertThat(d.issuer()).isEqualTo("南城县市场监督管理局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(d.disclosure()).isEqualTo("依申请公开");
        assertThat(d.contact()).isEqualTo(new PlanDraft.Contact("王立明", "0593-7654321"));
        assertThat(d.summaryDeadline()).isEqualTo(LocalDate.of(2021, 12, 10));
        assertThat(task(d, "2").start()).isNull();
        assertThat(task(d, "2").end()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(task(d, "2").assist()).isEmpty();
        assertThat(task(d, "3").timeKind()).isEqualTo(TimeKind.ONGOING);
        assertThat(task(d, "4").lead()).containsExactly("住房和城乡建设局", "特种设备安全监察股");
        assertThat(task(d, "7").lead()).containsExactly("食品流通安全监督管理股", "综合执法大队");
        assertThat(task(d, "12").assist()).containsExactly("前岐市场监督管理所", "沙埕市场监督管理所");
        assertThat(task(d, "14").end()).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void readsAColumnsAlignedWithSpaces() {
        PlanDraft d = Notices.read("spaces-pdf-like.txt");

        assertThat(d.year()).isEqualTo(2022);
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("举办“3·15”消费者权益日现场咨询",
                "发布年度消费投诉典型案例", "开展放心消费示范单位创建", "组织经营者诚信承诺签名");
        assertThat(task(d, "2").start()).isEqualTo(LocalDate.of(2022, 3, 10));
        assertThat(task(d, "2").end()).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(d.period().start()).isEqualTo(LocalDate.of(2022, 3, 1));
    }

    @Test
    void readsAMarkdownTableWithOtherHeaderNames() {
        PlanDraft d = Notices.read("markdown-table.txt");

        assertThat(d.tasks()).hasSize(3);
        assertThat(task(d, "1").lead()).containsExactly("镇安监站");
        assertThat(task(d, "1").assist()).containsExactly("镇综治办", "镇派出所");
        assertThat(task(d, "3").assist()).isEmpty();
        assertThat(task(d, "3").start()).isEqualTo(LocalDate.of(2023, 6, 21));
    }

    @Test
    void readsNumberedProseTasksWithLabelledUnitsAndDeadlines() {
        PlanDraft d = Notices.read("prose-numbered-tasks.txt");

        assertThat(d.tasks()).hasSize(4);
        TaskDraft first = d.tasks().get(0);
        assertThat(first.content()).isEqualTo("推行企业开办“一网通办”，全程网办率达到95%以上");
        assertThat(first.lead()).containsExactly("县市场监督管理局");
        assertThat(first.assist()).containsExactly("县行政审批局", "县税务局");
        assertThat(first.end()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(d.tasks().get(1).lead()).containsExactly("县住房和城乡建设局");
        assertThat(d.tasks().get(1).assist()).containsExactly("县自然资源局", "县行政审批局");
        assertThat(d.tasks().get(2).content()).isEqualTo("开展涉企收费专项检查");
        assertThat(d.tasks().get(2).assist()).containsExactly("县发展和改革局");
        assertThat(d.tasks().get(2).start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(d.tasks().get(3).timeKind()).isEqualTo(TimeKind.ONGOING);
        assertThat(d.tasks()).as("numbers restart under each heading: section.number")
                .extracting(TaskDraft::no).containsExactly("1.1", "1.2", "2.1", "2.2");
        assertThat(d.tasks()).extracting(TaskDraft::section)
                .containsExactly("（一）提升政务服务效能", "（一）提升政务服务效能", "（二）强化要素保障", "（二）强化要素保障");
        assertThat(d.issuer()).isEqualTo("北岭县人民政府办公室");
    }

    @Test
    void readsAnHtmlPageInGbkWithMergedCellsAndALayoutTable() {
        PlanDraft d = Notices.read("html-rowspan-gbk.html");

        assertThat(d.tasks()).hasSize(4);
        assertThat(d.title()).isEqualTo("2021年知识产权宣传周活动方案");
        assertThat(task(d, "2").content()).isEqualTo("开展知识产权进企业讲座");
        assertThat(task(d, "2").lead()).as("the lead cell is merged over tasks 1 and 2").containsExactly("知识产权股");
        assertThat(task(d, "2").assist()).as("a two-row header: 责任单位 over 牵头单位 | 配合单位").containsExactly("办公室");
        assertThat(task(d, "3").assist()).containsExactly("知识产权股", "各市场监督管理所");
        assertThat(task(d, "4").start()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(d.theme()).isEqualTo("全面开启知识产权强国建设新征程");
        assertThat(d.references()).containsExactly("国知发办函字〔2021〕37号");
        assertThat(d.summaryDeadline()).isEqualTo(LocalDate.of(2021, 5, 10));
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 12));
        assertThat(d.warnings()).filteredOn(w -> w.code().equals(Warning.SUSPECT_SPAM)).extracting(Warning::where)
                .contains("issuer");
    }

    @Test
    void saysSoWhenThereIsNoTable() {
        PlanDraft d = new PlanReader().readText("关于召开全县质量工作会议的通知\n各股室：\n定于9月10日召开会议，请准时参加。\n县市场监督管理局\n2020年9月1日");

        assertThat(d.tasks()).isEmpty();
        assertThat(d.hasWarning(Warning.NO_TABLE)).isTrue();
    }

    @Test
    void warnsAboutTimeTextsItCannotRead() {
        PlanDraft d = new PlanReader().readText("""
                序号\t工作任务\t牵头单位\t完成时限
                1\t开展专项检查\t综合执法大队\t另行通知
                2\t组织培训\t办公室\t9月
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).timeKind()).isEqualTo(TimeKind.UNPARSED);
        assertThat(d.warnings()).filteredOn(w -> w.code().equals(Warning.UNPARSED_TIME)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("另行通知").contains("第 1 项"));
    }

    @Test
    void takesTheYearFromTheTitleWhenThePlanIsIssuedTheYearBefore() {
        PlanDraft d = new PlanReader().readText("""
                县市场监督管理局2021年工作要点
                序号\t工作任务\t牵头单位\t完成时限
                1\t开展年度抽查\t质量股\t3月
                县市场监督管理局
                2020年12月28日
                """);

        assertThat(d.year()).isEqualTo(2021);
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void warnsWhenTheNoticeNamesNoYear() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2026)).readText("""
                序号\t工作任务\t牵头单位\t完成时限
                1\t开展专项检查\t综合执法大队\t9月
                """);

        assertThat(d.year()).isEqualTo(2026);
        assertThat(d.hasWarning(Warning.AMBIGUOUS_YEAR)).isTrue();
    }

    @Test
    void theYearACampaignBeganInIsNotThePlansYear() {
        // bt09: "1981年9月，国务院要求…在每年的4—5月…" is the 爱鸟周's history; the schedule names no year of its own
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2026)).readText("""
                “爱鸟周”是面向社会开展的一项公益宣传活动。1981年9月,国务院要求各省在每年的4月至5月初确定一个星期为“爱鸟周”。
                盘锦市“爱鸟周”系列活动:
                1、爱鸟周启动仪式。
                时间:4月25日下午
                2、开展“湿地讲堂”活动
                4月28日开展“湿地讲堂”进校园活动。
                """);

        assertThat(d.year()).isEqualTo(2026);
        assertThat(d.hasWarning(Warning.AMBIGUOUS_YEAR)).isTrue();
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2026, 4, 25));
    }

    @Test
    void aYearWhose年TheCopyLostBeforeTheMonthIsThePlansYear() {
        // bk02: "活動時間:2010 9月17-22", a spun copy that lost 年 (and 日) and names no other year the way a date does
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2026)).readText("""
                一、活动时间：2010 9月17-22（中秋节），9月17开幕。
                二、活动内容
                （一）投资贸易洽谈会。时间：9月17周五下午。主办单位：外经贸局。
                （二）开幕式暨音乐会。时间：9月17周五晚上。主办单位：组委会办公室。
                """);

        assertThat(d.year()).isEqualTo(2010);
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2010, 9, 17), LocalDate.of(2010, 9, 17));
    }

    @Test
    void withoutAYearOfItsOwnAPlanIsOfTheYearOfTheDocumentItCarriesOut() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2026)).readText("""
                根据《某市人民政府关于印发稳增长若干政策措施的通知》（某政发〔2016〕13号），结合我区实际，制定本措施。
                1.精简项目审批手续。5月底前完成。（牵头单位：区政务服务局）
                """);

        assertThat(d.year()).isEqualTo(2016);
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2016, 5, 31));
        assertThat(d.hasWarning(Warning.AMBIGUOUS_YEAR)).isTrue();
    }


    @Test
    void aPlansOwnDaysSayItsYearBeforeTheDocumentsItCites() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2026)).readText("""
                某镇中心学校学前教育宣传月活动实施方案
                一、宣传时间2012年5月22日至2012年6月10日
                二、宣传步骤
                5月22日至30日各园组织学习国发(2010)41号文、陕政发(2010)51号文等文件。
                5月31日至6月5日各园组织老师开展本园学前教育相关文件的学习。
                """);

        assertThat(d.year()).isEqualTo(2012);
        assertThat(d.tasks()).isNotEmpty();
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2012, 5, 22));
    }

    @Test
    void whenAPlansDaysNameTwoYearsAlikeItIsOfTheYearItsWorkBegins() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2026)).readText("""
                某市重点建设项目推进方案
                1.体育中心。2011年4月20日前项目整体完工。（责任单位：市体育局）
                2.会展中心。2011年5月底前开工建设，2012年4月30日前主体封顶。（责任单位：市住建局）
                3.图书馆。2012年4月30日前封顶。（责任单位：市文化局）
                """);

        assertThat(d.year()).isEqualTo(2011);
        assertThat(d.hasWarning(Warning.AMBIGUOUS_YEAR)).isTrue();
    }

    @Test
    void splitsACombinedResponsibilityCellIntoLeadAndAssist() {
        PlanDraft d = new PlanReader().readText("""
                2020年工作安排
                序号\t工作任务\t责任单位\t完成时限
                1\t开展专项检查\t综合执法大队牵头，各市场监督管理所配合\t9月
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("综合执法大队");
        assertThat(d.tasks().get(0).assist()).containsExactly("各市场监督管理所");
    }

    @Test
    void unitsAfterAMarkedLeadAssistIt() {
        PlanDraft d = new PlanReader().readText("""
                2020年工作安排
                序号\t工作任务\t责任单位\t完成时限
                1\t开展专项检查\t县市场监管局（牵头）、县公安局、县农业农村局\t9月
                2\t组织联合执法\t县市场监管局、县公安局\t10月
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("县市场监管局");
        assertThat(d.tasks().get(0).assist()).containsExactly("县公安局", "县农业农村局");
        assertThat(d.tasks().get(1).lead()).as("no marker: every unit named is responsible").containsExactly("县市场监管局", "县公安局");
    }

    @Test
    void aTeamOrStationNamedAsTheResponsibleOfficeIsTheLead() {
        PlanDraft d = new PlanReader().readText("""
                县城乡公共事业服务中心2021年“政府开放日”活动实施方案
                四、活动安排
                1、走进人民公园服务现场：通过现场讲解向公众介绍公园管理工作。
                牵头领导：张超
                责 任 人：沈学
                责任队室：公园广场管理中队
                2、生活垃圾分类现场教学：通过分类作业演示向公众展示分类工作。
                牵头领导：刘志刚
                配合站所：各乡镇环卫站
                责任队室：垃圾分类办公室
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("公园广场管理中队"), List.of("垃圾分类办公室"));
        assertThat(d.tasks().get(1).assist()).containsExactly("各乡镇环卫站");
    }

    @Test
    void readsAutoNumberedParagraphsThatEndInTheirLabels() {
        PlanDraft d = new PlanReader().readText("""
                关于印发2021年消费环境建设工作要点的通知
                开展放心消费示范创建（牵头单位：消费者权益保护股；配合单位：各市场监督管理所；完成时限：2021年10月底前）。
                推进线下无理由退货承诺（责任单位：消费者权益保护股，完成时限：长期坚持）。
                加强宣传引导，营造良好氛围。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展放心消费示范创建", "推进线下无理由退货承诺");
        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2021, 10, 31));
        assertThat(d.tasks().get(0).assist()).containsExactly("各市场监督管理所");
        assertThat(d.tasks().get(1).lead()).containsExactly("消费者权益保护股");
        assertThat(d.tasks().get(1).timeKind()).isEqualTo(TimeKind.ONGOING);
    }

    @Test
    void joinsACellThatWordCopiedAsAQuotedFieldOverSeveralLines() {
        PlanDraft d = new PlanReader().readText("2020年工作安排\n序号\t工作任务\t牵头单位\t完成时限\n"
                + "1\t\"开展校园食品安全\n专项检查\"\t\"餐饮服务食品安全监督管理股\n各市场监督管理所\"\t9月\n"
                + "2\t开展\"质量月\"宣传\t办公室\t9月上旬\n");

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).content()).isEqualTo("开展校园食品安全专项检查");
        assertThat(d.tasks().get(0).lead()).containsExactly("餐饮服务食品安全监督管理股", "各市场监督管理所");
        assertThat(d.tasks().get(1).content()).isEqualTo("开展\"质量月\"宣传");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2020, 9, 10));
    }

    @Test
    void readsATableWhoseCopyKeptOneSpaceBetweenCells() {
        // as scraped from a 双随机 list: a caption before the header on its line, a header cell wrapped, one row
        // broken over lines, a list of units broken after its comma, an empty cell lost
        PlanDraft d = new PlanReader().readText("某县2023年度部门联合抽查计划\n"
                + "附件 联合抽查事项清单 序号 抽查事项 抽查对象 抽查比例\n及频次 检查时间 发起部门 参检单位\n"
                + "1 餐饮服务单位食品安全检查 辖区餐饮服务单位 5%;1次/年 4月—6月 县市场监督管理局 县卫生健康局、\n"
                + "县教育局\n"
                + "2 校外培训机构消防安全检查 《消防法》\n《校外培训机构管理办法》\n培训机构 10% 7月—9月 县消防救援大队 县教育局\n"
                + "3 农药经营门店检查 农药经营门店 3% 10月 县农业农村局\n");

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("餐饮服务单位食品安全检查",
                "校外培训机构消防安全检查《消防法》《校外培训机构管理办法》", "农药经营门店检查");
        assertThat(task(d, "1").lead()).containsExactly("县市场监督管理局");
        assertThat(task(d, "1").assist()).containsExactly("县卫生健康局", "县教育局");
        assertThat(task(d, "1").start()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(task(d, "2").lead()).containsExactly("县消防救援大队");
        assertThat(task(d, "3").end()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(task(d, "3").assist()).isEmpty();
    }

    @Test
    void takesTheDateAndIssuerFromTheSitesFactsInTheirManyWritings() {
        String body = "\n各股室：\n一、开展消防安全宣传。牵头单位：县消防救援大队。完成时限：2024年6月30日前。\n";
        PlanDraft bracketed = new PlanReader().readText("[ 索引号 ] 1150/2024-00021 [ 发文字号 ] 麻府发〔2024〕20号\n"
                + "[ 发布机构 ] 巴南区麻柳嘴镇 [ 有效性 ]\n[ 成文日期 ] 2024-05-31 [ 发布日期 ] 2024-06-06\n"
                + "重庆市巴南区麻柳嘴镇人民政府关于开展2024年“安全生产月”活动的通知" + body);
        PlanDraft posted = new PlanReader().readText("文章来源:某县应急管理局 浏览量: 发表时间:2024-05-07 10:49\n"
                + "关于开展2024年“安全生产月”活动的通知" + body);
        PlanDraft docSite = new PlanReader().readText("• 31.69 KB\n  • 2024-05-08 发布\n"
                + "关于开展2024年“安全生产月”活动的通知" + body);

        assertThat(bracketed.date()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(bracketed.issuer()).isEqualTo("重庆市巴南区麻柳嘴镇人民政府");
        assertThat(posted.date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(docSite.date()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(docSite.title()).isEqualTo("关于开展2024年“安全生产月”活动的通知");
    }

    @Test
    void anIndexLineThatOpensWithItsCatalogueSetOffBySpacesIsTheSitesFacts() {
        PlanDraft d = new PlanReader().readText("""
                索引号 1438332361/zfw/2023-0000399 发布机构 临沂市住房和城乡建设局
                公开目录 抽查计划 发布日期 2023/06/26
                文号 公开方式 主动公开
                2023年度临沂市建筑市场“双随机、一公开”检查计划
                一、检查时间
                9月—11月。
                """);

        assertThat(d.title()).isEqualTo("2023年度临沂市建筑市场“双随机、一公开”检查计划");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 6, 26));
    }

    @Test
    void theBodyBeforeATitlesAboutIssuedItWhateverItsNameEndsWith() {
        String body = "\n一、检查时间\n2021年3月7日-3月10日\n二、检查分组\n(一)第一检查组;\n责任单位:派出所、市场监督管理所\n";

        assertThat(new PlanReader().readText("卢市镇关于做好2021年“两会”安全生产大检查的通知" + body).issuer())
                .isEqualTo("卢市镇");
        assertThat(new PlanReader().readText("扶余市人民政府督查室关于开展农村人居环境专项督查的通知" + body).issuer())
                .isEqualTo("扶余市人民政府督查室");
        assertThat(new PlanReader().readText("四屯镇中心学校关于开展学前教育宣传月活动实施方案" + body).issuer())
                .isEqualTo("四屯镇中心学校");
        // words before 关于 that name no body name no issuer
        assertThat(new PlanReader().readText("最新关于做好2021年“两会”安全生产大检查的通知" + body).issuer()).isNull();
    }

    @Test
    void aSiteThatNamesABodyAsThePagesAuthorNamesTheIssuerAPersonDoesNot() {
        String body = "\n一、活动时间\n2016年4月23日—2016年10月底\n";
        PlanDraft byBody = new PlanReader().readText("江口县全民阅读活动方案\n- 发布时间:2016-04-13 00:00:00\n- |\n"
                + "- 作者:江口县图书馆\n- |\n- 阅读次数:292次" + body);
        PlanDraft byPerson = new PlanReader().readText("江口县全民阅读活动方案\n- 发布时间:2016-04-13 00:00:00\n- |\n"
                + "- 作者:李天扬老师\n- |\n- 阅读次数:292次" + body);

        assertThat(byBody.issuer()).isEqualTo("江口县图书馆");
        assertThat(byPerson.issuer()).isNull();
    }

    @Test
    void aTitleOpeningWithABodyOfANamedPlaceNamesTheIssuerUnlessTheSiteSaysOtherwise() {
        // ak06, r18: 孝感市生态环境局随机抽查事项清单 names its issuer where nothing else does; a site's 信息来源 names it
        // more exactly (懷化市農業農村局執法科); a town's name is where the plan is, not who issues it
        String body = "\n一、抽查时间\n2024年4月至10月\n";
        PlanDraft alone = new PlanReader().readText("孝感市生态环境局随机抽查事项清单(2024年)" + body);
        PlanDraft sourced = new PlanReader().readText("怀化市农业农村局涉企行政检查事项清单\n发布时间:2025-04-25 17:00 "
                + "信息来源:怀化市农业农村局执法科" + body);
        PlanDraft town = new PlanReader().readText("河头店镇2012年节能宣传周活动方案" + body);

        assertThat(alone.issuer()).isEqualTo("孝感市生态环境局");
        assertThat(sourced.issuer()).isEqualTo("怀化市农业农村局执法科");
        assertThat(town.issuer()).isNull();
    }

    @Test
    void namesThePlanFromTheBodyWhenTheCopyLostItsTitleLine() {
        String task = "\n一、开展专项检查。牵头单位：县市场监管局。完成时限：2023年6月30日前。\n";
        PlanDraft issued = new PlanReader().readText("各乡镇人民政府，县直各单位：\n"
                + "《2023年重点工作责任分解》和《十方面民生实事责任分解》已经县政府同意，现印发给你们，请认真贯彻执行。" + task);
        PlanDraft attached = new PlanReader().readText("区政府各部门：\n为确保完成目标任务，现就有关事项通知如下。\n"
                + "附件:1. 2023年《政府工作报告》目标任务分解表\n2. 2023年民生实事项目目标任务分解表" + task);
        PlanDraft marked = new PlanReader().readText("《关于进一步帮助市场主体纾困解难的具体实施细则》" + task);
        PlanDraft traditional = new PlanReader().readText("2023年度交通運輸系統部門內部抽查工作計劃" + task);

        assertThat(issued.title()).isEqualTo("2023年重点工作责任分解");
        assertThat(attached.title()).isEqualTo("2023年《政府工作报告》目标任务分解表");
        assertThat(marked.title()).isEqualTo("关于进一步帮助市场主体纾困解难的具体实施细则");
        assertThat(traditional.title()).isEqualTo("2023年度交通運輸系統部門內部抽查工作計劃");
    }

    @Test
    void cutsRowsWithoutNumbersWhereTheCellsFitTheColumnsBest() {
        // one cell per paragraph, no running number, a wrapped header whose pieces repeat (任务开始 / 时间, 任务结束 /
        // 时间), and the empty 配合部门 cell of one row lost in the copy
        String text = "某市卫生健康局2021年抽查计划表\n\n任务名称\n\n任务开始\n\n时间\n\n任务结束\n\n时间\n\n抽查类型\n\n"
                + "配合部门\n\n抽查比例\n\n"
                + "公共场所卫生监督抽检\n\n2021.04.01\n\n2021.10.31\n\n本部门抽查\n\n3%\n\n"
                + "生活饮用水卫生监督抽检\n\n2021.05.01\n\n2021.08.31\n\n多部门联合抽查\n\n市水利局、市住建局\n\n40%\n\n"
                + "放射诊疗监督抽检\n\n2021.06.15\n\n2021.09.30\n\n本部门抽查\n\n20%\n\n备注：抽查类型是指本部门抽查或联合抽查。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("公共场所卫生监督抽检", "生活饮用水卫生监督抽检",
                "放射诊疗监督抽检");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2021, 10, 31));
        assertThat(d.tasks().get(0).assist()).isEmpty();
        assertThat(d.tasks().get(1).assist()).containsExactly("市水利局", "市住建局");
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void readsTheRowsUnderANumberMergedOverSeveral() {
        // a cell-per-line copy of a table whose 序号 and 抽查类别 cells were merged over three rows each
        String text = String.join(" |\n", "某县农业农村局2021年度抽查工作计划\n序号", "抽查类别", "抽查事项", "检查对象", "执行股室",
                "检查时间", "1", "农资质量监督抽查", "对种子生产经营的监督检查", "种子经营企业", "执法大队一中队", "2021年9月",
                "对农药经营场所的检查", "农药销售企业", "执法大队一中队", "2021年6月",
                "对肥料的监督检查", "肥料经销单位", "执法大队二中队", "2021年7月", "2", "农产品质量安全抽查",
                "对农产品生产基地的抽查", "种养殖基地", "执法大队二中队", "2021年10月") + " |\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("对种子生产经营的监督检查", "对农药经营场所的检查",
                "对肥料的监督检查", "对农产品生产基地的抽查");
        assertThat(d.tasks().get(1).lead()).containsExactly("执法大队一中队");
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2021, 7, 31));
        assertThat(d.tasks().get(3).lead()).containsExactly("执法大队二中队");
    }

    @Test
    void readsRowsNumberedUnderAGroupCellThoughTheHeaderNamesNoNumber() {
        // one cell per line with a lone pipe after each; the merged 工作任务 cell stands before each row's number, and the
        // copy lost it under the row where it began
        String text = String.join("\n|\n", "工作任务", "具体要求", "责任科室", "时限要求",
                "规范公开行政规范性文件", "1", "全面清理行政规范性文件并公布目录。", "办公室", "年底前",
                "做好主动公开基础工作", "2", "规范发布法定主动公开内容。", "各科室", "持续推进",
                "3", "编制发布政府信息公开工作年度报告。", "办公室", "1月31日前",
                "加强宣传", "4", "积极参加政务公开约稿活动。", "各科室", "持续推进") + "\n|\n";
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("全面清理行政规范性文件并公布目录。",
                "规范发布法定主动公开内容。", "编制发布政府信息公开工作年度报告。", "积极参加政务公开约稿活动。");
        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(d.tasks().get(2).lead()).containsExactly("办公室");
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(d.tasks().get(2).section()).isEqualTo("做好主动公开基础工作");
        assertThat(d.tasks().get(3).lead()).containsExactly("各科室");
    }

    @Test
    void readsAPipeTableOneCellALineUnderTheEmptyCellsOfItsCaptionsRow() {
        // cj01: the caption stood in a row of its own whose other cells were empty; the copy left their pipes before
        // the header's first cell
        String text = "附件\n2026年度某市交通运输局涉企行政检查计划\n|\n|\n|\n" + String.join("\n|\n", "序号", "检查事项名称",
                "具体实施检查的\n处室、单位", "检查对象", "计划实施检查\n的时间安排", "检查方式") + "\n|\n|\n"
                + String.join("\n|\n", "1", "道路客运企业检查", "市执法支队", "市区道路客运企业", "全年", "现场检查")
                + "\n|\n|\n" + String.join("\n|\n", "2", "客运站检查", "运输管理处", "市区的客运站", "6月", "现场检查")
                + "\n|\n";
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2026)).readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("道路客运企业检查", "客运站检查");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市执法支队"), List.of("运输管理处"));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void readsAPipeTableOneCellALineWhoseCopyLeftNoGapBetweenRows() {
        // one "|" between every two cells, rows and all: no empty cell marks where a row ends, so the header's width,
        // up to the row number 1, is the rows'
        String text = "某区教体局2025年度“双随机、一公开”抽查工作计划\n|\n" + String.join("\n|\n", "序号", "抽查任务名称",
                "抽查事项", "牵头科室", "信用风险分类监管要求", "抽查时间段",
                "1", "不定向抽查学科类校外培训机构", "培训内容、培训行为检查", "职成科", "对失信主体提高比例", "2025年4月至11月",
                "2", "营利民办幼儿园公示信息定向抽查", "登记证规范使用情况的检查", "基教科", "按风险分类抽取", "2025年9月",
                "3", "校外培训机构消防安全检查", "消防设施检查", "安全科", "全覆盖", "2025年10月") + "\n|\n";
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("不定向抽查学科类校外培训机构",
                "营利民办幼儿园公示信息定向抽查", "校外培训机构消防安全检查");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("职成科"), List.of("基教科"),
                List.of("安全科"));
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void readsRowsNumberedUnderAGroupCellThoughTheHeaderNamesOnlyTheCellsAfterTheNumber() {
        // a web copy whose header lost the group and number columns' words (具体要求 | 责任科室 over rows of four cells);
        // the rows under a group cell came out one cell short, their units under 具体要求
        String text = String.join("\n", "某县医疗保障局2025年度政务公开重点工作清单及分工",
                "具 体 要 求 | 责任科室 | | |",
                "一、围绕中心工作抓好主动公开。 | 1 | 紧扣民生领域,深化社会保障信息公开。 | 办公室牵头,局各股室配合 | |",
                "二、围绕提质增效抓好政策解读 | 2 | 严格落实政策解读与政策文件同步起草。 | 办公室牵头,局各股室配合 | |",
                "3 | 科学确定解读范围,做到应解读尽解读。 | 办公室牵头,局各股室配合 | | |",
                "4 | 合理创新解读方式,运用图片、视频等解读形式。 | 待遇保障股牵头,局各股室配合 | | |");
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2025)).readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("紧扣民生领域,深化社会保障信息公开。",
                "严格落实政策解读与政策文件同步起草。", "科学确定解读范围,做到应解读尽解读。", "合理创新解读方式,运用图片、视频等解读形式。");
        assertThat(d.tasks().get(2).lead()).containsExactly("办公室");
        assertThat(d.tasks().get(3).lead()).containsExactly("待遇保障股");
        assertThat(d.tasks().get(3).assist()).containsExactly("局各股室");
    }

    @Test
    void readsNumberedRowsUnderSectionRowsThoughTheHeaderNamesNoNumber() {
        // one cell per line with a lone pipe after each; the 工作任务 column holds section headings merged over the rows,
        // copied as rows of their own before the first numbered row and between rows
        String text = String.join("\n|\n", "工作任务", "具体要求", "责任单位",
                "一、围绕中心工作抓好主动公开", "(一)以公开助力高质量发展",
                "1", "围绕产业体系建设做好工业升级行动的信息公开。", "市工信局、市发改委",
                "2", "围绕扩大有效投资做好项目建设的信息公开。", "市招商合作中心",
                "(二)以公开保障和改善民生",
                "3", "做好义务教育优质均衡发展的信息公开。", "市教体局",
                "4", "做好就业帮扶和社会保险待遇的信息公开。", "市人社局,各乡镇、街道") + "\n|\n";
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("围绕产业体系建设做好工业升级行动的信息公开。",
                "围绕扩大有效投资做好项目建设的信息公开。", "做好义务教育优质均衡发展的信息公开。", "做好就业帮扶和社会保险待遇的信息公开。");
        assertThat(d.tasks().get(0).lead()).containsExactly("市工信局", "市发改委");
        assertThat(d.tasks().get(2).lead()).containsExactly("市教体局");
        assertThat(d.tasks().get(2).section()).isEqualTo("(二)以公开保障和改善民生");
        assertThat(d.tasks().get(3).lead()).containsExactly("市人社局", "各乡镇", "街道");
    }

    @Test
    void readsUnnumberedRowsUnderSectionRowsWhenTheHeaderNamesTheTaskTwice() {
        // one cell per line; 目标任务 holds the section headings merged over the rows, so each row has only its task
        // and its units, and the units say their part after their names (市发改委牵头落实)
        String text = String.join("\n", "某市2017年政务公开工作要点实施方案", "目标", "任务", "主要内容", "责任单位",
                "一、以政务公开助力稳增长", "(一)加强预期引导",
                "围绕全市经济形势和政策执行情况,通过新闻发布会及时宣传解读。", "市发改委牵头落实",
                "围绕促进就业创业政策,加强就业创业政策信息公开。", "市人社局牵头落实",
                "(二)推进财政信息公开",
                "加强财政政策信息公开,按月公开全市财政收支情况。", "市财政局、市税务局分别牵头落实");
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2017)).readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "围绕全市经济形势和政策执行情况,通过新闻发布会及时宣传解读。", "围绕促进就业创业政策,加强就业创业政策信息公开。",
                "加强财政政策信息公开,按月公开全市财政收支情况。");
        assertThat(d.tasks().get(0).lead()).containsExactly("市发改委");
        assertThat(d.tasks().get(1).lead()).containsExactly("市人社局");
        assertThat(d.tasks().get(2).lead()).containsExactly("市财政局", "市税务局");
        assertThat(d.tasks().get(2).section()).isEqualTo("(二)推进财政信息公开");
    }

    @Test
    void linesUpPipeRowsThatLostTheirMergedGroupCells() {
        String text = """
                2022年政务公开任务分解清单
                工作任务 | 具体要求 | 责任单位 | 时限要求 |
                一、助力经济发展 | （一）公开涉企政策 | 1 | 公开涉及市场主体政策文件的执行情况。 | 市发展改革委 | 持续推进 |
                2 | 开设行业帮扶政策公开专题。 | 市商务局 | 6月底前 |
                3 | 畅通政务服务热线受理和反馈机制。 | 市政务服务中心 | 持续推进 |
                二、推进法治建设 | （二）公开行政执法信息 | 4 | 全面推行行政执法公示制度。 | 市司法局 | 持续推进 |
                """;
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("公开涉及市场主体政策文件的执行情况。",
                "开设行业帮扶政策公开专题。", "畅通政务服务热线受理和反馈机制。", "全面推行行政执法公示制度。");
        assertThat(d.tasks().get(1).lead()).containsExactly("市商务局");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(d.tasks().get(2).section()).isEqualTo("一、助力经济发展");
        assertThat(d.tasks().get(3).lead()).containsExactly("市司法局");
    }

    @Test
    void linesUpPipeRowsWhoseNumberOpensTheTaskText() {
        // the number stands in the task's own cell ("1.积极…"); rows under a merged group cell lost it, and a row whose
        // unit cell was merged with the row above keeps only its task and the pipe that closes it
        String text = """
                工作任务 | 具体要求 | 责任部门 |
                一、做好财政信息公开。 | 1.积极推进本单位预算、决算及相关报表公开。 | 财务科 |
                2.持续深化地方政府债务信息公开。 |
                二、做好政府网站专栏信息公开。 | 3.及时更新网站的各类型概况信息。 | 办公室 |
                4.及时反馈网民对调查征集信息的意见。 | 各科室 |
                5.及时更新微信公众号信息。 | 办公室牵头,各科室配合 |
                """;
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4", "5");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("积极推进本单位预算、决算及相关报表公开。",
                "持续深化地方政府债务信息公开。", "及时更新网站的各类型概况信息。", "及时反馈网民对调查征集信息的意见。",
                "及时更新微信公众号信息。");
        assertThat(d.tasks().get(0).lead()).containsExactly("财务科");
        assertThat(d.tasks().get(3).lead()).containsExactly("各科室");
        assertThat(d.tasks().get(3).section()).isEqualTo("二、做好政府网站专栏信息公开。");
        assertThat(d.tasks().get(4).lead()).containsExactly("办公室");
        assertThat(d.tasks().get(4).assist()).containsExactly("各科室");
    }

    @Test
    void aTwoRowHeaderCopiedRowByRowSplitsTheUpperCellItsLowerRowStandsUnder() {
        // "是否跨部门联合抽查" merged over "是(联合抽查部门) | 否": the lower row is a row of its own, and every row after it
        // has a cell for each of its words, so the columns after the split cell stand one further on
        PlanDraft d = new PlanReader().readText("""
                | 序号 | 抽查任务名称 | 是否跨部门联合抽查 | 抽查事项 | 检查方式 | 责任股室 | 抽取日期 |
                | 是(联合抽查部门) | 否 |
                | 1 | 广告行为检查 | | √ | 广告发布审查情况的检查 | 实地检查 | 市场股 | 2023年10月31日前 |
                | 2 | 涉企收费专项检查 | √ | | 执行政府定价情况的检查 | 书面检查 | 价格股 | 2023年9月30日前 |
                | 3 | 计量器具专项检查 | | √ | 强制检定计量器具的检查 | 实地检查 | 计量股 | 2023年11月30日前 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("广告行为检查", "涉企收费专项检查", "计量器具专项检查");
        assertThat(d.tasks().get(0).lead()).containsExactly("市场股");
        assertThat(d.tasks().get(1).lead()).containsExactly("价格股");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 9, 30));
    }

    @Test
    void aSpotCheckListsProjectCellSpansTheCategoryAndTheMatterUnderIt() {
        // cg10, ak06: 抽查项目 merged over 抽查类别 | 抽查事项, the lower row written as a whole row (empty cells to the
        // table's width), so it is no rest of a broken first row; a row whose 事项 lists the points it checks is named by
        // its 类别, the others by their own 事项
        PlanDraft d = new PlanReader().readText("""
                某区民政局随机抽查事项清单
                序号 | 抽查项目 | 检查对象 | 事项类别 | 检查比例 | 检查方式 | 检查主体 | 检查依据 | |
                抽查类别 | 抽查事项 | ||||||||
                1 | 对社会组织违反法律法规的检查 | 登记事项变动;内部治理;活动开展情况 | 社会组织 | 一般检查事项 | 3% | 现场检查 | 县级以上民政部门 | 《社会团体登记管理条例》 |
                2 | 对慈善组织进行监督检查 | 对慈善组织的监督检查 | 登记在册的慈善组织 | 一般检查事项 | 100% | 现场检查 | 区民政局 | 《慈善法》 |
                3 | 养老机构督查 | 对养老机构服务质量的监督检查 | 养老机构 | 一般检查事项 | 5% | 现场检查 | 区民政局、区消防救援大队 | 《养老机构管理办法》 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("对社会组织违反法律法规的检查",
                "对慈善组织的监督检查", "对养老机构服务质量的监督检查");
        assertThat(d.tasks().get(0).lead()).containsExactly("县级以上民政部门");
        assertThat(d.tasks().get(2).lead()).containsExactly("区民政局", "区消防救援大队");
    }

    @Test
    void aSpotCheckProjectsPartsLostIntoParagraphsStandUnderIt() {
        // ch04: one cell a paragraph, the header's lower row (抽查事项名称 | 抽查内容, under 抽查项目) after its upper row;
        // the rows have one cell fewer than the header's words, so the time stands under 完成时限
        String text = "某市司法局2023年度“双随机、一公开”监管抽查计划\n\n" + String.join("\n\n", "序号", "抽查项目", "检查对象",
                "检查方式", "抽查比例", "完成时限", "抽查事项名称", "抽查内容",
                "1", "对律师的行政检查", "律师执业表现情况", "律师", "现场检查", "5%", "年底",
                "2", "对律师事务所的行政检查", "律师事务所执业情况", "律师事务所", "现场检查", "5%", "10月底前",
                "3", "对基层法律服务所的行政检查", "日常执业情况", "基层法律服务所", "书面检查", "10%", "9月");
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("对律师的行政检查", "对律师事务所的行政检查",
                "对基层法律服务所的行政检查");
        assertThat(d.tasks()).extracting(TaskDraft::end).containsExactly(LocalDate.of(2023, 12, 31),
                LocalDate.of(2023, 10, 31), LocalDate.of(2023, 9, 30));
    }

    @Test
    void aSpotCheckPlanThatNamesNoWorkChecksTheObjectsItNames() {
        // cj02: 检查对象 | 检查依据 | 执行科室 | … | 初步检查时间, no column of the work: each row checks its object
        String cells = "某市司法局2020年度“双随机”检查计划\n" + String.join("\n", "检查对象", "检查依据", "执行科室", "检查比例",
                "初步检查时间", "全市律师事务所", "《律师事务所管理办法》", "律师科", "80%", "2020.4-2020.12",
                "全市公证机构", "《公证机构执业管理办法》", "公共法律服务科", "100%", "2020.6-2020.10");
        PlanDraft d = new PlanReader().readText(cells);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("全市律师事务所", "全市公证机构");
        assertThat(d.tasks().get(1).lead()).containsExactly("公共法律服务科");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2020, 10, 31));

        PlanDraft rows = new PlanReader().readText("""
                某市司法局2020年度“双随机”检查计划
                检查对象 | 检查依据 | 执行科室 | 检查比例 | 初步检查时间
                全市律师事务所 | 《律师事务所管理办法》 | 律师科 | 80% | 2020年4月-12月
                全市公证机构 | 《公证机构执业管理办法》 | 公共法律服务科 | 100% | 2020年6月-10月
                """);
        assertThat(rows.tasks()).extracting(TaskDraft::content).containsExactly("全市律师事务所", "全市公证机构");
        assertThat(rows.tasks().get(0).lead()).containsExactly("律师科");
    }

    @Test
    void aHeaderWordWrappedAfterAPieceThatReadsAsANameStaysInTheHeader() {
        // cj10: one cell a paragraph, 执行 / 处室 wrapped over two paragraphs; 执行 alone ends as a bank's name does
        String text = "某局2024年执法监督随机抽查计划\n\n" + String.join("\n\n", "序号", "抽查事项", "执行", "处室", "抽查",
                "比例", "抽查时间", "1", "市级储备粮专项检查", "执法监督处", "100%", "2024年2月至3月",
                "2", "政策性粮油库存检查", "仓储科", "10%", "2024年4月至6月");
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("市级储备粮专项检查", "政策性粮油库存检查");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("执法监督处"), List.of("仓储科"));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aJointSpotChecksInitiatingBureauIsTheLeadThoughItIsTheSameOnEveryRow() {
        // "发起部门 | 配合部门": the bureau that initiates each joint check leads it, however often it is the same one
        PlanDraft d = new PlanReader().readText("""
                序号 | 抽查任务名称 | 抽查事项 | 发起部门 | 配合部门 | 抽取日期 |
                1 | 校园食品安全联合检查 | 食品安全管理情况的检查 | 区市场监管局 | 区教育局 | 2023年9月1日前 |
                2 | 企业登记事项定向抽查 | 住所或经营场所的检查 | 区市场监管局 | 区农业农村局 | 2023年9月30日前 |
                3 | 检验检测机构专项抽查 | 资质认定情况的检查 | 区市场监管局 | 市生态环境局 | 2023年8月31日前 |
                """);

        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(0).lead()).containsExactly("区市场监管局");
        assertThat(d.tasks().get(0).assist()).containsExactly("区教育局");
        assertThat(d.tasks().get(2).assist()).containsExactly("市生态环境局");
    }

    @Test
    void aPipeRowCutOffByTheEndOfTheTextIsTheLastTask() {
        // the copy ends inside the last row's task cell: no pipe closes it, and in the second row it stands beside
        // the section cell it opens ("三、… | 4.完善…"); its number follows the row above's
        String cut = """
                工作任务 | 具体要求 | 责任部门 |
                一、做好财政信息公开。 | 1.积极推进本单位预算、决算及相关报表公开。 | 财务科 |
                二、做好政府网站专栏信息公开。 | 2.及时更新网站的各类型概况信息。 | 办公室 |
                3.及时反馈网民对调查征集信息的意见。 | 各科室 |
                """;
        PlanDraft d = new PlanReader().readText(cut + "4.提前做好重大政策发布前后的解读回应工作,注意收集相关舆\n");
        PlanDraft beside = new PlanReader().readText(cut + "三、持续加强政策解读。 | 4.提前做好重大政策发布前后的解读回应工作,注意收集\n");

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(d.tasks().get(3).content()).isEqualTo("提前做好重大政策发布前后的解读回应工作,注意收集相关舆");
        assertThat(beside.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(beside.tasks().get(3).content()).isEqualTo("提前做好重大政策发布前后的解读回应工作,注意收集");
    }

    @Test
    void theYearASharingSitePutsBeforeTheFileNameIsNoPartOfTheTitle() {
        // k11, ac16: the site names the copy "2022年X.doc" for the year it took it; the document is titled X
        String text = "2022年秋冬季禁止秸秆焚烧烧荒工作实施方案.doc\n"
                + "《2022年秋冬季禁止秸秆焚烧烧荒工作实施方案.doc》由会员分享,可在线阅读,更多相关《2022年秋冬季禁止秸秆焚烧烧荒工作实施方案"
                + ".doc(3页珍藏版)》请在某某文库上搜索。\n"
                + "1、秋冬季禁止秸秆焚烧烧荒工作实施方案 为切实做好2014年秋冬季全乡禁止秸秆焚烧工作,特制定本方案。一、工作任务(一)加强巡查。"
                + "各村要组织人员开展巡查。(二)加强宣传。乡宣传办负\n"
                + "2、责在集镇悬挂横幅。二、工作要求各村要高度重视。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.title()).isEqualTo("秋冬季禁止秸秆焚烧烧荒工作实施方案");
    }

    @Test
    void joinsTheFlattenedPagesOfADocumentSharingSite() {
        // each page one line opening with its number, the next page's number inside a sentence, no line breaks left
        String text = "2023年“4·15”国家安全教育日活动方案.docx\n"
                + "《2023年“4·15”国家安全教育日活动方案.docx》由会员分享,可在线阅读,更多相关《2023年“4·15”国家安全教育日活动方案"
                + ".docx(3页珍藏版)》请在某某文库上搜索。\n"
                + "1、2023年“415”国家安全教育日活动方案为增强全镇干部群众国家安全意识,特制定本方案。一、活动主题贯彻总体国家安全观"
                + "二、工作安排(一)强化学习教育。组织全体干部职工开展国家安全知识测试。(责任单位:党政办、各村)(二)开展学校教育。"
                + "制作国家安全宣传教育特色课程。(责任单位:科教中\n"
                + "2、心、中心学校)(三)开展集中宣传。开启仪式时间:4月15日地点:镇文化广场牵头单位:综治办工作要求:各村组织群众参加。\n"
                + "3、三、工作要求各单位要高度重视。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.title()).isEqualTo("2023年“415”国家安全教育日活动方案");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("强化学习教育", "开展学校教育", "开展集中宣传");
        assertThat(d.tasks().get(0).lead()).containsExactly("党政办", "各村");
        assertThat(d.tasks().get(1).lead()).containsExactly("科教中心", "中心学校");
        assertThat(d.tasks().get(2).lead()).containsExactly("综治办");
        assertThat(d.tasks().get(2).start()).isEqualTo(LocalDate.of(2023, 4, 15));
    }

    @Test
    void aNumberedItemIsOneTaskAndTheUnitsItsSentencesTellAreItsUnits() {
        String text = "某县2024年度部门联合抽查工作计划\n"
                + "一、强化统筹推进\n县市场监管局要按照年度计划，及时会同县卫健委制定具体实施方案。县公安局要密切配合，照单履职；"
                + "形成监管合力。切实减少多头检查。\n"
                + "二、组织宣传活动\n县司法局要组织开展集中宣传，发放宣传资料。\n"
                + "三、职责分工\n县教育局负责校园检查。县卫健局负责医疗机构检查。\n";
        PlanDraft d = new PlanReader().readText(text);

        // under a part's name (职责分工) each sentence is a task; under a measure's heading the item is
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("强化统筹推进", "组织宣传活动",
                "县教育局负责校园检查", "县卫健局负责医疗机构检查");
        assertThat(d.tasks().get(0).lead()).containsExactly("县市场监管局", "县公安局");
        assertThat(d.tasks().get(1).lead()).containsExactly("县司法局");
        assertThat(d.tasks().get(3).lead()).containsExactly("县卫健局");
    }

    @Test
    void townshipsAndTheBareKindsOfBodyListedAfterThemAreTheSubject() {
        String text = "某市职业病防治法宣传周活动方案\n三、活动形式\n"
                + "（一）各乡镇、街道要结合辖区实际组织开展宣传活动，组织厂矿企业在单位内部开展宣传。\n"
                + "（二）各村、学校要张贴宣传海报。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "各乡镇、街道要结合辖区实际组织开展宣传活动，组织厂矿企业在单位内部开展宣传", "各村、学校要张贴宣传海报");
        assertThat(d.tasks().get(0).lead()).containsExactly("各乡镇", "街道");
        assertThat(d.tasks().get(1).lead()).containsExactly("各村", "学校");
    }

    @Test
    void aHeadingThatNamesAnActivityIsOneTaskItsSentencesUnitsShare() {
        String text = "某大学后勤安全生产月活动方案\n四、活动安排\n（一）开展安全宣传教育活动\n"
                + "各科室、中心要集中开展一次安全宣传教育活动。宣传安全生产红线意识。后勤管理处将于6月中旬统一组织安全教育培训活动。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展安全宣传教育活动");
        assertThat(d.tasks().get(0).lead()).containsExactly("各科室", "中心", "后勤管理处");
    }

    @Test
    void paragraphsLedByATemplatesMaskedDatesAreTasksWithNoDatesMadeUp() {
        String text = "xx市知识产权宣传周活动方案\n五、活动安排\n"
                + "xx月xx日，xx日报发布《20xx年xx市知识产权发展与保护状况白皮书》。\n"
                + "xx月xx日—23日，开展流通领域专业市场查处假冒专利专项行动。\n"
                + "xx月xx日—25日，开展电子商务平台专项检查。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("xx月xx日", "xx月xx日—23日", "xx月xx日—25日");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "xx日报发布《20xx年xx市知识产权发展与保护状况白皮书》", "开展流通领域专业市场查处假冒专利专项行动",
                "开展电子商务平台专项检查");
        assertThat(d.tasks()).allMatch(t -> t.start() == null && t.end() == null);
    }

    @Test
    void aListOfMeasuresThatNamesNoOneWhoActsIsNoTasks() {
        String text = "某镇2024年安全生产月活动方案\n四、主要任务\n"
                + "1. 组织召开动员大会。由县委组织部牵头召开安全生产月活动动员大会。\n"
                + "2. 推进应急演练工作。组织相关部门联合开展突发事件应急处置演练。\n"
                + "五、保障措施\n1. 加强组织领导。成立专门的工作领导小组，负责统筹协调各项工作的开展。\n"
                + "2. 落实经费保障。将所需资金纳入财政预算。\n";
        PlanDraft d = new PlanReader().readText(text);

        // 主要任务 is read whole (推进应急演练工作 names whom it acts on, not who acts); 保障措施 names no one
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("组织召开动员大会", "推进应急演练工作");
        assertThat(d.tasks().get(0).lead()).containsExactly("县委组织部");
        assertThat(d.tasks().get(1).lead()).isEmpty();
    }

    @Test
    void aSigningBodysNameBrokenOverTwoLinesIsOneName() {
        // w09: a long name set over two lines above the date, broken after the 和 inside it
        PlanDraft d = new PlanReader().readText("""
                关于印发《2025年下陆区未成年人防溺水工作方案》的通知
                各街道(园区):
                现将《2025年下陆区未成年人防溺水工作方案》印发给你们,请认真贯彻落实。
                下陆区安全生产和防灾
                减灾救灾委员会办公室
                2025年5月30日
                """);

        assertThat(d.issuer()).isEqualTo("下陆区安全生产和防灾减灾救灾委员会办公室");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 5, 30));
    }

    @Test
    void aMinistryThatOpensTheTitleIssuesIt() {
        // ac07, ac14, i-batch: a national ministry's title (X部关于…, X部办公厅关于…, 海关总署关于…) names its issuer
        for (String ministry : List.of("人力资源社会保障部", "文化和旅游部办公厅", "海关总署")) {
            PlanDraft d = new PlanReader().readText(ministry + "关于开展2023年全国公共就业服务专项活动的通知\n"
                    + "各省、自治区、直辖市人力资源社会保障厅(局):\n一、活动安排\n(一)春风行动。1-3月,由各级人力资源社会保障部门开展。\n");

            assertThat(d.issuer()).isEqualTo(ministry);
        }
    }

    @Test
    void readsStagesThatOpenWithTheirDatesUnderTheBodyNamedOverTheTitle() {
        String text = "东山社区居民委员会\n2011年爱国卫生月活动方案\n为改善社区环境，制定本方案。\n二、活动内容\n"
                + "（一）4月1—10日为宣传发动阶段。\n各社区采取板报宣传、健康咨询等形式开展宣传活动。\n"
                + "（二）4月11—20日为灭鼠活动阶段。\n各网格要组织居民开展春季灭鼠工作。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.issuer()).isEqualTo("东山社区居民委员会");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("为宣传发动阶段", "为灭鼠活动阶段");
        assertThat(d.tasks().get(0).lead()).containsExactly("各社区");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2011, 4, 1));
        assertThat(d.tasks().get(1).lead()).containsExactly("各网格");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2011, 4, 20));
    }

    @Test
    void aFlattenedDocumentsDatedPointsAreCutThoughTheFirstIsGluedToItsHeadingAndEachOpensWithItsDay() {
        // al05: "四、活动内容1、3月2日开展…;2、3月5日开展…" in a page that ran the plan into one line: the 1 glued to
        // the heading, each point's number followed by its day; "三、活动目的以3月5日…为契机" is the plan's aim, no task
        String text = "团县委学雷锋志愿服务月活动实施方案\n"
                + "团县委学雷锋志愿服务月活动实施方案为大力弘扬雷锋精神，团县委决定在全县开展学雷锋志愿服务月活动，特制定本方案。"
                + "一、活动主题开展学雷锋志愿服务月活动。二、活动时间2012年3月1日—3月31日三、活动目的以3月5日“学雷锋纪念日”为契机，"
                + "组织广大团员青年集中开展系列志愿服务活动。四、活动内容1、3月2日开展关爱贫困儿童爱心慰问志愿活动;"
                + "2、3月5日开展清洁家园青年志愿者义务活动。3、3月12日开展“植树节”义务活动;4、3月28日公布评先结果,表彰好人好事\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展关爱贫困儿童爱心慰问志愿活动",
                "开展清洁家园青年志愿者义务活动", "开展“植树节”义务活动", "公布评先结果,表彰好人好事");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2012, 3, 2));
        assertThat(d.tasks().get(3).end()).isEqualTo(LocalDate.of(2012, 3, 28));
    }

    @Test
    void cutsADocumentThatACopyFlattenedIntoOneLine() {
        // a document site's page: its terms of use as a numbered list, then the whole plan in one line, title twice
        String title = "某省爱卫办2017年爱国卫生运动纪念活动方案";
        String text = title + "\n1、本文档由用户上传，本站整理发布，可阅读全部内容。\n3、本文档由用户上传，本站不保证质量和数量令人满意。\n"
                + title + title + "为隆重纪念爱国卫生运动65周年，根据全国爱卫办要求，特制订本活动方案。一、全省统一活动"
                + "（一）召开全省健康城市建设启动会时间:2017年4月下旬主办:省爱国卫生运动委员会承办:某市爱国卫生运动委员会"
                + "（二）制作爱国卫生运动专题图册时间:2017年2—4月主办:省爱国卫生运动委员会办公室内容:征集历史资料，编印成册。"
                + "二、各地活动（一）开展集中宣传活动时间:2017年4月主办:各市县爱卫办\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.title()).isEqualTo(title);
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("召开全省健康城市建设启动会", "制作爱国卫生运动专题图册",
                "开展集中宣传活动");
        assertThat(d.tasks().get(0).lead()).containsExactly("省爱国卫生运动委员会");
        assertThat(d.tasks().get(0).assist()).containsExactly("某市爱国卫生运动委员会");
        assertThat(d.tasks().get(1).lead()).containsExactly("省爱国卫生运动委员会办公室");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2017, 2, 1));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2017, 4, 30));
        assertThat(d.tasks().get(2).lead()).containsExactly("各市县爱卫办");
    }

    @Test
    void fieldsAfterSubItemsBelongToTheirItemAndFieldsWrappedOntoTheNextItemToTheirOwn() {
        String text = "某市应急体系建设规划责任分解\n（一）“一案三制”建设\n1.完善应急预案体系\n"
                + "（1）加强应急预案管理，规范应急预案编制工作。\n（2）加强应急预案演练，完善演练管理制度。\n"
                + "（责任单位：市直各有关单位、各县（市、区）人民政府）\n"
                + "2.健全应急管理体制。\n（责任单位：市应急管理局）3.加强应急队伍建设。\n（责任单位：市消防救援支队）\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("完善应急预案体系", "健全应急管理体制",
                "加强应急队伍建设");
        assertThat(d.tasks().get(0).lead()).containsExactly("市直各有关单位", "各县（市、区）人民政府");
        assertThat(d.tasks().get(1).lead()).containsExactly("市应急管理局");
        assertThat(d.tasks().get(2).lead()).containsExactly("市消防救援支队");
    }

    @Test
    void aPartsHeadingAndItsItemsRunOnThroughTheirFieldsBracketsAreEachTheirOwn() {
        // dv01, s11: a PDF's copy that ran a part's heading into its first item, and each item's 〔…〕 fields into the
        // next item or the next part's heading
        String text = "某县2022年法治政府建设工作计划\n"
                + "一、持续推进学习宣传贯彻习近平法治思想 1.推动学习宣传贯彻习近平法治思想走深走实。将其纳入学习内容。\n"
                + "〔牵头单位:县政府办公室、县司法局;责任单位:县政府各部门,各镇人民政府(街道办事处)〕 二、压实法治政府建设第一责任人职责\n"
                + "2.将法治政府建设与经济社会发展同部署。按时报送并向社会公开。〔牵头单位:县司法局;责任单位:县政府各部门〕 "
                + "3.县政府常务会议定期研究法治工作。〔牵头单位:县政府办公室〕\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("推动学习宣传贯彻习近平法治思想走深走实",
                "将法治政府建设与经济社会发展同部署", "县政府常务会议定期研究法治工作");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县政府办公室", "县司法局"),
                List.of("县司法局"), List.of("县政府办公室"));
        assertThat(d.tasks().get(0).assist()).containsExactly("县政府各部门", "各镇人民政府(街道办事处)");
    }

    @Test
    void aListUnderAHeadingOneOfWhoseItemsNamesItsUnitInAFieldIsReadWholeHoweverLong() {
        // dv10: a district's 政务公开 points, one item of eight with its (责任单位:…) bracket, unclosed where the page cut it;
        // the plan's own parts over it (一、…) are no list of work
        String text = "某区2024年政务公开工作要点\n一、依法规范做实主动公开\n（二）主动公开促进经济平稳健康发展情况信息\n"
                + "1.做好2024年重大项目建设计划的公开\n2.做好营商环境改革相关方案制定和公开\n3.持续推动碳达峰“十大行动”落实\n"
                + "4.做好促进民营经济发展的政策措施公开\n5.做好推进新型工业化相关政策的发布和解读\n6.围绕促进和扩大消费\n"
                + "7.做好重点企业“服务包”政策落实情况公开和宣传(责任单位:各委办局\n8.持续做好公共资源交易服务平台的信息公开\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).hasSize(8);
        assertThat(d.tasks().get(6).lead()).containsExactly("各委办局");
        assertThat(d.tasks().get(0).lead()).isEmpty();
    }

    @Test
    void theHostsAndTheOverallRequirementsArePartsOfThePlanNotTasks() {
        String text = "某市2017年消防宣传月活动方案\n三、主办、承办单位\n主办单位：市消防支队。承办单位：市教育局、市文明办。\n"
                + "四、活动内容\n（一）抓好集中宣传活动\n11月9日，市消防支队组织开展集中宣传。\n"
                + "五、活动总要求\n各相关部门要高度重视，精心组织。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("抓好集中宣传活动");
        assertThat(d.tasks().get(0).lead()).containsExactly("市消防支队");
    }

    @Test
    void aSubjectMayQuoteItsCampaignButAQuotedSloganIsNoOne() {
        String text = "某镇2013年安全生产月活动方案\n五、活动内容\n"
                + "1、活动期间，镇“安全生产月”活动领导小组将组织开展一次安全生产主题宣传。\n"
                + "2、各年级以班级为单位，举办一次消防主题班会。\n"
                + "3、宣传“人人讲安全、个个会应急”主题。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(0).lead()).containsExactly("镇“安全生产月”活动领导小组");
        assertThat(d.tasks().get(1).lead()).containsExactly("各年级");
        assertThat(d.tasks().get(2).lead()).isEmpty();
    }

    @Test
    void cutsItemsThatAParagraphRunsOn() {
        PlanDraft d = new PlanReader().readText("某市人民政府关于优化营商环境的实施意见\n一、持续减少审批事项\n"
                + "1.深化商事制度改革。(1)全面落实“多证合一”改革。按照能整合的尽量整合的原则推进。（责任单位：市市场监管局）"
                + "(2)完善企业登记全程电子化。2017年底前实现全程网上办理。（责任单位：市数据资源局）"
                + "(3)推进企业名称登记改革。放开企业名称预先核准。（责任单位：市市场监管局、市政务服务中心）\n");

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("全面落实“多证合一”改革", "完善企业登记全程电子化",
                "推进企业名称登记改革");
        assertThat(d.tasks().get(1).lead()).containsExactly("市数据资源局");
        assertThat(d.tasks().get(2).lead()).containsExactly("市市场监管局", "市政务服务中心");
    }

    @Test
    void readsANoticeThatAPagePutIntoOneParagraph() {
        PlanDraft d = new PlanReader().readText("各镇人民政府，县政府各部门： 《2022年重点工作责任分解》已经县政府同意，现印发给你们，"
                + "请认真贯彻执行。 某县人民政府办公室 2022年4月18日 2022年重点工作责任分解 一、经济发展 "
                + "1.全县生产总值增长7.5%左右，一般公共预算收入增长8.5%。 责任单位:县发改局、县财政局 "
                + "2.落实党政机关过紧日子的要求，严控“三公”经费和会议费。 责任单位:县财政局 "
                + "3.深化“亩均论英雄”改革，狠抓全域土地综合整治，完成垦造耕地2000亩。 责任单位:县自然资源和规划局 二、法治政府 "
                + "1.坚持县政府常务会议集体学法，发挥法律顾问作用。 责任单位:县司法局\n");

        assertThat(d.tasks()).hasSize(4);
        assertThat(d.tasks().get(0).content()).startsWith("全县生产总值增长7.5%左右");
        assertThat(d.tasks().get(0).lead()).containsExactly("县发改局", "县财政局");
        assertThat(d.tasks().get(2).lead()).containsExactly("县自然资源和规划局");
        assertThat(d.tasks().get(3).lead()).containsExactly("县司法局");
    }

    @Test
    void anItemEndingInABracketOfUnitsWithTheirDutyNamesThemAsLeads() {
        PlanDraft d = new PlanReader().readText("2022年某市打击侵权假冒工作要点\n一、加大行政保护力度\n"
                + "1.以驰名商标、老字号为重点，严厉打击商标侵权等违法行为。（市市场监管局、市知识产权局按职责分工负责）\n"
                + "2.加强进出口环节知识产权保护。（市海关牵头负责）\n");

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("市市场监管局", "市知识产权局");
        assertThat(d.tasks().get(1).lead()).containsExactly("市海关");
    }

    @Test
    void aContentFarmsMenuAndHeadingGiveWayToTheDocumentsOwnTitleAndItsYear() {
        PlanDraft d = new PlanReader().readText("""
                考试在线 专业排名 专业介绍 大学排名 高考志愿

                消防宣传月活动方案

                更新时间:2023-08-01 03:03:41 来源:考试在线

                  2017消防宣传月活动方案1

                一、活动内容
                （一）11月1日至10日，由县消防大队在城区广场开展消防宣传咨询活动。
                """);
        PlanDraft e = new PlanReader().readText("""
                范文网 范文大全

                爱国卫生月活动方案

                发布时间:2020-03-03 06:28:16 来源:范文大全

                某某社区居民委员会

                2010年爱国卫生月活动方案

                （一）4月1—11日为宣传发动阶段。
                """);

        assertThat(d.title()).as("not the menu, not the page's heading, not the collection's number")
                .isEqualTo("2017消防宣传月活动方案");
        assertThat(d.year()).as("the title's year, not the page's update").isEqualTo(2017);
        assertThat(e.title()).isEqualTo("2010年爱国卫生月活动方案");
        assertThat(e.year()).isEqualTo(2010);
    }

    @Test
    void aLeadColumnNamingOneOfficeOnEveryRowStaysTheLead() {
        // a short table led by one office throughout (the seed's plan, cut after three rows)
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2020)).readText("""
                序号 | 活动内容 | 活动时间 | 牵头部门 | 协助部门
                1 | 制作、群发公益宣传手机短信 | 9月1日-3日 | 质量安全监督管理股 | 办公室，各市场监督管理所
                2 | 组织企业参加首席质量官培训 | 9月 | 质量安全监督管理股 | 各市场监督管理所
                3 | 开展质量奖申报企业经验分享 | 9月 | 质量安全监督管理股 | 标准计量股
                """);

        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks()).allSatisfy(t -> assertThat(t.lead()).containsExactly("质量安全监督管理股"));
        assertThat(task(d, "1").assist()).containsExactly("办公室", "各市场监督管理所");
        assertThat(task(d, "3").assist()).containsExactly("标准计量股");
    }

    @Test
    void aCellListingThePointsToCheckIsNotTheTasksName() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2025)).readText("""
                序号 | 抽查类别 | 抽查事项 | 检查对象 | 检查时间 | 检查主体
                1 | 学校卫生的检查 | 1.学校教学环境卫生。2.学校落实传染病防控情况。 | 学校 | 3月-11月 | 卫生健康部门
                2 | 公共场所卫生的检查 | 1.建立卫生管理档案情况。2.从业人员健康体检情况。 | 公共场所经营单位 | 3月-11月 | 卫生健康部门
                3 | 生活饮用水的检查 | 1.供水单位卫生许可。2.涉水产品卫生质量情况。 | 供水单位 | 4月 | 卫生健康部门
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("学校卫生的检查", "公共场所卫生的检查", "生活饮用水的检查");
        assertThat(task(d, "3").start()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    /** 「工作任务 | 具体要求 | 责任科室 | 时限要求」 copied cell by cell, each closed by its pipe, under section rows. */
    private static final String CLOSED_CELLS = """
            工作任务 |
            具体要求 |
            责任科室 |
            时限要求 |
            ||
            %s |
            (一)聚焦中心工作 |
            1 |
            及时公开加快构建现代化产业体系等方面政策举措和进展成效。 |
            办公室 |
            持续推进 |
            |
            |
            %s |
            深化民生领域信息公开,及时回应群众关切。 |
            市民生办 |
            持续推进 |
            |
            |
            (二)聚焦公众参与 |
            %s |
            围绕重点工作定期组织开展“政府开放日”等活动。 |
            相关业务科室 |
            持续推进 |
            |
            |
            %s |
            及时公开执行情况评估结果。 |
            办公室 |
            年底前 |
            """;

    @Test
    void aSectionRowClosedByItsPipeIsInTheTableWhateverWordsItHolds() {
        // "保障" is a word of the notice's own parts (四、保障措施); a heading closed by its pipe, as the cells are, is a
        // section row of the table all the same
        PlanDraft d = new PlanReader().readText(
                CLOSED_CELLS.formatted("一、围绕服务经济和保障民生抓好主动公开", 2, 3, 4));

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(task(d, "1").lead()).containsExactly("办公室");
    }

    @Test
    void aRowAfterASkippedNumberEndsAtTheNextSectionRow() {
        // the table goes 1, 2, 3, then 5 (a row taken out), then a section row before 6: row 5 ends where the section
        // begins, and row 3 where 5 does
        PlanDraft d = new PlanReader().readText(CLOSED_CELLS.formatted("一、围绕服务经济抓好主动公开", 2, 6, 7)
                .replace("(二)聚焦公众参与 |\n", """
                        3 |
                        加强政策解读。 |
                        宣传科 |
                        持续推进 |
                        |
                        |
                        5 |
                        做好政府网站内容保障。 |
                        信息科 |
                        年底前 |
                        |
                        |
                        (二)聚焦公众参与 |
                        """));

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "5", "6", "7");
        assertThat(task(d, "3").lead()).containsExactly("宣传科");
        assertThat(task(d, "5").content()).isEqualTo("做好政府网站内容保障。");
        assertThat(task(d, "5").lead()).containsExactly("信息科");
        assertThat(task(d, "6").lead()).containsExactly("相关业务科室");
    }

    @Test
    void aLonePipeOverAHeaderOfClosedCellsOpensThatTable() {
        // 「| / 工作任务 | / 具体工作要求 | …」: the copy opens the table with the lone pipe that closes each row; the cells
        // are each closed by their own pipe, and not the cells of a flattened table standing between lone pipes
        PlanDraft d = new PlanReader().readText("|\n" + CLOSED_CELLS.replace("具体要求 |", "具体工作要求 |")
                .replace("||\n", "|\n|\n").formatted("一、围绕服务经济抓好主动公开", 2, 3, 4));

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(task(d, "2").lead()).containsExactly("市民生办");
        assertThat(task(d, "4").timeText()).isEqualTo("年底前");
    }

    @Test
    void aRowUnderMergedCellsKeepsItsOwnCellInItsOwnColumn() {
        // a page's table copied cell by cell, each closed by a pipe; a row under cells merged over it keeps its number
        // and its own cell, then a line of pipes stands for the merged cells it lost
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                序号 |
                权责清单事项 |
                抽查事项 |
                抽查内容 |
                检查对象 |
                检查主体 |
                1 |
                对学校安全工作的监督检查 |
                学校安全管理工作的监督检查 |
                学校风险防控机制建立情况 |
                各级各类学校 |
                区教育局 |
                2 |
                对学校安全状况的评估 |
                ||||
                3 |
                对学校校舍安全的检查 |
                ||||
                4 |
                对职业教育工作的督导评估 |
                对职业院校学生实习工作开展检查 |
                实习组织、实习管理等情况 |
                各职业院校 |
                区教育局 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("对学校安全工作的监督检查",
                "对学校安全状况的评估", "对学校校舍安全的检查", "对职业教育工作的督导评估");
        assertThat(task(d, "4").lead()).containsExactly("区教育局");
    }

    @Test
    void aCellThatListsItsPointsOnePerLineIsOneCellAndTheItemNamesTheRow() {
        // one cell per line: the 内容 cell lists its points a line each, the units break over two lines, the time
        // gives the hour; the 项目 column names each row's work
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                序号
                项 目
                内 容
                责任部门
                实施时间
                1
                下发开展宣传周活动的通知
                部署宣传周活动,确定宣传重点
                省局食品安全监管处
                5月21日前
                2
                启动宣传周活动
                1、 参加省食品安全宣传周启动仪式
                2、 参加各州、地食品安全宣传周启动仪式
                省局食品安全监管处、省卫生监督所食品科、省属3家餐饮单位、西宁市食药监管局
                海东、各州食药监管局
                6月11日10时
                3
                组织参观餐饮服务食品安全示范街
                组织消费者、媒体记者参观示范街,现场介绍示范工程建设成效
                西宁市、海东、各州食品药品监管局
                6月19日(下午)
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("下发开展宣传周活动的通知", "启动宣传周活动", "组织参观餐饮服务食品安全示范街");
        assertThat(task(d, "2").timeText()).isEqualTo("6月11日10时");
        assertThat(task(d, "2").lead()).startsWith("省局食品安全监管处").endsWith("各州食药监管局");
    }

    @Test
    void aTableSpacedByOneSpaceKeepsTheCellsItsRowsLeftEmpty() {
        // one space between cells, a wider gap where cells were left empty under a task merged over two rows: the
        // measure is each row's task, the merged task the group
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2018)).readText("""
                平顶山市全面推行河长制主要任务分解表

                序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位
                1 水资源 严守用水总量红线 实施水资源消耗总量和强度双控行动,防止不合理新增取水。 市水利局 市发展改革委、住房和城乡建设局 各县(市、区)人民政府
                2  严守用水效率红线 落实万元国内生产总值水耗指标等用水效率评估体系。 市水利局 市发展改革委 各县(市、区)人民政府
                3   抓好工业节水。加快实施工业节水技术改造,坚决遏制用水浪费。 市工业和信息化委、水利局 市发展改革委等 各县(市、区)人民政府
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly(
                "实施水资源消耗总量和强度双控行动,防止不合理新增取水。", "落实万元国内生产总值水耗指标等用水效率评估体系。",
                "抓好工业节水。加快实施工业节水技术改造,坚决遏制用水浪费。");
        assertThat(task(d, "3").lead()).containsExactly("市工业和信息化委", "水利局");
        assertThat(task(d, "3").assist()).containsExactly("市发展改革委等", "各县(市、区)人民政府");
    }

    @Test
    void aResponsibleColumnBesideTheLeadAndTheAssistingOnesAssists() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2018)).readText("""
                序号 | 主要任务 | 牵头单位 | 参与单位 | 责任单位
                1 | 严守水资源开发利用控制红线 | 市水利局 | 市发展改革委 | 各县(市、区)人民政府
                2 | 严守用水效率控制红线 | 市水利局 | 市住房和城乡建设局 | 各县(市、区)人民政府
                """);

        assertThat(task(d, "1").lead()).containsExactly("市水利局");
        assertThat(task(d, "1").assist()).containsExactly("市发展改革委", "各县(市、区)人民政府");
    }

    @Test
    void aTableInTraditionalCharactersWithPinyinReadingsIsReadByWhatItsCellsMean() {
        // a mirror's copy: traditional characters, pinyin readings after some (經(jīng)營), one cell per line between pipes
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2025)).readText("""
                序號
                |
                抽查任務(wù)名稱
                |
                抽查事項
                |
                發(fā)起方式
                |
                抽查主體(層級)
                |
                抽查對象
                |
                信用風(fēng)險分類監(jiān)管要求
                |
                抽查時間段
                |
                1
                |
                道路貨物運輸經(jīng)營的檢查
                |
                道路普通貨物運輸經(jīng)營許可的監(jiān)督檢查
                |
                各縣(市)自行發(fā)起,自行檢查
                |
                市、縣(市)交通運輸管理部門
                |
                道路普通貨物運輸經(jīng)營企業(yè)、貨運車輛
                |
                對守信、失信企業(yè)分別按1%、50%比例抽取。
                |
                2025年4月至10月
                |
                |
                2
                |
                道路運輸客運經(jīng)營的監(jiān)督檢查
                |
                班車客運經(jīng)營許可的監(jiān)督檢查
                |
                市局統(tǒng)一發(fā)起,分派到各縣(市)交通運輸局檢查。
                |
                市、縣(市)交通運輸管理部門
                |
                客運企業(yè)、班車客運車輛
                |
                對守信、失信企業(yè)分別按1%、50%比例抽取。
                |
                2025年4月至10月
                |
                |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("道路貨物運輸經營的檢查", "道路運輸客運經營的監督檢查");
        assertThat(task(d, "2").lead()).containsExactly("市", "縣(市)交通運輸管理部門");
        assertThat(task(d, "2").timeText()).isEqualTo("2025年4月至10月");
    }

    @Test
    void aPipeTablesHeaderBrokenOverTwoLinesIsOneRow() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2022)).readText("""
                工作任务 | 具体要求
                | 责任单位 |
                一、做好各类规划主动公开。 | 1.主动公开规划纲要、政策解读等相关信息。 | 市直有关部门;各镇(街) |
                2.做好各项规划的归集整理和主动公开工作。 | 市政府办公室、市发展和改革局 |
                二、做好监管执法信息公开。 | 3.主动公开全国统一的市场准入负面清单。 | 市发展和改革局、市市场监督管理局 |
                4.及时公开建设高标准市场体系行动方案的落实举措。 | 市发展和改革局 |
                5.加强行政执法信息公开。 | 市直有关部门;各镇(街) |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("主动公开规划纲要、政策解读等相关信息。",
                "做好各项规划的归集整理和主动公开工作。", "主动公开全国统一的市场准入负面清单。",
                "及时公开建设高标准市场体系行动方案的落实举措。", "加强行政执法信息公开。");
        assertThat(task(d, "4").lead()).containsExactly("市发展和改革局");
    }

    @Test
    void unitsThatSayTheirPartAfterTheirNamesAreTheNamesAlone() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2022)).readText("""
                序号 | 具体要求 | 责任单位
                1 | 积极推进部门单位财政预算、决算及相关报表公开。 | 市财政局牵头,市直各部门落实;各镇(街)参照落实
                2 | 主动公开全国统一的市场准入负面清单。 | 市发展和改革局牵头,市有关单位按职能分工负责
                3 | 加强行政执法信息公开。 | 市直有关部门;各镇(街)
                """);

        assertThat(task(d, "1").lead()).containsExactly("市财政局");
        assertThat(task(d, "1").assist()).containsExactly("市直各部门", "各镇(街)");
        assertThat(task(d, "2").assist()).containsExactly("市有关单位");
    }

    @Test
    void aColumnOfTheUnitsThatTakePartAssistsWhateverWordsStandInItsHeader() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2007)).readText("""
                序号 | 主要内容 | 时间 | 地点 | 参加活动的主要单位
                1 | 科技活动周启动仪式暨三下乡活动 | 5月19日 | 临颍县 | 市委宣传部、市科技局、科协
                2 | 科普知识进社区 | 5月20日 | 各社区 | 市科协、市卫生局
                """);

        assertThat(task(d, "1").lead()).isEmpty();
        assertThat(task(d, "1").assist()).containsExactly("市委宣传部", "市科技局", "科协");
    }

    @Test
    void rowsNumberedByCodesAreRowsStill() {
        // the number column holds the plan's codes (2023001), not 1, 2, 3; a 联合处室 column names who joins
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                抽查计划编号
                |
                抽查任务名称
                |
                抽查事项
                |
                发起处室
                |
                联合处室
                |
                抽查时间
                |
                2023001
                |
                2023年内部联合随机抽查
                |
                对经营性互联网文化单位、旅游从业者的检查
                |
                网络执法队、旅游执法队
                |
                传媒管理科
                |
                2023年10月至11月
                |
                2023002
                |
                2023年娱乐场所随机抽查
                |
                对娱乐场所经营活动的检查
                |
                文化娱乐执法队
                |
                市场管理科
                |
                2023年6月
                |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("2023年内部联合随机抽查", "2023年娱乐场所随机抽查");
        assertThat(d.tasks().get(0).assist()).containsExactly("传媒管理科");
        assertThat(d.tasks().get(1).timeText()).isEqualTo("2023年6月");
    }

    @Test
    void aTimeCellMayGoOnWithWhatIsDueByItsDeadline() {
        // one cell per line: "7月底前制定扬尘治理方案" is the row's time, not its task
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2018)).readText("""
                工作任务
                责任单位
                完成时间
                负责大气污染综合治理工作任务的督导和检查考核工作
                县委督查室
                持续开展
                负责制定城区扬尘污染整治百日攻坚工作方案
                县五城办
                7月底前制定扬尘治理方案
                负责抓好砂石场的扬尘污染防治工作
                县交通运输局
                12月底前完成新能源汽车更换
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("负责大气污染综合治理工作任务的督导和检查考核工作",
                "负责制定城区扬尘污染整治百日攻坚工作方案", "负责抓好砂石场的扬尘污染防治工作");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2018, 7, 31));
    }

    @Test
    void aUnitWorkingWithOthersLeadsAndTheOthersAssist() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2022)).readText("""
                序号 | 抽查事项 | 检查主体 | 检查时间
                1 | 中小学办学情况抽查 | 教育局 联合 卫健委 市场监管局 | 9月
                2 | 民办学校年检 | 政审处会基教处、职成处 | 10月
                3 | 对教育经费的监督管理 | 计财处 | 11月
                """);

        assertThat(task(d, "1").lead()).containsExactly("教育局");
        assertThat(task(d, "1").assist()).containsExactly("卫健委", "市场监管局");
        assertThat(task(d, "2").lead()).containsExactly("政审处");
        assertThat(task(d, "2").assist()).containsExactly("基教处", "职成处");
    }

    @Test
    void theLastRowOfATableThatKeptEveryCellKeepsEveryCellToo() {
        // every row so far held a cell per column: so does the last, though the notice goes on right after it
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2021)).readText("""
                序号 |
                日期 |
                时间 |
                地点 |
                活动内容 |
                参加对象 |
                负责部门 |
                1 |
                5月18日 |
                13:30 |
                J4-102 |
                校园宿舍消防安全管理工作主题讲座 |
                宿舍管理员 |
                保卫处、后勤处 |
                2 |
                5月20日 |
                14:30 |
                综合楼报告厅 |
                实验实训室消防知识主题讲座 |
                实验室管理员 |
                保卫处、资产处 |
                3 |
                6月8日 |
                14:00 |
                J4-102 |
                校园火灾隐患排查讲座 |
                消防志愿者 |
                保卫处、学生处 |
                4 |
                6月 |
                自行安排 |
                自行安排 |
                防灾减灾与校园防火主题班会 |
                全校学生 |
                学生处、各二级学院 |
                各二级学院应按本通知要求组织各班级开展主题班会,并将班会组织开展情况以总结方式发送至保卫处。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("校园宿舍消防安全管理工作主题讲座",
                "实验实训室消防知识主题讲座", "校园火灾隐患排查讲座", "防灾减灾与校园防火主题班会");
        assertThat(task(d, "4").timeText()).isEqualTo("6月");
    }

    @Test
    void aHeaderWordSpacedOutLetterByLetterIsOneColumn() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2016)).readText("""
                序号 工 作 任 务 牵头负责部门
                1 居民消费价格涨幅3%左右 发展改革委
                2 城镇新增就业1000万人以上 人力资源社会保障部
                3 再开工20项重大水利工程 水利部
                4 中央预算内投资安排5000亿元 发展改革
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("居民消费价格涨幅3%左右",
                "城镇新增就业1000万人以上", "再开工20项重大水利工程", "中央预算内投资安排5000亿元");
        assertThat(task(d, "4").lead()).containsExactly("发展改革");
    }

    @Test
    void aHeaderCellWrappedBeforeItsNounOrItsNoteIsOneCell() {
        // "抽查任务 / 名称", "检查主体 / (层级)", "实施抽查 / 时间段": the last line of a wrapped header cell is the noun
        // that names the column, or a bracketed note on it
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2019)).readText("""
                序号
                抽查任务
                名称
                抽查事项
                检查主体
                (层级)
                实施抽查
                时间段
                1
                人工繁育野生动物的检查
                人工繁育国家重点保护野生动物的检查
                市局林政科
                2019年9月至11月
                2
                野生植物经营利用的检查
                野生植物经营利用许可的检查
                市局保护科
                2019年10月
                3
                林木种苗生产经营的检查
                林木种苗生产经营许可的检查
                市局种苗站
                2019年6月
                """);

        assertThat(d.reading().tables()).singleElement()
                .satisfies(t -> assertThat(t.header()).contains("抽查任务名称", "检查主体(层级)", "实施抽查时间段"));
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("人工繁育野生动物的检查", "野生植物经营利用的检查",
                "林木种苗生产经营的检查");
        assertThat(task(d, "1").lead()).containsExactly("市局林政科");
        assertThat(task(d, "3").timeText()).isEqualTo("2019年6月");
    }

    @Test
    void aNumberedActivityTableWithoutUnitsOrTimesIsATaskTable() {
        // "序号 | 活动名称 | 活动内容": the bureau that issued the plan does every row, so no column names a unit or a time
        PlanDraft d = new PlanReader().readText("""
                2023年某市“质量月”活动安排
                序号 | 活动名称 | 活动内容 |
                1 | 举办“质量月”活动启动仪式 | 举办启动仪式，学习贯彻质量强国建设纲要，各镇街分局负责人参加。 |
                2 | 加大“质量月”活动主题宣传 | 通过日报、公交车车身广告、户外显示屏等宣传活动主题及口号。 |
                3 | 组织开展质量标杆学习活动 | 组织开展不少于3场次质量标杆学习活动，帮助中小企业提升管理水平。 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("举办“质量月”活动启动仪式", "加大“质量月”活动主题宣传", "组织开展质量标杆学习活动");
        assertThat(d.tasks()).allSatisfy(t -> assertThat(t.lead()).isEmpty());
    }

    @Test
    void aSpotCheckListOfParagraphsWithoutUnitsIsReadByItsRunningNumber() {
        // a site's fields ("废止日期: 文 号:") are no header; a short 事项类别 cell is its own column, not the end of the
        // item's name; the 抽查内容 cell runs over two sentences, each a paragraph
        PlanDraft d = new PlanReader().readText("""
                发布日期: 2022-06-16 成文日期: 2022-06-16
                废止日期: 文 号:
                关键词:

                某市林业局随机抽查事项清单

                序号

                抽查事项

                事项类别

                抽查内容

                抽查依据

                抽查方式

                1

                林木种子生产、经营、质量监督检查

                行政检查

                开展林木种子生产经营活动情况。

                林木种子生产经营档案制度执行情况。

                《中华人民共和国种子法》第五十条。

                书面检查、实地检查

                2

                植物检疫检查

                行政检查

                对森林植物及其产品的生产、经营、存放等场所，依照规定实施现场检疫或者复检、查验植物检疫证书。

                《植物检疫条例》(国务院,1992年5月13日修订)

                第三条

                书面检查、实地检查

                3

                森林防火检查

                行政检查

                森林防火区内有关单位的森林防火组织建设、森林防火责任制落实等情况

                《森林防火条例》第二十四条

                书面检查、实地检查
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("林木种子生产、经营、质量监督检查", "植物检疫检查", "森林防火检查");
    }

    @Test
    void aPipeRowBrokenWhereACellHeldALineBreakIsOneRow() {
        // the first cell of 抽查内容 opened with its list of points on a line of its own: the row goes on there
        PlanDraft d = new PlanReader().readText("""
                某市人力资源和社会保障领域“双随机、一公开”抽查事项清单
                序号 | 抽查类别 | 抽查内容 | 检查对象 | 检查方式 | 检查部门 | 检查依据 |
                1 | 对用人单位制定规章制度的行政检查 |
                1.用人单位制定的劳动规章制度是否违反法律。2.规章制度是否违反法规。 | 各类用人单位 | 现场检查 | 市人力资源社会保障局 | 劳动法第89条 |
                2 | 劳动合同及招用工管理的行政检查 | 1.劳动合同文本是否载明必备条款。2.是否约定试用期。 | 各类用人单位 | 现场检查 | 市劳动保障监察支队 | 劳动合同法第81条 |
                3 | 工资支付情况的行政检查 | 1.是否按时足额支付工资。2.是否低于最低工资标准。 | 各类用人单位 | 书面检查 | 市劳动保障监察支队 | 劳动法第91条 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("对用人单位制定规章制度的行政检查", "劳动合同及招用工管理的行政检查", "工资支付情况的行政检查");
        assertThat(task(d, "1").lead()).containsExactly("市人力资源社会保障局");
    }

    @Test
    void aUnitColumnWhoseHeaderAddsTheLevelLeads() {
        // "检查部门及实施层级": the units with the level they act at; "抽查比例及频次" names no role
        PlanDraft d = new PlanReader().readText("""
                某县教育局抽查事项清单
                序号 | 抽查事项 | 抽查内容 | 抽查比例及频次 | 检查部门及实施层级 |
                1 | 对学校安全工作的监督检查 | 学校安全管理制度落实情况 | 不低于5% | 县教育局安全股 |
                2 | 对校外培训机构的检查 | 培训机构办学行为 | 不低于3% | 县教育局基础教育股 |
                """);

        assertThat(d.reading().tables()).singleElement()
                .satisfies(t -> assertThat(t.roles()).containsExactly("NO", "CONTENT", "CONTENT", "OTHER", "LEAD"));
        assertThat(task(d, "2").lead()).containsExactly("县教育局基础教育股");
    }

    @Test
    void aGroupCellMergedOverRowsOfAPipeTableIsCarriedDown() {
        // "工作任务" merged over the rows of its "具体内容": the copy keeps it in the group's first row only, and the
        // rows under it are a cell short; the empty cell between rows still parts them
        PlanDraft d = new PlanReader().readText("""
                |
                工作任务
                |
                具体内容
                |
                责任部门
                |
                |
                推进政策公开
                |
                常态化公开就业、住房、教育、医疗等领域信息。
                |
                财政所、便民服务中心
                |
                |
                探索特定群体的线下公开渠道，持续发布相关政策文件。
                |
                便民服务中心
                |
                |
                开展“线上政策宣讲”和“线下政策宣传专项行动”。
                |
                民政办公室、卫生院
                |
                |
                强化权力配置信息公开
                |
                动态更新本镇各部门权责事项清单。
                |
                党政办公室
                |
                |
                健全行政执法信息全流程公示机制。
                |
                综合执法队
                |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("常态化公开就业、住房、教育、医疗等领域信息。",
                "探索特定群体的线下公开渠道，持续发布相关政策文件。", "开展“线上政策宣讲”和“线下政策宣传专项行动”。",
                "动态更新本镇各部门权责事项清单。", "健全行政执法信息全流程公示机制。");
        assertThat(d.tasks().get(1).lead()).containsExactly("便民服务中心");
        assertThat(d.tasks().get(4).lead()).containsExactly("综合执法队");
    }

    @Test
    void aLiaisonOfficeColumnIsNotWhoLeads() {
        // "联络股室(单位)": whom to contact about a check, beside the 发起部门 that leads it
        PlanDraft d = new PlanReader().readText("""
                某市文旅局部门联合抽查计划
                序号 | 抽查事项 | 发起部门 | 配合部门 | 完成时限 | 联络股室(单位) |
                1 | 娱乐场所取得许可证情况的检查 | 文旅部门 | 消防救援部门 | 10月底前 | 市文旅市场综合执法大队 |
                2 | 互联网上网服务营业场所的检查 | 文旅部门 | 市场监管部门 | 10月底前 | 市市场监管局消费网监股 |
                """);

        assertThat(task(d, "1").lead()).containsExactly("文旅部门");
        assertThat(task(d, "2").assist()).containsExactly("市场监管部门");
    }

    @Test
    void aTaskCopiedIntoTheFirstCellOfARowLeftEmptyIsATask() {
        // the task's other cells were merged with the row above: the copy put its text in the first cell and left the
        // rest empty; it goes on with the numbering of the task cell above it, so it is no section heading
        PlanDraft d = new PlanReader().readText("""
                某县文旅局抽查事项清单
                序号 | 抽查领域 | 抽查事项 | 发起部门 | 完成时限 |
                1 | 娱乐场所监管 | 1.娱乐场所取得许可证情况的检查 | 文旅部门 | 10月底前 |
                2 | 旅行社行业监管 | 2.旅行社取得许可证情况的检查 | 文旅部门 | 10月底前 |
                3.旅行社经营情况的检查 | ||||
                3 | 体育经营行业监管 | 4.对经营高危险性体育项目的检查 | 文旅部门 | 11月底前 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("1.娱乐场所取得许可证情况的检查",
                "2.旅行社取得许可证情况的检查", "3.旅行社经营情况的检查", "4.对经营高危险性体育项目的检查");
        assertThat(d.tasks()).extracting(TaskDraft::section).containsOnlyNulls();
    }

    @Test
    void aTwoRowHeaderLostIntoLinesPutsTheLowerRowUnderItsUpperCell() {
        // "责任单位" merged over "牵头单位 | 配合单位": the copy writes the upper row, then the lower one
        PlanDraft d = new PlanReader().readText("""
                某县2023年质量工作任务分解表
                序号
                工作任务
                责任单位
                完成时限
                牵头单位
                配合单位
                1
                开展质量提升行动
                县市场监管局
                县工信局、县发改局
                6月底前
                2
                开展质量标杆学习活动
                县工信局
                县市场监管局
                9月底前
                3
                举办质量月启动仪式
                县市场监管局
                县教育局
                9月1日
                """);

        assertThat(task(d, "1").lead()).containsExactly("县市场监管局");
        assertThat(task(d, "1").assist()).containsExactly("县工信局", "县发改局");
        assertThat(task(d, "2").end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(task(d, "3").assist()).containsExactly("县教育局");
    }

    @Test
    void aTwoRowHeaderLostIntoPipeCellsPutsTheLowerRowUnderTheCellItSplits() {
        // "检查对象" merged over "对象范围 | 抽查比例 | 频次": after the upper row's cells, a line of pipes ends the row,
        // then the lower row's words; they stand where 检查对象 stood
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                某县农业农村局2023年“双随机、一公开”抽查计划
                序号
                |
                抽查事项
                |
                检查对象
                |
                检查股站
                |
                时间安排
                |
                ||
                对象范围
                |
                抽查比例
                |
                频次
                |
                ||||
                1
                |
                农产品质量安全监督检查
                |
                辖区内农产品生产企业
                |
                5%以上
                |
                2次
                |
                绿色食品股、质量安全监管股
                |
                全年
                |
                |
                2
                |
                农作物种子质量监督检查
                |
                辖区内种子经营者
                |
                30%以上
                |
                4次
                |
                种子站
                |
                3月至6月
                |
                |
                3
                |
                农药监督检查
                |
                辖区内农药经营者
                |
                30%以上
                |
                4次
                |
                农业行政执法大队
                |
                全年
                |
                |
                """);

        assertThat(d.reading().tables()).singleElement().satisfies(t -> assertThat(t.header())
                .containsExactly("序号", "抽查事项", "对象范围", "抽查比例", "频次", "检查股站", "时间安排"));
        assertThat(task(d, "1").lead()).containsExactly("绿色食品股", "质量安全监管股");
        assertThat(task(d, "2").lead()).containsExactly("种子站");
        assertThat(task(d, "2").end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void rowsCutByTheirNumberGoOnPastANumberTheTableSkips() {
        // the table goes 1, 2, 4 (a row taken out); the 4 that counts households inside row 2 is no row's number
        PlanDraft d = new PlanReader().readText("""
                某县市场监管局2022年抽查计划
                序号
                任务名称
                检查对象
                抽查户数
                完成时间
                1
                广告行为检查
                广告经营者
                5
                2022年11月10日前
                2
                专利真实性监督检查
                各类市场主体
                4
                2022年10月15日前
                4
                商标使用行为的检查
                各类市场主体
                2
                2022年11月30日前
                5
                集体商标使用行为的检查
                各类市场主体
                1
                2022年12月31日前
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("广告行为检查", "专利真实性监督检查",
                "商标使用行为的检查", "集体商标使用行为的检查");
        assertThat(task(d, "4").end()).isEqualTo(LocalDate.of(2022, 11, 30));
    }

    @Test
    void aTableCopiedWithEverySeparatorLostIsReadByItsRunningNumberAndTheBodyEveryRowOpensWith() {
        // a site's spot-check list whose cells ran together: the rows the copy kept short (their other cells merged
        // with the row above) are the item whole; a full row's units follow its last full stop
        PlanDraft d = new PlanReader().readText("""
                某县市场监督管理局2024年随机抽查事项清单
                序号实施部门抽查事项检查对象检查方式抽查比例检查依据责任股室
                1县市场监督管理局食品生产企业监督检查食品生产企业现场检查不低于5%《中华人民共和国食品安全法》第一百一十条。食品生产股
                2县市场监督管理局食品经营者监督检查
                3县市场监督管理局特种设备使用单位监督检查使用单位现场检查不低于3%《特种设备安全法》第五十七条。特种设备股、稽查大队
                4县市场监督管理局计量器具使用情况检查
                """);

        assertThat(d.tasks()).hasSize(4);
        assertThat(task(d, "2").content()).isEqualTo("食品经营者监督检查");
        assertThat(task(d, "4").content()).isEqualTo("计量器具使用情况检查");
        assertThat(task(d, "1").content()).startsWith("食品生产企业监督检查");
        assertThat(task(d, "1").lead()).containsExactly("食品生产股");
        assertThat(task(d, "3").lead()).containsExactly("特种设备股", "稽查大队");
        assertThat(task(d, "2").lead()).isEmpty();
    }

    @Test
    void aSpotCheckBasisQuotingItsArticleAfterTheArticlesNumberIsOneCell() {
        // one space between cells, and one inside the basis: the article's number, then its words; the quoted law
        // names no one who checks, and its first part is no part of the check
        PlanDraft d = new PlanReader().readText("""
                某县市场监督管理局随机抽查事项清单
                序号 抽查事项 抽查依据 检查主体 抽查对象 抽查比例 抽查频次
                1 食品经营许可事项检查 【法律】《中华人民共和国食品安全法》第一百一十条 县级以上人民政府食品安全监督管理部门履行食品安全监督管理职责,有权对生产经营者遵守本法的情况进行监督检查。 食品经营股 食品经营者 5% 每年一次
                2 特种设备使用登记检查 【法律】《中华人民共和国特种设备安全法》第五十七条 负责特种设备安全监督管理的部门依照本法规定,对特种设备生产、经营、使用单位和检验、检测机构实施监督检查。 特种设备股 使用单位 3% 每年一次
                3 计量器具使用情况检查 【法规】《中华人民共和国计量法实施细则》第二十七条 县级以上人民政府计量行政部门应当依法对计量器具的使用进行监督检查。 计量股 使用单位 5% 每年一次
                4 广告发布行为检查 【法律】《中华人民共和国广告法》第四十九条 市场监督管理部门履行广告监督管理职责,可以行使下列职权。 广告股 广告发布者 5% 每年一次
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("食品经营许可事项检查", "特种设备使用登记检查",
                "计量器具使用情况检查", "广告发布行为检查");
        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("食品经营股"), List.of("特种设备股"), List.of("计量股"), List.of("广告股"));
    }

    @Test
    void aBasisQuotingItsLawArticleByArticleOverLinesIsOneCellNotRowsUnderOneNumber() {
        // the quoted articles and their paragraphs make a row hold more words than one row of the header could: they
        // are the one basis cell, not a second row under a number merged over two
        PlanDraft d = new PlanReader().readText("""
                某县农业农村局2026年涉企行政检查工作计划表
                序号 检查主体 检查对象 检查事项 检查内容 检查依据 检查方式 检查时间 检查批次
                1 县农业农村局 种子经营者 对种子经营活动的检查 检查种子标签和使用说明 【法律】《中华人民共和国种子法》
                    第四十九条 农业农村、林业草原主管部门是种子执法机关。
                    种子执法人员依法执行公务时应当出示行政执法证件。
                    第五十条 农业农村、林业草原主管部门依法履行种子监督检查职责时,有权采取下列措施。
                    第五十一条 种子质量检验机构应当配备种子检验员。
                 现场检查 3月至10月 一次
                2 县农业农村局 兽药经营企业 对兽药经营活动的检查 检查兽药经营质量管理 【法规】《兽药管理条例》
                    第四十五条 兽医行政管理部门应当加强对兽药经营的监督检查。
                    兽药经营企业应当配合检查。
                 现场检查 4月至11月 一次
                3 县农业农村局 农药经营者 对农药经营活动的检查 检查农药经营台账 【法规】《农药管理条例》
                    第四十一条 县级以上农业主管部门依法履行农药监督管理职责。
                    农药经营者应当如实提供有关资料。
                 现场检查 5月至9月 一次
                """);

        assertThat(d.tasks()).hasSize(3);
        assertThat(task(d, "1").content()).startsWith("对种子经营活动的检查");
        assertThat(task(d, "1").timeText()).isEqualTo("3月至10月");
        assertThat(task(d, "2").timeText()).isEqualTo("4月至11月");
        assertThat(task(d, "3").timeText()).isEqualTo("5月至9月");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsOnly(List.of("县农业农村局"));
    }

    @Test
    void theLastRowsBasisQuotingItsLawIsOneCellAndNoProseAfterTheTable() {
        // the last row has no next number to end it: its basis, a law quoted with a full stop inside and a paragraph
        // after its article, is neither the notice going on nor several cells
        PlanDraft d = new PlanReader().readText("""
                某县交通运输局随机抽查事项清单
                序号 抽查事项名称 抽查依据 抽查主体 抽查对象 抽查比例 抽查方式
                1 道路运输经营许可事项检查 【法律】《中华人民共和国道路运输条例》第五十八条 道路运输管理机构应当加强对道路运输经营活动的监督检查。 县交通运输局 道路运输经营者 5% 现场检查
                2 公路养护作业检查 【法规】《公路安全保护条例》第六十条 县公路管理局 公路养护单位 5% 现场检查
                3 涉路施工许可事项检查 【法律】《中华人民共和国行政许可法》第六十一条:行政机关应当建立健全监督制度,通过核查反映被许可人从事行政许可事项活动情况的有关材料,履行监督责任。【法律】《中华人民共和国公路法》第七十条 交通主管部门、公路管理机构负有管理和保护公路的责任。 县路政执法大队 涉路施工单位 10% 现场检查
                """);

        assertThat(d.tasks()).hasSize(3);
        assertThat(task(d, "3").content()).isEqualTo("涉路施工许可事项检查");
        assertThat(task(d, "3").lead()).containsExactly("县路政执法大队");
    }

    @Test
    void aTasksUnitsAreSortedByTheRoleWordsWrittenWithThemAndEndWhereTheSentenceBegins() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2026)).readText("""
                序号\t工作任务\t牵头单位\t完成时限
                1\t开展专项检查\t县统计局会同县调查队\t9月
                2\t组织宣传活动\t县宣传办主办、各乡镇协办\t10月
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("县统计局");
        assertThat(d.tasks().get(0).assist()).containsExactly("县调查队");
        assertThat(d.tasks().get(1).lead()).containsExactly("县宣传办");
        assertThat(d.tasks().get(1).assist()).containsExactly("各乡镇");
    }

    @Test
    void aUnitFieldCutByALineBreakEndsWhereItsNameDoes() {
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2026)).readText("""
                一、开展宣传活动。牵头单位：县环境保护局工作要
                求：各单位认真组织。完成时限：2026年6月30日前。
                二、开展专项检查。牵头单位：县市场监管局。完成时限：2026年9月30日前。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("县环境保护局");
    }

    @Test
    void anEventsEditionAfterItsYearNamesThePlansYear() {
        String text = "文化旅游节工作方案\n我区将举办2023首届春牛首文化旅游节。\n一、活动内容\n"
                + "（一）开幕式。时间：4月11日上午。承办单位：区旅游局。\n（二）书画比赛。时间：4月12日。承办单位：区教育局。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2023, 4, 11));
    }

    @Test
    void aTitleOpeningWithItsYearAndAMiddleDotNamesThePlansYear() {
        String text = "2010·春季就业援助行动方案\n一、活动安排\n（一）1月8日，各地启动春季就业援助行动。\n"
                + "（二）1月11日至20日，各地集中走访就业困难人员。\n二〇〇九年十二月三十日\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.year()).isEqualTo(2010);
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2010, 1, 8));
    }

    @Test
    void aYearWithout年InsideTheTitleNamesThePlansYear() {
        // a table of the week's events: its days name no year, and a page dated years later must not lend its own
        String text = "“我们的节日”――2017“书香罗定”文化周活动安排表\n序号\t活动内容\t时间\t责任单位\n"
                + "1\t读书分享会\t4月23日\t市图书馆\n2\t图书漂流\t4月29日-30日\t团市委\n";
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2026)).readText(text);

        assertThat(d.year()).isEqualTo(2017);
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2017, 4, 30));
        assertThat(d.hasWarning(Warning.AMBIGUOUS_YEAR)).isFalse();
    }

    @Test
    void rowsDrawnOutOfALongerListKeepThatListsNumbers() {
        // one bureau's share of a government's key work, cell by paragraph: its rows are numbered 6, 52, 53 as in the
        // whole list, and a header word the vocabulary lacks stands last
        PlanDraft d = new PlanReader().readText("""
                农业农村局2023年11月承担政府重点工作完成情况

                序号

                目标任务

                牵头责任单位

                计划完成时间

                目前完成情况

                是否达到序时进度

                6

                农村常住居民人均可支配收入与经济增长同步。

                经管站

                2023年底

                三季度绝对数16285元,增幅7.4%

                52

                建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。

                农田建设管理股、农业股

                2023年底

                正在施工中,整体进度70%。

                53

                加快推动农业规模化经营,完成“一村一块田”改革试验20万亩。

                经管站

                2023年底

                已累计完成改革试验面积31.7万亩。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("6", "52", "53");
        assertThat(task(d, "52").lead()).containsExactly("农田建设管理股", "农业股");
        assertThat(task(d, "53").end()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void aStrayNumberInTheUnitColumnNamesNoOne() {
        // 「经管站 / 5 / 2023年底」: the copy left a cell of a number alone between the unit and the time
        PlanDraft d = new PlanReader().readText("""
                序号

                目标任务

                牵头责任单位

                计划完成时间

                1

                农村常住居民人均可支配收入与经济增长同步。

                经管站

                5

                2023年底

                2

                建成高标准农田8.3万亩。

                农田建设管理股、农业股

                2023年底
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
        assertThat(task(d, "1").lead()).containsExactly("经管站");
    }

    /** An activity table under the notice's part 四, its words parted by spaces, the notice's part 五 after it. */
    private static final String TABLE_IN_PART_FOUR = """
            2022年4.23世界读书日主题活动方案

            三、活动时间与地点

            - 时间:2022年4月23日(星期六)上午9:00—下午17:00

            四、活动内容与形式

            活动名称 活动内容 活动形式 负责单位
            书香启航仪式 邀请知名作家、学者致辞,宣布活动启动 线下+线上直播 文化局、图书馆
            读书分享会 读者自由发言,分享阅读心得 线下互动 图书馆、社区组织
            有奖问答 设置阅读知识问答,发放小礼品 线下互动 图书馆

            五、宣传方式

            - 线上宣传:通过微信公众号、微博、短视频平台发布活动信息

            - 线下宣传:在社区、学校、商场张贴海报,
            """;

    @Test
    void theNoticesNextPartEndsTheTableInThePartBefore() {
        // 五、 after 四、活动内容与形式 is the notice going on, not a section row of the table: its lines are no rows
        PlanDraft d = new PlanReader().readText(TABLE_IN_PART_FOUR);

        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("文化局", "图书馆"), List.of("图书馆", "社区组织"), List.of("图书馆"));
    }

    @Test
    void anEventsShortTitleLeavesTheTaskToItsContentCell() {
        // 「活动名称 | 活动内容」 where each name is a title (书香启航仪式): the 活动内容 beside it is the row's work; a
        // name that is the work itself (举办“质量月”活动启动仪式) stays the task, as aNumberedActivityTable… reads it
        PlanDraft d = new PlanReader().readText(TABLE_IN_PART_FOUR);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("邀请知名作家、学者致辞,宣布活动启动",
                "读者自由发言,分享阅读心得", "设置阅读知识问答,发放小礼品");
    }

    @Test
    void aTableOfBodiesAndTheirDutiesGivesEachBodyItsTask() {
        // a 责任清单 page: its labels stand beside their values, the same word twice (职责分工 职责分工); the table
        // under them has two columns, the body and its duty, and the page goes on with a label again (相关依据)
        PlanDraft d = new PlanReader().readText("""
                当前位置:首页 > 阳光政务 > 责任清单 > 公安分局 > 与相关部门的职责边界
                管理事项 中考、高考保障
                职责分工 职责分工
                相关部门
                职责分工
                区公安分局
                维护考点周边安全、试卷运送保管安全保障。
                区教育局
                负责高考、中考的具体组织、实施和协调工作。
                区市场监管局
                考点周边宾馆及服务业、餐饮卫生检查。
                相关依据 相关依据
                《关于做好2015年高考安全工作的通知》。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("维护考点周边安全、试卷运送保管安全保障。",
                "负责高考、中考的具体组织、实施和协调工作。", "考点周边宾馆及服务业、餐饮卫生检查。");
        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("区公安分局"), List.of("区教育局"), List.of("区市场监管局"));
    }

    @Test
    void aRowUnderAMergedNumberIsDoneByTheUnitsMergedOverIt() {
        // the number, the field and the units of row 1 are merged over its three checks; the copy, cell by cell, keeps
        // them in the first check's row only
        PlanDraft d = new PlanReader().readText("""
                序号 |
                抽查领域 |
                抽查事项 |
                检查对象 |
                抽查比例 |
                发起部门 |
                配合部门 |
                实施层级 |
                1 |
                学校办学情况抽查 |
                1.学校招生、办学、收费等情况的检查 |
                学科类校外培训机构 |
                10-20% |
                教育部门 |
                市场监管部门 |
                区级发起,区级检查 |
                2.中小学教育装备产品检查 |
                各类中小学 |
                60-70家 |
                区级发起,区级检查 | ||||
                3.学校食堂食品安全情况的检查 |
                高校 |
                30% |
                市场监管部门 |
                教育部门 |
                区级发起,区级检查 | ||
                2 |
                企业年度报告抽查 |
                4.年度报告公示信息的检查 |
                各类企业年报信息 |
                不低于0.5% |
                市场监管部门 |
                商务、税务部门 |
                市级发起,下派区级检查 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("1.学校招生、办学、收费等情况的检查",
                "2.中小学教育装备产品检查", "3.学校食堂食品安全情况的检查", "4.年度报告公示信息的检查");
        assertThat(d.tasks().get(1).lead()).containsExactly("教育部门");
        assertThat(d.tasks().get(1).assist()).containsExactly("市场监管部门");
        assertThat(d.tasks().get(2).lead()).containsExactly("市场监管部门");
    }

    @Test
    void aPipeRowShortOfItsHeaderLaysItsCellsWhereTheyFit() {
        // the rows under the first lost their 细化分工 (or their 工作任务) and their empty 备注: in place, the unit fell
        // under 细化分工 and the time under 责任处室
        PlanDraft d = new PlanReader().readText("""
                2021年政务公开工作重点任务台账 |
                序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |
                1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、精准防控等发布权威信息 | 应急处、疾控处 | 长期推进 |
                |
                2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |
                |
                3 | 提高疫情信息发布规范化水平 | 宣传处 | 2021年8月底前 |
                |
                4 | 修订完善本部门主动公开目录 | 办公室 | 长期推进 |
                """);

        assertThat(task(d, "2").content()).isEqualTo("扎实做好疫苗接种信息公开和舆论引导工作");
        assertThat(task(d, "2").lead()).containsExactly("疾控处");
        assertThat(task(d, "3").end()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(task(d, "4").timeText()).isEqualTo("长期推进");
    }

    @Test
    void tasksSetOutAsCardsOfLabelsOverValuesAreRows() {
        // each label on a line of its own over its value: one card per task, the first label again opening the next
        PlanDraft d = new PlanReader().readText("""
                具体任务

                全面落实疫情防控措施,守好疫情防线。

                责任单位

                卫健局、文旅局

                配合单位

                各乡镇

                完成时限

                12月底前

                具体任务

                举办同心县第四届运动会。

                责任单位

                文旅局

                完成时限

                9月底前
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("全面落实疫情防控措施,守好疫情防线。", "举办同心县第四届运动会。");
        assertThat(d.tasks().get(0).lead()).containsExactly("卫健局", "文旅局");
        assertThat(d.tasks().get(0).assist()).containsExactly("各乡镇");
        assertThat(d.tasks().get(1).lead()).containsExactly("文旅局");
        assertThat(d.tasks().get(1).assist()).isEmpty();
        assertThat(d.tasks().get(1).timeText()).isEqualTo("9月底前");
    }

    @Test
    void aShortHeaderWordBeforeAWholeOneIsACellOfItsOwn() {
        // 「行业 / 牵头部门」 are two columns, not one header cell wrapped over two lines (as 「抽查 / 比例」 is)
        PlanDraft d = new PlanReader().readText("""
                序号
                行业
                牵头部门
                任务名称
                配合部门
                时间安排
                1
                营利性民办学校
                教育行政部门
                2024年度营利性民办学校部门联合抽查
                市场监管部门
                2024年4月至9月
                2
                学科类校外培训
                教育行政部门
                2024年度全市学科类校外培训机构部门联合抽查
                民政部门
                2024年5月至10月
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("2024年度营利性民办学校部门联合抽查", "2024年度全市学科类校外培训机构部门联合抽查");
        assertThat(task(d, "1").lead()).containsExactly("教育行政部门");
        assertThat(task(d, "2").assist()).containsExactly("民政部门");
    }

    @Test
    void theBodiesThatCarryOutAnEventAssistItsHosts() {
        // 「主办单位 | 承办单位」: the hosts lead, the bodies that carry the event out assist
        PlanDraft d = new PlanReader().readText("""
                序号 | 活动内容 | 活动时间 | 主办单位 | 承办单位 |
                1 | 首届厨艺大赛 | 2011年11月20日至12月31日 | 县委宣传部、县文化局 | 县旅游局、县总工会 |
                2 | 第二届电视书画大赛 | 2011年11月24日至12月31日 | 县委宣传部 | 县文化馆、县书协 |
                3 | 春节文艺晚会 | 2012年1月20日 | 县委宣传部 | 县电视台 |
                """);

        assertThat(task(d, "1").lead()).containsExactly("县委宣传部", "县文化局");
        assertThat(task(d, "1").assist()).containsExactly("县旅游局", "县总工会");
        assertThat(task(d, "3").assist()).containsExactly("县电视台");
    }

    @Test
    void aTargetsUnitOfMeasureAndItsScorerAreNoUnitsThatDoTheWork() {
        // 「考核内容 | 单位 | 年度目标 | 责任部门 | 评分部门」: beside who does the work, a bare 单位 is what the target is
        // counted in (万亩, %), and the body that scores the result (评分部门) neither leads nor assists
        PlanDraft d = new PlanReader().readText("""
                序号 | 考核内容 | 单位 | 年度目标 | 责任部门 | 评分部门 |
                1 | 粮食播种面积 | 万亩 | 0.07 | 县农业农村局 | 市农业农村局 |
                2 | 水产品产量 | 万吨 | 42 | 县海洋与渔业局 | 市海洋渔业局 |
                3 | 新建高标准农田 | 万亩 | 0.5 | 县农业农村局、县自然资源局 | 市农业农村局 |
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("粮食播种面积", "水产品产量", "新建高标准农田");
        assertThat(task(d, "1").lead()).containsExactly("县农业农村局");
        assertThat(task(d, "1").assist()).isEmpty();
        assertThat(task(d, "3").lead()).containsExactly("县农业农村局", "县自然资源局");
        assertThat(task(d, "3").assist()).isEmpty();
    }

    @Test
    void aTargetsTableLostIntoParagraphsKeepsItsUnitsUnderWhoDoesTheWork() {
        // the same table one cell per paragraph: the unit of measure and the scorer are laid into their own columns
        PlanDraft d = new PlanReader().readText("""
                考核项目

                序号

                考核指标

                考核内容

                单位

                年度目标

                责任部门

                评分部门

                农业高质高效

                1

                确保粮食和重要农产品有效供给

                粮食播种面积

                万亩

                0.07

                县农业农村局

                市农业农村局

                2

                生猪存栏

                万头

                0.5

                县农业农村局

                市农业农村局

                3

                水产品产量

                万吨

                42

                县海洋与渔业局

                市海洋渔业局
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("粮食播种面积", "生猪存栏", "水产品产量");
        assertThat(task(d, "2").lead()).containsExactly("县农业农村局");
        assertThat(task(d, "3").lead()).containsExactly("县海洋与渔业局");
        assertThat(task(d, "3").assist()).isEmpty();
    }

    @Test
    void aSingleSpacedTableKeepsACellThatHeldASpaceWhole() {
        // a copy that kept one space between cells and nothing else cuts a cell that held a space too: the deadline
        // and what is due by it (「7月底前制定 扬尘治理方案」), a body's name (「县交通 运输局」) are one cell each, no row
        PlanDraft d = new PlanReader().readText("""
                附件 某县2018年环境空气质量整治职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责全县环境空气质量整治工作的舆论宣传,对违法排污企业进行公开曝光.
                县委宣传部 持续开展 负责制定城区扬尘污染整治百日攻坚工作方案,督促拆迁项目单位落实扬尘污染防治工作. 县五城办 7月底前制定 扬尘治理方案 在主要交通路口划定大货车禁行区域,设立禁行标志,禁止报废和拼装车辆上路行驶. 县公安局 持续开展 负责抓好砂石场的扬尘污染防治工作,督导建设单位落实各项治理措施,加快推广新能源汽车. 县交通 运输局 12月底前完成 负责城区道路的清扫和冲洗保洁工作,确保城区道路整洁. 县城管局 持续开展
                """);

        assertThat(d.tasks()).hasSize(5);
        assertThat(d.tasks().get(1).lead()).containsExactly("县五城办");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2018, 7, 31));
        assertThat(d.tasks().get(2).content()).startsWith("在主要交通路口");
        assertThat(d.tasks().get(2).lead()).containsExactly("县公安局");
        assertThat(d.tasks().get(3).lead()).containsExactly("县交通运输局");
        assertThat(d.tasks().get(3).end()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(d.tasks().get(4).lead()).containsExactly("县城管局");
    }

    @Test
    void levelsListedBeforeTheNameTheyShareAreBodies() {
        // 「市、县级林业主管部门」 under 抽查主体(层级): the levels before the name they share are bodies, each level's; read
        // as half a list of units, the body had slid into 发起方式 and the 抽查对象 (有关单位和个人) under 抽查主体
        PlanDraft d = new PlanReader().readText("""
                序号

                抽查任务名称

                抽查事项

                发起方式

                抽查主体(层级)

                抽查对象

                抽查基数

                抽查比例

                实施抽查时间段

                备注

                1

                人工繁育野生动物的检查

                人工繁育国家重点和省级保护野生动物的检查

                市级组织发起

                市、县级林业主管部门

                有关单位和个人

                51

                5%

                2019年9月至11月

                2

                林草种子生产经营的检查

                林草种子生产经营许可证及档案的检查

                市级组织发起

                市、县(区)级林业主管部门

                种子生产经营者

                40

                5%

                2019年10月至11月
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("人工繁育野生动物的检查", "林草种子生产经营的检查");
        assertThat(task(d, "1").lead()).containsExactly("市", "县级林业主管部门");
        assertThat(task(d, "2").lead()).containsExactly("市", "县(区)级林业主管部门");
        assertThat(task(d, "2").start()).isEqualTo(LocalDate.of(2019, 10, 1));
    }

    @Test
    void headingsThatStandForTheGroupColumnsLeaveTheRowsTheTaskAndItsUnits() {
        // 「重点工作 | 主要任务 | 工作措施 | 责任单位」 lost into lines: 一、 stands for 重点工作, (一) for 主要任务; a heading with its
        // units right under it is a task of its own, and the measures under it (2.…, 3.…) are rows of their own cell
        // and units, not one row holding two measures in the group columns
        PlanDraft d = new PlanReader().readText("""
                重点工作
                主要任务
                工作措施
                责任单位
                备注
                一、加大财政金融支持力度
                (一)加强对防疫重点企业财税支持
                市税务局等,各县、市、区政府,咸宁高新区管委会
                2020年12月
                2.纳入技术改造设备购置补贴的重点企业,省财政给予剩余配套补贴;对纳入省级支持的企业,省财政全额补贴设备购置费用。
                市经信局、市财政局等,各县、市、区政府
                3.对省疫情防控指挥部统一征用调配的重点企业已生产的库存产品,全部由政府兜底采购收储。
                市财政局等,各县、市、区政府
                (二)加大金融支持力度
                市金融办,各县、市、区政府
                4.对受疫情影响较大的中小企业,不得盲目抽贷、断贷、压贷。
                人行咸宁市中心支行、咸宁银保监分局
                5.对疫情防控重点保障企业,提供优惠利率贷款。
                人行咸宁市中心支行
                二、做好要素保障
                """);

        assertThat(d.tasks()).hasSize(6);
        assertThat(d.tasks()).filteredOn(t -> t.content().contains("加强对防疫重点企业财税支持")).singleElement()
                .satisfies(t -> assertThat(t.lead()).containsExactly("市税务局等", "各县、市、区政府", "咸宁高新区管委会"));
        assertThat(d.tasks()).filteredOn(t -> t.content().contains("对省疫情防控指挥部")).singleElement()
                .satisfies(t -> assertThat(t.lead()).containsExactly("市财政局等", "各县、市、区政府"));
        assertThat(d.tasks()).filteredOn(t -> t.content().contains("对受疫情影响较大")).singleElement()
                .satisfies(t -> assertThat(t.lead()).containsExactly("人行咸宁市中心支行", "咸宁银保监分局"));
    }

    @Test
    void aHeaderCellWrappedAtItsSlashIsOneCell() {
        // 「发起主体 / /指导单位」: a header cell wrapped where it names its column twice goes on with the slash
        PlanDraft d = new PlanReader().readText("""
                2025年度双随机抽查工作计划
                序号
                抽查任务名称
                抽查事项
                抽查比例
                起止时间
                发起主体
                /指导单位
                检查主体
                1
                对拍卖企业的双随机抽查
                拍卖活动经营资格的检查
                100%
                5月—8月
                消保市场股
                潞州区市场监管局
                2
                对食品生产加工企业的双随机检查
                食品生产监督检查
                不低于3%
                7月—10月
                食品生产流通股
                潞州区市场监管局
                3
                对特种设备使用单位抽查
                特种设备使用单位监督检查
                10%
                4月
                特设股
                潞州区市场监管局
                """);

        assertThat(d.tasks()).hasSize(3);
        assertThat(d.reading().tables().get(0).header()).contains("发起主体/指导单位");
        assertThat(task(d, "1").lead()).containsExactly("消保市场股");
        assertThat(task(d, "3").lead()).containsExactly("特设股");
    }

    @Test
    void theBureauThatChecksEveryRowIsNotTheLeadThoughARowLostItsCell() {
        // the 检查主体 names the bureau itself on every row that kept the cell; a row the copy broke lost it
        PlanDraft d = new PlanReader().readText("""
                | 序号 | 抽查任务名称 | 抽查事项 | 起止时间 | 发起主体 | 检查主体 |
                | 1 | 对拍卖企业的双随机抽查 | 拍卖活动经营资格的检查 | 5月—8月 | 消保市场股 | 潞州区市场监管局 |
                | 2 | 对食品生产加工企业的双随机检查 | 食品生产监督检查 | 7月—10月 | 食品生产流通股 | 潞州区市场监管局 |
                | 3 | 对特种设备使用单位抽查 | 特种设备使用单位监督检查 | 4月 | 特设股 | |
                | 4 | 计量监督检查 | 在用计量器具监督检查 | 3月—9月 | 计量标准股 | 潞州区市场监管局 |
                """);

        assertThat(task(d, "1").lead()).containsExactly("消保市场股");
        assertThat(task(d, "1").assist()).isEmpty();
        assertThat(task(d, "4").lead()).containsExactly("计量标准股");
    }

    @Test
    void aWholeRowRunTogetherEndsItsFirstCellAsTheShortRowsEndTheirs() {
        // a list whose cells were run together: the rows the copy kept short (their later cells merged with the row
        // above) hold the first cell alone and show how it ends (…的检查, …的评估); a whole row's first cell ends there
        PlanDraft d = new PlanReader().readText("""
                序号部门权责清单事项抽查事项抽查内容检查对象检查方式责任科室
                1县教育局对学校安全工作的监督检查学校安全管理工作的监督检查安全管理制度建立情况各级各类学校实地检查、台账查验《山东省学校安全条例》第六条。安全科、校建办
                2县教育局对学校设施、设备状况的安全检查
                3县教育局对学校安全状况的评估
                4县教育局国家通用文字标准的应用情况的检查学校教育教学用语用字的管理和监督用语用字是否规范各级各类学校现场检查《国家通用语言文字法》第二十二条。师训科
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("对学校安全工作的监督检查",
                "对学校设施、设备状况的安全检查", "对学校安全状况的评估", "国家通用文字标准的应用情况的检查");
        assertThat(task(d, "1").lead()).containsExactly("安全科", "校建办");
        assertThat(task(d, "4").lead()).containsExactly("师训科");
    }

    @Test
    void aTablesCaptionInARowOfItsOwnIsItsTitleNotItsHeader() {
        // one cell per line between lone pipes, each row closed by an empty cell; the caption is the first row, alone
        String text = "|\n" + String.join("\n|\n", "某某市市场监督管理局2024年度“双随机、一公开”抽查工作计划", "",
                "序号", "抽查任务名称", "牵头科室", "配合单位", "抽查时间段", "",
                "1", "全市不定向抽查", "信用监管科", "县级市场监管部门", "2024年3月至10月", "",
                "2", "大型企业年报公示信息定向抽查", "信用监管科", "县级市场监管部门", "2024年5月至11月") + "\n|\n";
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText(text);

        assertThat(d.title()).isEqualTo("某某市市场监督管理局2024年度“双随机、一公开”抽查工作计划");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("全市不定向抽查", "大型企业年报公示信息定向抽查");
        assertThat(task(d, "2").lead()).containsExactly("信用监管科");
        assertThat(task(d, "2").assist()).containsExactly("县级市场监管部门");
        assertThat(task(d, "2").end()).isEqualTo(LocalDate.of(2024, 11, 30));
    }

    @Test
    void aHeaderWhoseFirstColumnsNoVocabularyKnowsStillHeadsItsTable() {
        // one cell per line, each closed by a pipe: the drill and its scene head the first two columns, words no list of
        // header names has; the units and the time columns are known, so the first unknown word names the task
        String text = String.join(" |\n", "演练科目", "情景构建", "牵头单位", "责任单位", "时限要求",
                "危化品泄漏", "某化工厂发生泄漏并燃烧,群众受到威胁", "县安委办、县应急办", "县环保局、县公安局", "4月底前完成",
                "防汛", "自行构建演练情景", "县防汛办", "县水利局", "6月中旬完成") + " |\n";
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2018)).readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("危化品泄漏", "防汛");
        assertThat(d.tasks().get(0).lead()).containsExactly("县安委办", "县应急办");
        assertThat(d.tasks().get(0).assist()).containsExactly("县环保局", "县公安局");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2018, 6, 20));
    }

    @Test
    void theSignaturesDateIsNoTimeOfTheLastItem() {
        // ad05, o12: the last 工作要求 item names no time; the date under the signature is the notice's, not the item's
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText("""
                关于2024年无偿献血招募计划的通知

                二、工作要求

                （一）加强组织协调。县无偿献血工作领导小组办公室要采取有效措施。

                （二）加大宣传力度。各乡（镇）至少有一块宣传栏。

                墨江哈尼族自治县人民政府办公室

                2024年6月12日
                """);

        assertThat(d.issuer()).isEqualTo("墨江哈尼族自治县人民政府办公室");
        assertThat(d.date()).isEqualTo(java.time.LocalDate.of(2024, 6, 12));
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(1).timeText()).isEmpty();
        assertThat(d.tasks().get(1).end()).isNull();
    }

    @Test
    void anUnsignedDateAtTheEndBeforeTheClosingNotesIsNoTimeOfTheLastItem() {
        // ad07: the date under the last 相关要求 item, then 主题词 and 送: the notice's date
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText("""
                关于确定无偿献血日的通知

                三、相关要求
                （一）各乡镇、各部门要按照确定的“无偿献血日”做好宣传动员工作。
                （二）宣传部、广电和各单位要充分利用电视、报刊等形式宣传无偿献血。
                二〇〇八年五月二十日
                主题词:卫生 无偿献血△ 通知
                送:县委办、人大办、政协办。
                """);

        assertThat(d.date()).isEqualTo(java.time.LocalDate.of(2008, 5, 20));
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(1).end()).isNull();
    }

    @Test
    void aTemplatesMaskedDateUnderItsJointSignatureClosesTheNotice() {
        // ad08, m04: "中共xx縣委辦公室 xx縣人民政府辦公室 / X年3月4日": two bodies sign on one line, the year masked
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText("""
                植树活动通知

                三、有关要求
                1.县农林局要派技术人员做好现场指导。
                2.县广播电视台、县信息办做好新闻报道工作。

                中共xx县委办公室 xx县人民政府办公室

                X年3月4日
                """);

        assertThat(d.issuer()).isEqualTo("中共xx县委办公室、xx县人民政府办公室");
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(1).timeText()).isEmpty();
    }

    @Test
    void theLineThatNamesTheAttachmentsEndsTheLastItem() {
        // ad06, j09: "附件：…计划安排表（上半年）" after the last item is no part of it (nor its time)
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2021)).readText("""
                关于开展2021年度无偿献血工作的通知

                四、各村（社区）要做好献血者的组织工作。
                五、各单位务必严格按照要求，积极组织落实，完成计划任务。

                附件:2021年度老新镇无偿献血计划安排表(上半年)

                                       2021年5月14日

                附件:

                扫一扫在手机上查看当前页面
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(1).timeText()).isEmpty();
        assertThat(d.tasks().get(1).end()).isNull();

        PlanDraft listed = new PlanReader(PlanReader.Options.defaults().withYear(2021)).readText("""
                关于开展2021年度无偿献血工作的通知

                四、各村（社区）要做好献血者的组织工作。
                五、各单位务必严格按照要求，积极组织落实，完成计划任务。
                附件：献血人员报名回执（上半年）
                联系电话：4231670
                """);
        assertThat(listed.tasks()).hasSize(2);
        assertThat(listed.tasks().get(1).end()).isNull();
    }

    @Test
    void aCopyPublishedYearsLaterIsReadInThePlansOwnYear() {
        // n03, ac04: a content farm's page dated 2018 holds a 2016 plan that names its year once; y11: a site's 2018
        // stamp over 第十五个“世界认可日” (2022); a notice's own 成文日期 still gives its year
        PlanDraft farm = new PlanReader(PlanReader.Options.defaults()).readText("""
                3·15活动策划方案
                更新时间:2018-06-09 22:32
                一、活动主题
                宣传2016年全国消费主题“新消费 我做主”。
                二、活动安排
                1.省工商局消保处负责在3月13日召开新闻通报会。
                2.省消委会负责在3月15日举办现场咨询活动。
                """);
        PlanDraft ordinal = new PlanReader(PlanReader.Options.defaults()).readText("""
                关于组织开展第十五个“世界认可日”活动的通知
                发布时间：2018-09-04
                一、省局负责在6月9日举办主题活动。
                二、各市局负责在6月9日开展宣传。
                """);
        PlanDraft own = new PlanReader(PlanReader.Options.defaults()).readText("""
                关于开展3·15宣传活动的通知
                成文日期：2018-03-01
                宣传2016年以来的消费维权成果。
                一、县局负责在3月15日举办现场咨询活动。
                二、各所负责在3月15日开展宣传。
                """);

        assertThat(farm.year()).isEqualTo(2016);
        assertThat(farm.tasks().get(0).start()).isEqualTo(LocalDate.of(2016, 3, 13));
        assertThat(ordinal.year()).isEqualTo(2022);
        assertThat(own.year()).isEqualTo(2018);
    }

    @Test
    void theRulesANoticeAttachesAreArticlesNotWork() {
        // corpus-files f02: "附件一 / 公务员范围规定 / 第一条… / 第二条…下列条件： / （一）依法履行公职；"
        String text = "公务员法实施方案\n一、实施方法和步骤\n（一）公务员登记。各级机关要按照规定的程序确定登记对象。\n"
                + "（二）确定职务与级别。各级机关要在规定的编制内合理设置职位。\n"
                + "附件一\n公务员范围规定\n第一条 为明确公务员范围，制定本规定。\n第二条 列入公务员范围的工作人员必须同时符合下列条件：\n"
                + "（一）依法履行公职；\n（二）纳入国家行政编制；\n（三）由国家财政负担工资福利。\n"
                + "第三条 下列机关中除工勤人员以外的工作人员列入公务员范围：中共中央组织部负责解释。\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("公务员登记", "确定职务与级别");
    }

    @Test
    void aTitleBlockOfItsIssuersLineOverThreeLinesIsOneTitle() {
        // corpus-files f04, f09: Word's title block, the issuer's name over a long 事由 wrapped on three lines
        String text = "四川省扶贫和移民工作局\n关于落实《关于贯彻落实省委经济工作\n会议重大部署责任分工的通知》\n责任分工的通知\n"
                + "各处（室、委、中心）：\n现将责任分工通知如下。\n一、办公室负责牵头落实会议精神。\n二、规划处负责编制规划。\n"
                + "四川省扶贫和移民工作局\n2015年3月4日\n";
        PlanDraft d = new PlanReader().readText(text);

        assertThat(d.title()).isEqualTo("四川省扶贫和移民工作局关于落实《关于贯彻落实省委经济工作会议重大部署责任分工的通知》责任分工的通知");
    }

    @Test
    void aBodysPartyGroupSignsItsOwnPlan() {
        // corpus-files f06, f12, f19: "中共四川省扶贫和移民工作局党组" over the date is the issuer, whole
        PlanDraft d = new PlanReader().readText("""
                关于深入学习贯彻会议精神的工作方案
                一、主要任务
                1.组织专题学习。（责任处室：机关党委；完成时限：5月底）
                2.开展警示教育。（责任处室：监察室；完成时限：6月底）
                中共某市扶贫和移民工作局党组
                2015年4月9日
                """);

        assertThat(d.issuer()).isEqualTo("中共某市扶贫和移民工作局党组");
        assertThat(d.date()).isEqualTo(LocalDate.of(2015, 4, 9));
    }

    @Test
    void aPlanPrintedByANoticeNamedInAnothersTitleIsTitledWithoutItsMarks() {
        // corpus-files f22: a bureau sends up the draft of the notice that prints the plan
        PlanDraft d = new PlanReader().readText("""
                四川省扶贫和移民工作局关于呈报《关于印发〈深入动员社会力量参与扶贫开发的实施意见〉的通知
                （代拟稿）》的请示
                省政府：
                现将代拟稿呈报，请审示。
                一、主要任务
                1.大力倡导民营企业扶贫。（省工商联，省工商局）
                2.积极引导社会组织扶贫。（民政厅，团省委）
                """);

        assertThat(d.title()).isEqualTo("深入动员社会力量参与扶贫开发的实施意见");
    }

    @Test
    void aPlansItemsAndTheTableOfOtherWorkAttachedToItAreReadBothEachWhereItStands() {
        // corpus-files f20: a campaign's items with their units in brackets, then 附件 a 工作计划表 of other work
        PlanDraft d = new PlanReader().readText("""
                2015年扶贫日系列活动方案
                一、主要活动
                1.召开新闻发布会。（省委宣传部，省扶贫移民局）
                2.开展电信运营商扶贫宣传活动。（省通信管理局，省扶贫移民局）
                3.组织各民主党派人员广泛参与。（省委统战部）
                4.组织全省教育系统广泛参与。（教育厅）
                5.组织省属国有企业广泛参与。（省国资委）
                附件
                工作计划表
                主题\t时间\t内容\t负责单位
                准备阶段\t4-6月\t制定活动方案\t相关成员单位
                发动阶段\t7月\t向所属系统发放倡议书\t活动领导小组成员单位
                总结阶段\t10月\t活动总结\t省扶贫移民局
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("召开新闻发布会", "开展电信运营商扶贫宣传活动",
                "组织各民主党派人员广泛参与", "组织全省教育系统广泛参与", "组织省属国有企业广泛参与",
                "制定活动方案", "向所属系统发放倡议书", "活动总结");
        assertThat(d.tasks().get(5).lead()).containsExactly("相关成员单位");
        assertThat(d.tasks().get(5).end()).isEqualTo(LocalDate.of(2015, 6, 30));
    }

    @Test
    void aSigningBodysNameBrokenAfterTheMatterItIsSetUpForIsOneName() {
        // corpus bx05: "和布克赛尔县中央环境保护督察反馈意见 / 整改工作领导小组办公室" over the date
        PlanDraft d = new PlanReader().readText("""
                关于整改任务完成情况的公示
                一、整改任务
                县住房和城乡建设局负责推进污水处理设施建设。
                联系人:吐主任 联系电话:18799201678
                和布克赛尔县中央环境保护督察反馈意见
                整改工作领导小组办公室
                2020年3月27日
                """);

        assertThat(d.issuer()).isEqualTo("和布克赛尔县中央环境保护督察反馈意见整改工作领导小组办公室");
        assertThat(d.date()).isEqualTo(LocalDate.of(2020, 3, 27));
    }
    @Test
    void aDocumentForwardedByAnotherBodyIsTitledByItsOwnTitleAndIssuedByTheBodyForwardingIt() {
        // dg05, ek05: "…办公厅转发市交通运输局关于X的通知": the plan forwarded is 关于X, the body before 转发 issues it
        PlanDraft d = new PlanReader().readText("""
                太原市人民政府办公厅转发市交通运输局关于打击非法营运专项整治行动实施方案的通知
                各区人民政府，市人民政府各委、局：
                市交通运输局《关于打击非法营运专项整治行动实施方案》已经市人民政府同意，现转发给你们，请认真贯彻执行。
                一、工作任务
                （一）市交通运输局负责组织开展非法营运车辆的查处工作。
                （二）市公安局负责配合查处非法营运车辆。
                """);

        assertThat(d.title()).isEqualTo("关于打击非法营运专项整治行动实施方案");
        assertThat(d.issuer()).isEqualTo("太原市人民政府办公厅");
    }
}
