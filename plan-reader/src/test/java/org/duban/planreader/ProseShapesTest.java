package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.planreader.Notices.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Items whose doers are named in their sentences: shapes met in two or more of the corpus's notices. */
class ProseShapesTest {

    private static PlanDraft read(String text) {
        return new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText(text);
    }

    @Test
    void aKindOfBodyNamedBareAfterAGroupIsAnotherGroup() {
        // al07, s17, bt02, fc10, ex05…: "各小学、幼儿园要…", "各机关单位、各中小学校、幼儿园", "各处室、股室": the kinds a list names
        // bare after a 各 group are every one of them too; 幼儿园, 小学, 股室, 企业 had made the whole list no subject
        PlanDraft d = read("""
                某区庆祝六一国际儿童节活动方案
                六、活动要求
                1、加强活动宣传工作。各小学、幼儿园要积极与各媒体单位联系，做好新闻宣传工作。
                2、做好安全保障。各学校、企业要落实安全责任。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各小学", "幼儿园"),
                List.of("各学校", "企业"));
    }

    @Test
    void theBodyAfterByEndsBeforeWhatItHandles() {
        // fd02: "由资源生态处将当天“两违”巡查处置情况报送至区清违办" had read 资源生态处将当天“两违”巡查处 as a body (the longest
        // run after 由 ending as a name, at 巡查处置's 处); fd06: "由片区牵头" read 由片区 as a district's name
        PlanDraft d = read("""
                某片区五一“两违”管控工作方案
                一、重点工作
                （一）加强值班值守。发现问题要第一时间核实上报，由资源生态处将当天巡查处置情况报送至区清违办。
                （二）开展排查整治。以村为单位进行包干，由片区牵头，排查各类摊点。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("资源生态处");
        assertThat(d.tasks().get(1).lead()).doesNotContain("由片区");
    }

    @Test
    void aJointPartyCommitteeIsABodyNotADeedDoneTogether() {
        // fd03, fd05, ez01 (金井's notices to 各村居联合党委, its villages' joint Party committees): "各有关联合党委、各相关
        // 处室要…" had been read as 各有关 doing something together (联合) with the rest; a heading run into its subject
        // (抓好值班值守工作各联合党委) is no body's name either
        PlanDraft d = read("""
                某片区五一安全工作方案
                一、重点工作
                （一）抓好景区安全工作。各有关联合党委、各相关处室要认真按照方案，实行节假日管控模式。
                （二）做好宣传工作。局政法综治处、各村居联合党委要通过微信群发布防灾减灾知识。
                （三）抓好值班值守工作各联合党委、各处室要严格落实24小时值班制度。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各有关联合党委", "各相关处室"),
                List.of("局政法综治处", "各村居联合党委"), List.of("各联合党委", "各处室"));
    }

    @Test
    void bodiesHelpingByTheirDutiesAfterTheLeadAssistIt() {
        // ei02's brackets said it (省商务厅牵头，省发展改革委、省教育厅按职责分工配合), and so do sentences (ec03, ec06: the national
        // anti-counterfeit points): how the helpers help, set before 配合, had made them no names, and the clause a lead's
        PlanDraft d = read("""
                2024年打击侵权假冒工作要点
                一、加强重点领域治理
                （一）深化互联网领域治理。由市市场监管局负责，市委网信办、市公安局按职责分工配合。
                （二）加强进出口环节监管。由市商务局负责，市场监管、公安等部门按职责协助。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市市场监管局"), List.of("市商务局"));
        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(List.of("市委网信办", "市公安局"),
                List.of("市场监管", "公安等部门"));
    }

    @Test
    void whoActsAfterTheOneNamedToLeadAssistsThoughAnotherSentenceHadItAsSubject() {
        // em07 (a street office's stages: 各社區根據摸排情況進行分類整治。由街道城管中隊牽頭，各社區必須…) and the Sichuan
        // bureau's meeting decisions (f35, f36): the 牵头 says who leads, the others act under it
        PlanDraft d = read("""
                违法建筑清理整治方案
                三、实施步骤
                (一)调查摸底阶段(9月1日—9月10日)
                各社区对辖区内的违法建筑进行摸底排查，分类登记造册。
                (二)集中拆除阶段(9月11日—9月26日)
                各社区根据摸排情况进行分类整治。由街道城管中队牵头，各社区必须确定具体进度计划，限期拆除。
                """);

        assertThat(task(d, "(二)").lead()).containsExactly("街道城管中队");
        assertThat(task(d, "(二)").assist()).containsExactly("各社区");
        assertThat(task(d, "(一)").lead()).containsExactly("各社区");
    }

    @Test
    void aBodyWorkingThroughAPlatformIsTheDoer() {
        // eh05 (昌吉州 生态环境 双随机 plan): "各县市、园区每月通过“…执法一体化平台”按比例抽取…", the means its subject works
        // through, a platform or a system, as 通过…形式 already was
        PlanDraft d = read("""
                2024年生态环境执法“双随机、一公开”工作方案
                二、工作任务
                (一)各县市、园区每月通过“生态环境执法一体化平台”按比例抽取重点监管对象并开展监督检查。
                (二)市场监管所通过国家企业信用信息公示系统随机抽取检查对象。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各县市", "园区"),
                List.of("市场监管所"));
    }

    @Test
    void aComradeTheWorkIsGivenToLeadsIt() {
        // ef02, dc04: a town's or a school's plan gives each piece of work to one of its people (由姜辉同志负责牵头实施);
        // a leader named by a title only (由何智彬副局长牵头，规划处抓落实) still gives no name of his own
        PlanDraft d = read("""
                某镇2024年安全生产检查实施方案
                三、检查内容及分工
                (一)生产性企业、矿山、化工等行业安全检查由姜辉同志负责牵头实施。
                (二)人员密集场所、高层建筑等安全检查由叶晓挺同志负责牵头实施。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("姜辉同志"), List.of("叶晓挺同志"));
    }

    @Test
    void districtsAndCountiesToldWhatTheyMustDoAreTheirGovernments() {
        // ef04 (a city's division of its river work: 越城区要…, 越城区和绍兴县要…), ee03 (海原县要…); an area (城区要…,
        // 游客聚集区要…) is no government, nor a place named where no doer stands (晋中市以…为起点)
        PlanDraft d = read("""
                某市2024年清水工程工作任务
                (一)河道清草保洁工作。按照工作要求,进一步创新思路。
                (二)沿岸垃圾清理工作。越城区和绍兴县要组织开展集中整治。
                (三)畜禽养殖治理工作。越城区要做好清理工作。
                (四)景区环境整治工作。游客聚集区要做好保洁。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of(), List.of("越城区", "绍兴县"),
                List.of("越城区"), List.of());
    }

    @Test
    void howOftenOrWhenADoerActsAndWhatItMustDoAreNoPartOfItsName() {
        // ce02 (各村(社区)每季度组织…), al07 (各小学活动后要…), dh02, dl09, ds08 (各单位必须…): read as 各村(社区)每季度,
        // 各小学活动后 and 各单位必 before
        PlanDraft d = read("""
                某县2024年活动方案
                三、工作任务
                (一)开展宣传。各村(社区)每季度组织一次宣传活动。
                (二)做好总结。各小学活动后要及时做好全面总结。
                (三)加强领导。各单位必须充分认识做好节日期间工作的重要性。
                (四)开展检查。县市场监管局每月开展一次检查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各村(社区)"), List.of("各小学"),
                List.of("各单位"), List.of("县市场监管局"));
    }

    @Test
    void whomSomethingIsDoneForAfterItsDoerIsNoPartOfTheDoersName() {
        // ab09, dt09: 由村庄面上清洁向屋内庭院拓展 names no body (庭 ended one); aq04, ec09, bf04: 由X向Y授旗 is X's
        PlanDraft d = read("""
                某镇村庄清洁行动方案
                三、工作任务
                (一)开展村庄清洁。由村庄面上清洁向屋内庭院、村庄周边拓展,各村要建立清洁制度。
                (二)开展宣传活动。由镇文化站向沿街商户发放宣传资料。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各村"), List.of("镇文化站"));
    }

    @Test
    void aUnitAskedToDoItsPartIsItsDoerWithoutThePlansPlease() {
        // dw01, z06: "各单位请于5月20日前将…报疾控中心": 请 is the plan asking, no part of the name
        PlanDraft d = read("""
                某区防治碘缺乏病日宣传活动方案
                一、组织领导
                各单位要加强组织领导,统筹宣传安排。
                二、信息报告
                宣传活动结束后,各街道请于5月20日前将宣传活动总结报疾控中心防疫科。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).contains(List.of("各街道"));
    }

    @Test
    void aPageCutAboveItsListOfDutiesKeepsEachUnitsPartBeforeTheNumberedParts() {
        // ds09 (and u18, whose page has no numbered part below): a site's page 2 opens with the duties its page 1
        // headed, one unit's sentence a paragraph, then 三、…
        PlanDraft d = read("""
                公安机关要制定具体的实施方案,此项工作在4月底前完成。
                人口计生部门要向有关部门提供系统的计生人口信息资料。
                司法行政部门要向有关部门提供刑释解教人员的信息资料。
                三、强化工作措施
                (一)整合各方力量。各地各有关部门要落实工作专班。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("公安机关"), List.of("人口计生部门"),
                List.of("司法行政部门"), List.of("各地各有关部门"));
        assertThat(d.tasks().get(0).timeText()).isEqualTo("4月底前");
    }

    @Test
    void aBodyThatInvitesOthersForItsEventIsItsDoer() {
        // co02, aa07: 各社区村邀请辖区书法爱好者挥毫泼墨写春联: the body that invites holds the event
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2025)).readText("""
                某街道2025年春节文化活动方案
                二、主要内容
                1、“桃符嘉联情意浓”春联进万家
                各社区村邀请辖区书法爱好者挥毫泼墨写春联,喜迎中国年。
                活动时间:2025年1月2日至2025年1月27日
                2、“欢欢喜喜过大年”
                街道文化站邀请民间艺人开展社火表演。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各社区村"), List.of("街道文化站"));
    }

    @Test
    void howCloselyABodyHoldsToItsWorkIsNoPartOfItsName() {
        // cr03: 各部门紧密围绕活动主题…, and 各单位密切配合 as the corpus writes it beside
        PlanDraft d = read("""
                二、活动内容
                (一)开展为期一周的视频媒介宣传活动。各部门紧密围绕活动主题,结合各行业实际开展宣传活动。
                (二)开展防灾减灾知识进校园活动。乡中心学校密切结合课堂教学组织应急疏散演练。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各部门"), List.of("乡中心学校"));
    }

    @Test
    void aBodyThatTakesItsWorkThroughAFormIsItsDoerAndTheTeamsItSplitsIntoAreNone() {
        // ct04, cp01, y15: 各学院通过主题班会的形式组织…: the means the body takes to its deed; bt01: 分成四个服务队…
        // is what the lead's staff are split into, no body of the sentence
        PlanDraft d = read("""
                二、活动内容
                1.专题学习活动。各学院通过主题班会的形式组织班级同学统一观看表彰大会的视频。
                2.送科技下乡活动。由县科协牵头,组织20名农业科技人员,分成四个服务队通过举办“农业科技大集”的方式开展送科技下乡活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各学院"), List.of("县科协"));
    }

    @Test
    void thePartOfTheYearBetweenABodyAndItsDeedIsNoPartOfItsName() {
        // cy02: "地区生态环境局第二季度至少对…进行抽查;各县市分局第二季度至少对…进行抽查", as 市环保局6月初举办… has its day
        PlanDraft d = read("""
                二、抽查比例
                (一)重点监管对象。地区生态环境局第二季度至少对5%的重点监管对象进行抽查;各县市分局第二季度至少对25%的重点监管对象进行抽查。
                (二)特殊监管对象。各乡镇上半年完成对辖区企业的全覆盖检查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("地区生态环境局", "各县市分局"),
                List.of("各乡镇"));
    }

    @Test
    void aBodyThatGivesItsHelpAssistsTheSentencesDoer() {
        // cz09: "各部门结合实际情况自行组织消防演练,保卫处等部门给予协助", as 县公安局要积极配合 assists
        PlanDraft d = read("""
                二、活动内容
                3.举行消防演练。各部门结合实际情况自行组织消防灭火演练,保卫处等部门给予协助。
                """);

        assertThat(d.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("各部门");
            assertThat(t.assist()).containsExactly("保卫处等部门");
        });
    }

    @Test
    void bodiesListedWithAndAsWhoseDecisionsAreSpreadDoNothing() {
        // cm09: 宣传贯彻党中央、国务院以及市委、市政府关于…的决策部署: 以及 goes on with the list, no deed after 以
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2017)).readText("""
                某局2017年知识产权宣传周活动方案
                五、宣传内容
                宣传贯彻党中央、国务院以及市委、市政府关于知识产权工作的决策部署;宣传展示我市知识产权工作成效。
                """);

        assertThat(d.tasks()).isEmpty();
    }

    @Test
    void underTheArrangementsPartEachSentenceThatGivesABodyItsDutyIsATask() {
        // bt04: 组织安排 shares out duties a sentence per body, as 职责分工 does
        PlanDraft d = read("""
                一、活动主题
                建设节水型城市
                二、组织安排
                市住房和城乡建设委员会负责组织指导全市的节水宣传活动。市水务办承担节水宣传周活动的具体实施。
                三、工作要求
                各单位要高度重视。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市住房和城乡建设委员会"),
                List.of("市水务办"));
    }

    @Test
    void aBodyThatSpeedsUpPushesOnOrOverseesTheWorkIsItsDoer() {
        // bs08, m03: the body is the sentence's subject, its deed right after its name, with no 要 or 负责 between
        PlanDraft d = read("""
                二、主要任务
                1.提升分类投放能力。镇环卫所加快生活垃圾分类投放设施建设，确保完成覆盖目标。
                2.提升小区分类准确度。镇城管中队推进定时定点投放，增设误时投放点。
                3.规范收运。镇农业农村办督促各村落实分类收运制度。
                4.完善处理设施。县住建局完善生活垃圾处理设施布局。
                5.健全制度。出台推动垃圾分类的指导意见。
                """);

        // 出台 (to issue) ends like a station's 台 and names none
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("镇环卫所"), List.of("镇城管中队"),
                List.of("镇农业农村办"), List.of("县住建局"), List.of());
    }

    @Test
    void aBodySetOffByACommaBeforeWhatItIsResponsibleForIsTheSentencesDoer() {
        // duties written one after another in a paragraph, each body set off from its 负责 by a comma
        PlanDraft d = read("""
                交通部门,负责通村公路和道路建设。 教育部门,负责试点嘎查村义务教育、职业教育和成人教育。 水利部门,负责指导防洪工作。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("交通部门"), List.of("教育部门"),
                List.of("水利部门"));
    }

    @Test
    void bodiesSetApartByACommaWhereAListsMarkShouldBeAreOneSubject() {
        // bp05, f02: "A,B要…" with a comma for 、; a purpose or a campaign's name before the comma is no body
        PlanDraft d = read("""
                二、主要活动
                （一）组织开展专题宣传。各村(居)民委,镇直各单位要深刻学习领悟安全生产重要论述。
                （二）开展应急演练。为检验预案，县交警大队要组织开展道路交通事故应急演练。
                （三）宪法进机关。宪法进机关，省直机关工委要组织开展宪法学习。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各村(居)民委", "镇直各单位"),
                List.of("县交警大队"), List.of("省直机关工委"));
    }

    @Test
    void aHeadingThatLostItsFullStopRunsIntoItsSubjectWhoseListStillNamesTheDoers() {
        // bp06: "2.开展重点工作宣传各县区、开发园区…要…"; n13: "分发到各村、各企业" names whom the leaflets reach
        PlanDraft d = read("""
                二、主要活动
                1.开展重点工作宣传各县区、开发园区、各有关部门和企事业单位要以安全生产为重点开展宣传。
                2.开展宣传进乡村。5月开始，乡食品安全办公室负责将宣传手册分发到各村、各企业、各学校。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("各县区", "开发园区", "各有关部门", "企事业单位");
        assertThat(d.tasks().get(1).lead()).containsExactly("乡食品安全办公室");
    }

    @Test
    void aHeadingRunIntoItsBodyWithNoMarkLeavesTheGroupItTellsWhatToDoAsItsDoers() {
        // eu03, cz02: "一、提升政治站位，强化组织领导各处室（中心）、各行政村要…", the heading's 。 lost in the copy;
        // "组织各单位" acts on them, and a 各 past the heading's opening clauses is no run-on's subject
        PlanDraft d = read("""
                现将有关事项通知如下：一、提升政治站位，强化组织领导各处室（中心）、各行政村要认识防灾减灾工作的重要性。\
                二、加大宣传力度组织各单位开展防灾减灾系列宣传活动。\
                三、深入开展自然灾害隐患排查整治工作各处室（中心）、各行政村要将防灾减灾救灾与基层社会治理有机结合。\
                四、做好应急避难相关准备工作各行政村均应持续推进避灾安置场所规范化建设。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各处室（中心）", "各行政村"),
                List.of(), List.of("各处室（中心）", "各行政村"), List.of("各行政村"));
    }

    @Test
    void theBodiesOfTheSameLevelKeepTheirSameInTheirName() {
        // ev02: "会同同级有关部门": the second 同 opens the name (同级, of the same level), no word before it
        PlanDraft d = read("""
                二、检查安排
                （一）普查阶段。由区农村发展局牵头，会同同级有关部门对辖区内地方储备粮进行全面普查。
                （二）抽查阶段。由县财政局牵头，会同同级审计部门对资金使用情况进行抽查。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::assist).containsExactly(List.of("同级有关部门"),
                List.of("同级审计部门"));
    }

    @Test
    void theBodiesAnotherWorksWithAssistWhateverDocumentTheyIssueTogether() {
        // at01: "A会同B、C、D联合下发《…通知》": A leads and B, C, D assist, as when they 开展 or 部署 together
        PlanDraft d = read("""
                二、活动安排
                （一）下发通知安排部署。省粮食和储备局会同省发展改革委、省农业农村厅、省教育厅联合下发通知，安排部署宣传周工作。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("省粮食和储备局");
        assertThat(d.tasks().get(0).assist()).containsExactly("省发展改革委", "省农业农村厅", "省教育厅");
    }

    @Test
    void bodiesWorkingTogetherAtAPlaceNameNoOneElse() {
        // ed05 (as a05, bz01, t18): "A、B联合在xx职业技术学院举行…": together, at a place; the place is no assisting unit
        PlanDraft d = read("""
                四、活动内容
                （一）开展全国科普日启动仪式。
                拟于9月13日上午，市科协、市委宣传部、市教育局联合在市职业技术学院举行启动仪式。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("市科协", "市委宣传部", "市教育局");
        assertThat(d.tasks().get(0).assist()).isEmpty();
    }

    @Test
    void aBodyThatSetsUpAVenueOrATeamDoesTheWork() {
        // aa03, aq04, w15, y09: "省局设立主会场", "市局成立6个标准化服务队": the body that sets up the venue or the team is
        // the sentence's doer, as one that 制作s or 召开s is
        PlanDraft d = read("""
                二、活动安排
                1、市局成立6个标准化服务队，深入企业开展服务。
                2、省局设立主会场，同时启动标准化宣传服务周活动。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市局"), List.of("省局"));
    }

    @Test
    void aBodySetUpIsNoDeedOfOrganisingThatMakesItsSubjectALongerName() {
        // 建立健全组织机构: 组织 is the noun of 组织机构 here, not 组织 as in 组织开展
        PlanDraft d = read("""
                某市环境秩序整治行动方案
                三、职责分工
                （一）市公安局：负责维护整治现场秩序，依法查处违法犯罪行为。
                （二）市城管执法局：负责组织查处无照游商和违法建设。
                四、工作步骤
                （一）动员部署阶段（2010年9月10日至9月17日）。一是召开全市动员部署大会。各区县政府建立健全组织机构，制定工作方案。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).contains("动员部署阶段");
        assertThat(d.tasks()).flatExtracting(TaskDraft::lead).containsExactly("市公安局", "市城管执法局");
    }

    @Test
    void aPurposeClauseBeforeTheDoerNamesNoBody() {
        // ac18, ac17: 为…，增强工会组织的活力，县总工会初定于…: the body is the one that plans, after what it is for
        PlanDraft d = read("""
                关于开展庆祝“五一”系列活动的通知

                各基层工会:

                一、举办职工气排球赛

                为丰富职工业余文化生活,增强工会组织的活力,县总工会初定于4月20—22日开展气排球比赛。

                二、开展关爱劳模慰问活动

                为了充分体现党和政府对劳模的关心和关爱,县总工会拟定于4月24日—4月26日对全县劳模进行走访慰问。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县总工会"),
                List.of("县总工会"));
    }

    @Test
    void aGatheringNamedInAHeadingIsNoBody() {
        // ac17, d03: 二、职工趣味运动会 / 新闻发布会 end like a body's 会 and are what is held, not who holds it
        PlanDraft d = read("""
                关于五一活动的通知

                一、职工象棋比赛

                4月23日-24日,区总工会将举行象棋比赛。

                二、职工趣味运动会

                为增强体育活动的趣味性,区总工会将于4月25日在第十一中学举办一场趣味运动会。

                三、劳模事迹新闻发布会

                4月28日,区委宣传部举办新闻发布会。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("区总工会"), List.of("区总工会"),
                List.of("区委宣传部"));
    }

    @Test
    void aPartNamedForTheWorksLayoutIsNoBody() {
        // aw05: 二、工程布局 ends like a bureau's 局, and is how the works are laid out; 格局 and 大局 likewise
        PlanDraft d = read("""
                镇春季植树造林实施方案

                一、建设任务
                今年县人民政府下达我镇春季植树造林任务面积300亩。
                二、工程布局
                (一)农田林网建设
                以东村、西村秋季农田方实施农田林网建设,规划造林100亩。
                (二)春季绿化
                主要实施完成丰庆路两侧绿化,规划造林面积100亩,由镇政府统一安排,林业站组织实施。
                (三)庄点绿化
                主要对村部及各村道路两侧进行绿化,全部由镇政府统一安排,林业站组织实施。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of(), List.of("镇政府", "林业站"),
                List.of("镇政府", "林业站"));
    }

    @Test
    void aBodyGivenItsOwnLineWhereDutiesAreSharedOutLeadsItThoughItHelps() {
        // ac08 (o04 with its colon): 三、责任分工 / （七）环境保护部门协助做好…: the line is its duty; elsewhere it assists
        PlanDraft d = read("""
                禁止燃放烟花爆竹工作方案

                三、责任分工
                (一)公安部门负责烟花爆竹的公共安全管理;
                (二)环境保护部门协助做好烟花爆竹造成环境污染问题的监管;
                (三)供销部门负责烟花爆竹经营的行业管理。
                四、宣传教育
                (一)宣传部门应当做好禁放烟花爆竹的宣传工作,教育部门协助开展进校园活动;
                (二)消防部门应当加强消防安全教育。
                """);

        assertThat(d.tasks()).hasSize(5);
        assertThat(d.tasks().get(1).lead()).containsExactly("环境保护部门");
        assertThat(d.tasks().get(1).assist()).isEmpty();
        assertThat(d.tasks().get(3).lead()).containsExactly("宣传部门");
        assertThat(d.tasks().get(3).assist()).containsExactly("教育部门");
    }

    @Test
    void theItemsOfThePartThatNamesThePlansActivitiesAreItsWorkThoughFewNameTheirDoer() {
        // ac03: 三、活动内容 / 1…6, one of them naming who does it: the list is read whole
        PlanDraft d = read("""
                关于开展“国际档案日”宣传活动的通知

                一、活动主题
                “档案在你身边”。
                二、活动内容
                1、举办一次档案法制宣传讲座。
                2、开展“档案在你身边”征文活动。各区档案局要认真组织本地档案干部参加。
                3、征订《开放的档案馆欢迎您》。
                4、组织开展档案进社区宣传服务活动。
                5、在《中国档案报》出一期专版。
                6、举办档案宣传图片展。
                三、工作要求
                各级档案部门要高度重视。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(d.tasks().get(1).lead()).containsExactly("各区档案局");
    }

    @Test
    void aLevelSetBeforeABodyOfAnotherLevelIsItsOwnUnit() {
        // u06, q09, aa03: "（市、区质量工作领导小组办公室负责）", "各行署、市、县政府对辖区内…": each level named is a unit
        PlanDraft d = read("""
                2021年质量工作要点

                （一）积极构建大质量工作体系。充分发挥两级质量工作领导小组协调机制作用。（市、区质量工作领导小组办公室负责）
                （二）开展全面整治。各行署、市、县政府组织有关部门对检查出的重点环境问题进行集中整治。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("市", "区质量工作领导小组办公室");
        assertThat(d.tasks().get(1).lead()).containsExactly("各行署", "市", "县政府");
    }

    @Test
    void aBodyThatMustDoItIsTheSubjectOfItsSentence() {
        // ad06: "五、各单位务必严格按照要求…": 务必 says what the named body must do, as 要 and 须 do
        PlanDraft d = read("""
                关于开展无偿献血工作的通知

                四、各村（社区）要做好献血者的组织工作。
                五、各单位务必严格按照要求，积极组织落实，完成计划任务。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(1).lead()).containsExactly("各单位");
    }

    @Test
    void aDepartmentNamedByItsFieldInAListOfBodiesIsAUnit() {
        // ad07, v04, j15, b03: "宣传部、广电、文联…", "县农牧、公安、…、环保、广电", "移动、联通、电信": lists shorten departments
        // to their fields; a list of fields of work ("教育、卫生、文化等领域") names none
        PlanDraft d = read("""
                关于开展安全生产月活动的通知

                一、县公安、交通、安监等部门要联合开展道路交通安全检查。
                二、宣传部、广电、文联、网络中心和各单位要充分利用电视、报刊等各种形式宣传。
                三、由县安监局牵头，公安、消防、质监配合，开展消防安全检查。
                四、县委宣传部、县广电局、移动、联通、电信公司要发送公益短信。
                五、在教育、卫生、文化等领域开展安全宣传活动。
                """);

        assertThat(d.tasks()).hasSize(5);
        assertThat(d.tasks().get(0).lead()).containsExactly("县公安", "交通", "安监等部门");
        assertThat(d.tasks().get(1).lead()).containsExactly("宣传部", "广电", "文联", "网络中心", "各单位");
        assertThat(d.tasks().get(2).lead()).containsExactly("县安监局");
        assertThat(d.tasks().get(2).assist()).containsExactly("公安", "消防", "质监");
        assertThat(d.tasks().get(3).lead()).containsExactly("县委宣传部", "县广电局", "移动", "联通", "电信公司");
        assertThat(d.tasks().get(4).lead()).isEmpty();
    }

    @Test
    void unitsInTortoiseShellBracketsAfterAnItemAreItsUnits() {
        // a11, r04: national and provincial action plans set who does it in 〔…牵头，…参与〕 as others do in （…）
        PlanDraft d = read("""
                标准化行动方案

                （一）实施信息化标准建设行动。开展6G、IPv6等核心标准研究。〔国家发展改革委、工业和信息化部、市场监管总局(国家标准委)牵头，科技部、国家数据局参与〕
                （二）制定实施准入清单。完成环境准入清单编制工作。〔市生态环境局牵头〕
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("国家发展改革委", "工业和信息化部", "市场监管总局(国家标准委)");
        assertThat(d.tasks().get(0).assist()).containsExactly("科技部", "国家数据局");
        assertThat(d.tasks().get(1).lead()).containsExactly("市生态环境局");
    }

    @Test
    void aListOfUnitsSetOffByACommaOrWrittenWithSpacesIsTheSentencesSubject() {
        // t15: "省级教育、科技、…、监狱等系统主管部门，要结合实际…"; s09: "交通运输、 公安交警、 应急管理部门要…" (a copy's spaces
        // after 、); z02: a clause that says what its subject must do before the comma is no bare subject
        PlanDraft d = read("""
                节能宣传周活动方案

                一、活动内容
                （一）开展主题宣传。省级教育、科技、文化、卫计、体育、监狱等系统主管部门，要结合实际组织开展好本系统主题宣传活动。
                （二）督促落实企业主责。交通运输、 公安交警、 应急管理部门要强化道路运输企业安全生产主体责任。
                （三）加强安全教育。各地各校要高度重视学生安全教育，将安全教育纳入教学计划。
                """);

        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(0).lead()).containsExactly("省级教育", "科技", "文化", "卫计", "体育", "监狱等系统主管部门");
        assertThat(d.tasks().get(1).lead()).containsExactly("交通运输", "公安交警", "应急管理部门");
        assertThat(d.tasks().get(2).lead()).containsExactly("各地各校");
    }

    @Test
    void aListOfUnitsSetOffByACommaBeforeWhatTheyDoIsTheSubject() {
        // k19: "县电视台、政府门户网站、手机报等媒体，开设专栏宣传…"; one name before the comma is a place or a manner as
        // often as a doer (在新玛特购物中心，…; 各年级以班级为单位，…), so only a list of units counts
        PlanDraft d = read("""
                环境日宣传活动方案

                一、宣传方式
                （一）媒体宣传。县电视台、政府门户网站、手机报等媒体，开设专栏宣传我县生态创建成绩。
                （二）现场宣传。在新玛特购物中心，开展计量咨询活动。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("县电视台", "政府门户网站", "手机报等媒体");
        assertThat(d.tasks().get(1).lead()).isEmpty();
    }

    @Test
    void unitsThatSayTheirPartBeforeACommaAreNoBareSubject() {
        // ag04: "…公安局、电力局协办，举办春节团拜会文艺演出专场": 协办 says their part; what follows the comma is the work's
        PlanDraft d = read("""
                春节活动方案

                一、活动安排
                1.举办春节团拜会文艺演出。由宣传部主办，县文广局、教育局承办，公安局、电力局协办，举办春节团拜会文艺演出专场。
                2.开展“三下乡”活动。由宣传部牵头，县文广局、科技局等部门承办，元月上旬在上良乡举办启动仪式。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("宣传部");
        assertThat(d.tasks().get(0).assist()).containsExactly("县文广局", "教育局", "公安局", "电力局");
        assertThat(d.tasks().get(1).start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2024, 1, 10));
    }

    @Test
    void aBodyThatWorksAccordingToThePlanIsItsSentencesSubject() {
        // s15, ab06, x13, ab11: "各乡镇、各有关部门根据本方案，制定具体工作方案", "各中小学校围绕…开展…": 根据, 依据, 围绕 and 针对
        // open what the body named before does, as 按照 does
        PlanDraft d = read("""
                环境综合整治工作方案

                三、时间安排
                （一）宣传发动阶段（1月19日至30日）。召开全县动员大会，广泛宣传发动。各乡镇、各有关部门根据本方案，制定具体工作方案。
                （二）集中整治阶段（2月1日至11月30日）。各中小学校围绕防溺水主题开展安全教育。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("各乡镇", "各有关部门");
        assertThat(d.tasks().get(1).lead()).containsExactly("各中小学校");
    }

    @Test
    void aBodyThatWillHelpAssistsThoughItIsTheSentencesSubject() {
        // ad04: "届时，市教育局将配合市禁毒办组织…": 将, 要, 应 before 配合 or 协助 still make the subject a helper
        PlanDraft d = read("""
                禁毒宣传月活动方案

                二、活动内容
                （一）国际禁毒日主题活动。市禁毒办将于6月24日组织开展主题活动，届时，市教育局将配合市禁毒办组织中小学生参加。
                （二）禁毒宣传进社区。市司法局负责组织宣讲，各街道办事处要积极协助做好场地安排。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("市禁毒办");
        assertThat(d.tasks().get(0).assist()).containsExactly("市教育局");
        assertThat(d.tasks().get(1).lead()).containsExactly("市司法局");
        assertThat(d.tasks().get(1).assist()).containsExactly("各街道办事处");
    }

    @Test
    void theUnitsAWorkIsDoneWithKeepTheirEtAlAsWritten() {
        // f11: "由国土资源部会同农业部等部门负责落实": the assisting units are written "农业部等部门", as a unit cell or a
        // subject list keeps "县人力资源和社会保障局等部门" (j12, h08)
        PlanDraft d = read("""
                重要政策措施分工方案

                一、工作分工
                （一）关于划定永久基本农田的问题，由国土资源部会同农业部等部门负责落实。
                （二）关于粮食安全战略的问题，由发展改革委会同中央农办、财政部、粮食局等部门研究提出落实意见。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("国土资源部");
        assertThat(d.tasks().get(0).assist()).containsExactly("农业部等部门");
        assertThat(d.tasks().get(1).lead()).containsExactly("发展改革委");
        assertThat(d.tasks().get(1).assist()).containsExactly("中央农办", "财政部", "粮食局等部门");
    }

    @Test
    void theDayBetweenASubjectAndItsDeedLeavesTheSubjectItsOwn() {
        // ag05: "市环保局6月初举办环保演讲比赛", and a day written in full before the deed
        PlanDraft d = read("""
                世界环境日宣传活动实施方案

                二、活动安排
                1、市环保局6月初举办环保演讲比赛。
                2、县科协5月20日开展科普咨询。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("市环保局");
        assertThat(d.tasks().get(1).lead()).containsExactly("县科协");
    }

    @Test
    void aBodyToldToSeeItsWorkDoneWellIsTheSubjectOfItsSentence() {
        // k11, ab02, k19: "企管站做好…现场检查工作", "区民政局做好…", "城市管理和行政执法局做好…": 做好 (and 抓好, 搞好) says what
        // the body named before must do; under 职责分工 each such sentence is a task of its own
        PlanDraft d = read("""
                秋冬季禁止秸秆焚烧工作实施方案

                三、职责分工
                农业办积极开展农作物秸秆综合利用推广工作。企管站做好禁止秸秆焚烧的现场检查工作。各村抓好本村的巡查值守。派出所负责对焚烧行为依法查处。
                """);

        assertThat(d.tasks()).extracting(t -> t.lead()).containsExactly(
                List.of("农业办"), List.of("企管站"), List.of("各村"), List.of("派出所"));
    }

    @Test
    void theMediaAPlanGivesWorkToAreItsUnitsButAPageToReadIsNone() {
        // q07, k19: "市直各网站要认真组织…", "县广播电视台、政府网站对宣传日活动进行宣传报道"; ac04, j09: "（详见国家档案局网站）",
        // "应参照市政府网站…": a site where more is said does no work
        PlanDraft d = read("""
                网络安全宣传周活动方案

                一、各有关部门、市直各网站要认真组织开展网络安全宣传周活动。
                二、各网站要在首页开设专题，转载推送宣传内容。
                三、县广播电视台、政府网站对宣传日活动进行宣传报道。
                四、各级档案部门要积极组织参加征文活动（详见国家档案局网站）。
                """);

        assertThat(d.tasks()).extracting(t -> t.lead()).containsExactly(
                List.of("各有关部门", "市直各网站"), List.of("各网站"), List.of("县广播电视台", "政府网站"), List.of("各级档案部门"));
    }

    @Test
    void aBodyThatActsOnTheSpotOrSpeaksOnATopicIsTheSentencesDoer() {
        // bj04: a consumer day's stands, "市检验检测中心现场对计量器具进行检定" and "市区两级相关部门就相关政策…进行宣传讲解":
        // the body's name, then where (现场) or on what (就…) it acts, then its deed
        PlanDraft d = read("""
                三、活动内容
                （一）现场宣传。县司法局就消费者权益保护法进行宣传讲解。
                （二）现场服务。
                1.设立消费者投诉咨询服务台，接待消费者咨询。
                2.市检验检测中心现场对计量器具进行检定。
                3.提供现场义诊等服务。
                """);

        assertThat(task(d, "（一）").lead()).containsExactly("县司法局");
        assertThat(task(d, "2").lead()).containsExactly("市检验检测中心");
        assertThat(d.tasks()).extracting(TaskDraft::content).contains("设立消费者投诉咨询服务台，接待消费者咨询", "提供现场义诊等服务");
    }

    @Test
    void aClauseOpenedByAtTheSameTimeStillNamesItsDoer() {
        // ad06: "同时各单位结合实际给予…" opens with 同时 (meanwhile), not with 同 (with) and a place or a partner
        PlanDraft d = read("""
                一、各单位要切实提高认识，加强组织领导。
                二、对献血者将颁发无偿献血证书，同时各单位结合实际给予适当津补贴。
                三、县卫健局负责采血。
                """);

        assertThat(d.tasks().get(1).lead()).containsExactly("各单位");
    }

    @Test
    void fieldsAListClosesWithTheWordForTheirBodiesStandForThoseBodies() {
        // bm07, ax03, ac07: "公安、交警、综治、农机等部门", "安监、交通、农业(农机)、教育、公安等部门"
        PlanDraft d = read("""
                春运工作方案
                一、加强道路检查。由公安、交警、综治、农机等部门联合开展道路交通安全检查。
                二、开展安全教育。安监、交通、农业(农机)、教育、公安等部门要深入农村开展交通安全宣传。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("公安", "交警", "综治", "农机等部门");
        assertThat(d.tasks().get(1).lead()).containsExactly("安监", "交通", "农业(农机)", "教育", "公安等部门");
    }

    @Test
    void theBodiesALeadBringsInHelpIt() {
        // n13: "X牵头组织Y、Z"; bf01, n06: "由X牵头，联合Y、Z等单位，在…"
        PlanDraft d = read("""
                食品安全宣传周活动方案
                (一)举办大型集中宣传活动。乡食安办牵头组织乡农技站、畜牧站、司法所,于5月上旬在北长渠农民新居举办宣传咨询活动。
                (二)开展推普宣传。由县语委办、县教育局牵头,联合县委宣传部、县人社局、团县委等单位,在海阳二小大门口开展一次宣传活动。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("乡食安办");
        assertThat(d.tasks().get(0).assist()).containsExactly("乡农技站", "畜牧站", "司法所");
        assertThat(d.tasks().get(1).lead()).containsExactly("县语委办", "县教育局");
        assertThat(d.tasks().get(1).assist()).containsExactly("县委宣传部", "县人社局", "团县委等单位");
    }

    @Test
    void aSentenceRunIntoAGroupsNameIsNoPartOfIt() {
        // bs03: "各村(居)要把住…时期，安排包片干部到每名大学在校生…", "…宣传海报由镇统一发放"
        PlanDraft d = read("""
                春季征兵宣传工作方案
                一、要登门入户面对面精准发动
                今年，省征兵办对大学生征兵工作提出了更高要求。各村(居)要把住大学生离校返乡这个关键时期，安排包片干部到每名大学在校生家中进行宣传。
                二、要严格审核征兵宣传内容
                各村(居)对征兵宣传内容要严格审核把关，原则上征兵宣传册、征兵宣传横幅和宣传海报由镇统一发放。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("省征兵办", "各村(居)");
        assertThat(d.tasks().get(1).lead()).containsExactly("各村(居)");
    }

    @Test
    void aSentenceWhoseClausesEachOpenWithTheirUnitGivesEachUnitItsTask() {
        // bv06: a news item's "其中，市教育局将…；市科工信局将…；市科协将…", as the duties clause by clause in an item
        PlanDraft d = read("""
                食品安全宣传周活动启动
                本报讯，全市15个部门将于6月18日至29日开展食品安全宣传周系列活动。其中，市教育局将开展校园食品安全系列宣传活动；\
                市科协将利用宣传平台开展食品安全科普知识宣传；市公安局将开展以案说法宣传教育。
                市市场监管局将组织开展食品安全知识竞赛，要求各单位积极参与；认真组织；确保实效。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsSubsequence("市教育局将开展校园食品安全系列宣传活动",
                "市科协将利用宣传平台开展食品安全科普知识宣传", "市公安局将开展以案说法宣传教育");
        assertThat(d.tasks()).extracting(t -> t.lead().get(0)).containsSubsequence("市教育局", "市科协", "市公安局",
                "市市场监管局");
        // one unit's sentence with its parts set off by ； stays one task
        assertThat(d.tasks().get(d.tasks().size() - 1).content()).startsWith("市市场监管局将组织开展食品安全知识竞赛");
    }

    @Test
    void aBodyThatDrawsUpItsPartIsTheDoerAndItsSentenceRunsNotIntoItsName() {
        // bv04: "省级卫生行政部门制定…", "每个省级卫生行政部门征集…"; bv08: "(由市健教所提供并与两台联系)", "由市健康教育所另行通知"
        PlanDraft d = read("""
                卫生标准宣传周活动方案
                1.省级卫生行政部门制定本地区2009年宣传周活动方案；
                2.每个省级卫生行政部门征集、拟定1-2条宣传周主题。
                3.4月4日-10日期间在日报、电台、电视台刊播公益广告，宣传相关标语(由市健教所提供并与两台联系)。
                4.组织市直医疗卫生单位举行义诊和宣传咨询活动(具体安排由市健康教育所另行通知)。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("省级卫生行政部门"),
                List.of("每个省级卫生行政部门"), List.of("市健教所"), List.of("市健康教育所"));
    }

    @Test
    void aListOfFieldsThatSetsToWorkAtOnceIsTheSubject() {
        // bv07: "物价、工商、质监、食品药监等部门立即部署开展“百日执法大检查”活动"
        PlanDraft d = read("""
                一、强化市场监督检查
                物价、工商、质监、食品药监等部门立即部署开展“百日执法大检查”活动，对哄抬价格等行为进行严厉打击。
                二、加强价格监测预警分析
                统计调查部门要进一步科学合理采集物价数据。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("物价", "工商", "质监", "食品药监等部门");
    }

    @Test
    void aBodyThatSeesToTheDetailAfterTheItemsPointsLeadsIt() {
        // bv01: "一是…。二是…。三是…。县卫生计生监督所具体负责组织并落实此项工作。"
        PlanDraft d = read("""
                三、宣传内容
                (一)食品安全标准解读和宣传。一是宣传食品安全标准体系。二是解读新发布的地方标准。三是宣传食品标签标示知识。县卫生计生监督所具体负责组织并落实此项工作。
                (二)营养知识宣传。县疾控中心负责开展营养知识进社区活动。
                """);

        assertThat(d.tasks().get(0).lead()).containsExactly("县卫生计生监督所");
    }

    @Test
    void aPartysGrassrootsOrganisationIsABodyNotADeed() {
        // corpus-files f01: "各级各领域基层党组织要认真落实…", where 组织 is no 组织召开
        PlanDraft d = read("""
                一、开办专栏。市委宣传部负责在媒体开设专栏。
                二、组织主题党课。各级各领域基层党组织要认真落实“三会一课”要求，组织召开主题党课。
                """);

        assertThat(d.tasks().get(1).lead()).containsExactly("各级各领域基层党组织");
    }

    @Test
    void howOftenAndToWhomItIsReportedAreNoPartOfTheNames() {
        // corpus-files f17: "每年省直工委牵头…", "由省扶贫移民局汇总后报省委、省政府", "并报省委省政府"
        PlanDraft d = read("""
                工作方案
                一、进度安排
                1.干部驻村工作：每年省直工委牵头对各地干部选派情况进行督促检查。
                2.定点扶贫工作：每年对定点扶贫部门进行考核，并报省委省政府，每两年省扶贫开发领导小组开展总结表扬工作。
                3.督查指导：各牵头单位于每年6月底前将工作落实情况送省扶贫移民局，由省扶贫移民局汇总后报省委、省政府。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("省直工委"),
                List.of("省扶贫开发领导小组"), List.of("各牵头单位", "省扶贫移民局"));
    }

    @Test
    void aSentenceThatOpensWithHowOrNamesThoseInChargeNamesNoUnit() {
        // corpus-files f19: a leader's own measures name no body; 负责人 is a person, 负责人口 a deed
        PlanDraft d = read("""
                个人整改措施
                1.转变作风。时刻站在群众的立场关心贫困群众。（整改时限：长期）
                2.统筹工作。更好地发挥处室负责人的主观能动性。（整改时限：长期）
                3.加强计生。县卫健局负责人口和计划生育达标工作。（整改时限：长期）
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of(), List.of(), List.of("县卫健局"));
    }

    @Test
    void aMeetingsDecisionsNameTheirBodiesNotItsLeadersNorWhomTheWorkIsEntrustedTo() {
        // corpus-files f27: a 局务会议's minutes, each decision closing with who sees to it
        PlanDraft d = read("""
                局务会议纪要
                一、全力以赴做好信访维稳工作。信访工作由信访处总牵头，各位局领导要加强领导。由何智彬副局长牵头抓落实。
                二、探索解决移民安置监督评估招标问题。共同委托有监督评估专业技术能力的单位进行监督评估。由何智彬副局长牵头抓落实。
                三、抓紧推进调研课题工作。一是加快推进课题调研，由各责任处室抓紧落实。二是各责任处室要安排专人起草移民条例。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("信访处"), List.of(), List.of("各责任处室"));
    }

    @Test
    void aMeetingsDecisionIsCarriedOutByTheBodiesItsPointsNameNotByTheLeadersOverThem() {
        // corpus-files f29, f31: "由向伟益副局长牵头，规划处抓落实" names the 处 that carries the decision out; a decision
        // whose points each name theirs is one task of those units
        PlanDraft d = read("""
                局务会议纪要
                会议议定了以下事项：
                1.加快推进移民政策梳理和规范工作。一是抓紧完成移民政策梳理任务。由向伟益副局长牵头，规划处抓落实。二是抓紧完成工作规范拟制任务。由何智彬副局长牵头，移民安置处抓落实。
                2.尽快完成批示办理情况上报工作。要尽快拟制办理情况并尽早上报。由向伟益副局长牵头，规划处抓落实。
                3.继续做好活动筹备工作。由张谷局长、廖蔚总会计师一起当面向副省长作专题汇报。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content)
                .containsExactly("加快推进移民政策梳理和规范工作", "尽快完成批示办理情况上报工作", "继续做好活动筹备工作");
        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("规划处", "移民安置处"), List.of("规划处"), List.of());
    }

    @Test
    void aMeetingsDecisionsNameTheWorkThenWhoSeesToItAndWhoCarriesItOut() {
        // corpus bw07: a news item of a briefing, its dated opening no bar to the decisions in the paragraph after it
        PlanDraft d = read("""
                县迎通水指挥部碰头会纪要
                11月11日下午,县指挥部领导马良泉、王光玲在指挥部召开碰头会,贯彻落实市领导现场办公指示精神。
                会议决定:要全力做好保鲜提升工作。九重区域环境整治由王光玲牵头,九重镇落实;香花区域环境整治由王培理牵头,香花镇落实;干渠绿化由顾理牵头,林业局落实;陶岔风情小镇扫尾提升由陈太良牵头,连夜开会研究遗留问题处理;督导组负责每天向市里报送进度。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("九重区域环境整治由王光玲牵头,九重镇落实",
                "香花区域环境整治由王培理牵头,香花镇落实", "干渠绿化由顾理牵头,林业局落实", "陶岔风情小镇扫尾提升由陈太良牵头,连夜开会研究遗留问题处理",
                "督导组负责每天向市里报送进度");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("九重镇"), List.of("香花镇"),
                List.of("林业局"), List.of(), List.of("督导组"));
    }

    @Test
    void theRoleABodyHoldsForAStretchOfTownIsNoPartOfItsName() {
        // corpus bw04, bw05: "由包片单位县文广局督促…"
        PlanDraft d = read("""
                市容环境综合整治情况的通报
                1、河滨南路有住户在行道树晾晒衣物。整改措施:由包片单位县文广局督促住户移走晾晒的衣物。
                2、县气象局外有垃圾死角。整改要求:由包片单位县气象局负责清除。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县文广局"), List.of("县气象局"));
    }

    @Test
    void aLeadersDemandsCountedOffNameTheBodiesThatActAfterTheMeeting() {
        // corpus bw10: "一是各单位会后抓紧将…；二是县发改局要…"
        PlanDraft d = read("""
                重点项目会审工作会议
                石宏敏常务副县长在总结讲话中要求:一是各单位会后抓紧将项目储备清单的修改意见形成书面材料于2月9日下午下班前报县发改局汇总;二是县发改局要及时将项目储备清单修改完善,并于2月9日晚19:00时前报县政府常务会议研究。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("各单位"), List.of("县发改局"));
        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("2月9日下午下班前", "2月9日晚19:00时前");
    }

    @Test
    void theBodyWhosePeopleLeadAnInspectionTeamLeadsItsWork() {
        // corpus bz10: each inspection group led by a leader of one bureau (由市X局1名县级领导带队); who of the bureau
        // leads says nothing of the bureau's name
        PlanDraft d = read("""
                五、督查分组
                市安委会办公室对县(市、区)政府进行综合督查。
                (一)煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加。
                (二)非煤矿山安全督查组。由市安监局1名县级领导带队,2名专业人员参加。
                (三)道路交通安全督查组。由市公安交巡警支队主要负责同志带队。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("煤矿安全督查组", "非煤矿山安全督查组",
                "道路交通安全督查组");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市煤炭工业局"), List.of("市安监局"),
                List.of("市公安交巡警支队"));
    }
    @Test
    void whomTheLeadWorksWithEndsWhereTheWayTheyActBegins() {
        // cf08, d03, at01, w13: "由A会同B、C按照…开展", "由A会同有关部门和单位负责": B and C, and both groups, assist
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2023)).readText("""
                2023年全省食品安全宣传周活动方案
                一、活动安排
                （一）省级层面。由县市场监管局会同县公安局、县农业农村局按照方案开展检查。
                （二）市级层面。由省食品安全委员会办公室会同有关部门和单位组织开展。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("县市场监管局");
        assertThat(d.tasks().get(0).assist()).containsExactly("县公安局", "县农业农村局");
        assertThat(d.tasks().get(1).lead()).containsExactly("省食品安全委员会办公室");
        assertThat(d.tasks().get(1).assist()).containsExactly("有关部门", "单位");
    }
    @Test
    void everyPlaceToldWhatItMustDoIsWhoDoesIt() {
        // ek03, bm03, ci08, u10 and five more: "各地要…" alone as a sentence's subject names every place's government,
        // as the truths write it (各地); "各地也要联合…" still only says whom they work with
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2019)).readText("""
                国务院办公厅关于加强三级公立医院绩效考核工作的意见
                五、组织实施
                （一）充分运用考核结果。
                各地要建立绩效考核信息和结果部门共享机制，形成部门工作合力。
                （二）做好督导总结宣传。
                国家卫生健康委要会同相关部门加强对绩效考核工作的指导和监督。
                """);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("各地");
        assertThat(d.tasks().get(1).lead()).containsExactly("国家卫生健康委");
    }
    @Test
    void thePartsAWholeIsMadeOfAreNoBodies() {
        // ek03: "医院满意度由患者满意度和医务人员满意度两部分组成" describes an indicator; its 部 is 部分's, no 部's, and
        // the list of indicators it closes names no one
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2019)).readText("""
                国务院办公厅关于加强三级公立医院绩效考核工作的意见
                二、指标体系
                （一）医疗质量。
                提供高质量的医疗服务是三级公立医院的核心任务。
                （二）运营效率。
                运营效率体现医院的精细化管理水平。
                （三）满意度评价。
                医院满意度由患者满意度和医务人员满意度两部分组成。
                三、支撑体系
                （一）提高病案首页质量。
                三级公立医院要加强以电子病历为核心的医院信息化建设。
                （二）建立考核信息系统。
                国家卫生健康委要建立全国三级公立医院绩效考核信息系统。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("提高病案首页质量", "建立考核信息系统");
    }

    @Test
    void whomADeedIsDoneWithOrForIsNoBodyOfTheTask() {
        // ee02, eb05, ab11, bm04: "…推动各区县、各部门按时完成…", "配合属地相关专班做好…", "形成政府统一组织、企业响应…的
        // 氛围": the words after such a deed had been read as bodies (推动各区县, 配合属地相关专班, 形成政府) beside the doer
        PlanDraft d = read("""
                某市创建质量强市示范城市实施方案
                一、主要任务
                （一）加强组织领导。市质量创建办负责加强对创建工作的组织领导和督导检查，推动各区县、各部门按时完成创建工作任务。
                （二）开展消防宣传。各地各单位要加强消防宣传，配合属地相关专班做好电动自行车安全隐患整治宣传。
                （三）营造良好氛围。县农业农村局要精心策划，形成政府统一组织、企业响应、群众参加的宣传氛围。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("市质量创建办"), List.of("各地各单位"),
                List.of("县农业农村局"));
    }
}
