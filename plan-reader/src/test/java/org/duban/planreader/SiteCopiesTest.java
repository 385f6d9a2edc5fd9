package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts of notices that document sites and mirrors copied: what their copies do to a title, issuer and date. */
class SiteCopiesTest {

    private static PlanDraft read(String text) {
        return new PlanReader(PlanReader.Options.defaults().withFallbackYear(2099)).readText(text);
    }

    @Test
    void aTitleRunIntoTheFirstSentenceIsTheTitle() {
        assertThat(read("""
                第1页共4页县秸秆禁烧工作实施方案为认真做好我县农作物秸秆禁烧工作，进一步改善环境质量，制订本方案。一、指导思想
                """).title()).isEqualTo("县秸秆禁烧工作实施方案");
        assertThat(read("""
                1、2022年县知识产权宣传周活动方案县知识产权宣传周活动方案 为庆祝世界知识产权日，根据省局通知精神，决定在全县开展宣传周活动。
                """).title()).isEqualTo("县知识产权宣传周活动方案");
        assertThat(read("""
                推进某县电动自行车治理工作的通知为进一步推进我县电动自行车管理，维护道路交通秩序，现将有关事项通知如下：
                """).title()).isEqualTo("推进某县电动自行车治理工作的通知");
        assertThat(read("""
                1、2016年全县公共机构节能宣传周活动安排各乡镇人民政府，县直各部门：按照省机关事务管理局的通知要求，现将活动安排如下。
                """).title()).isEqualTo("2016年全县公共机构节能宣传周活动安排");
        // bs03: a space the copy left after the year's season, inside the title
        assertThat(read("""
                XX镇2023年春季 征兵宣传工作方案 12月1日,全国征兵网已开通网上报名,标志着2023年春季征兵正式启动。各村(居)要切实高度重视。
                """).title()).isEqualTo("XX镇2023年春季 征兵宣传工作方案");
    }

    @Test
    void theLastItemsUnitsEndWhereThePageRunsOnIntoItsClose() {
        // fb06, fd09 (平潭 archive pages, each run together on one line): the last item's unit field ran on into the
        // signature (its body's name glued to the last unit, then the date and the site's 来源) or into the attachments;
        // where the page's 来源 closed the last item's line, the item had been dropped with it as the page's metadata
        PlanDraft signed = read("""
                标题: 城关片区农村人居环境整治提升行动方案
                发布时间: 2023-03-20 10:00
                当前位置： 首页 城关片区农村人居环境整治提升行动方案 一、重点任务 （一）推进厕所革命。加快改厕。责任处室:资源生态处、交通建设处 （二）推进垃圾治理。健全收运体系。责任处室:交通建设处 （三）加强监管。依法开展质量安全监管，严守底线。责任处室:资源生态处、经济发展处 某某县城关片区管理局 2023年3月16日 来源：某某县城关片区管理局 附件下载
                """);
        assertThat(signed.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("资源生态处", "交通建设处"),
                List.of("交通建设处"), List.of("资源生态处", "经济发展处"));
        PlanDraft attached = read("""
                片区汛前安全大检查工作方案 一、检查内容 1.山塘水库检查。牵头部门：水利处 2.道路桥梁检查。牵头部门：交通处 3.渔船渔排检查。牵头部门：各包村处室 附件：排查汇总表 某某片区防汛抗旱指挥部 2023年3月13日 附件 渔业船舶防台风排查情况表 填报日期： 年 月 日
                """);
        assertThat(attached.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("水利处"), List.of("交通处"),
                List.of("各包村处室"));
    }

    @Test
    void theLastItemTakesNoDateFromTheSignatureRunOnAfterIt() {
        // fd02, fd05, fd10, eu04, ev02 (平潭 archive pages run together on one line): the signature after the last
        // item's words (and the attachments listed before it) had been read as that item's, its date as the item's time
        PlanDraft signed = read("""
                标题: 城关片区五一安全防范工作通知
                发布时间: 2022-04-28 10:00
                当前位置： 首页 各处室：为做好五一期间安全防范工作，现将有关事项通知如下。一、开展隐患排查。各村要对辖区内重点场所开展隐患排查。二、加强值班值守。各处室要严格落实24小时值班制度，保持联络畅通。 某某县城关片区管理局 2022年4月27日 来源：某某县城关片区管理局 附件下载
                """);
        assertThat(signed.date()).isEqualTo(LocalDate.of(2022, 4, 27));
        assertThat(signed.tasks()).extracting(TaskDraft::end).containsOnlyNulls();
        PlanDraft attached = read("""
                标题: 城关片区渔业防汛备汛工作通知
                发布时间: 2023-03-08 10:00
                当前位置： 首页 各村：一、加强组织领导。各村要切实加强组织领导，落实防台风措施。二、全面加强值守。各村要认真落实汛期应急值班制度。 附件1.避风渔港责任人统计表2.渔船渔排情况摸底统计表 某某县城关片区管理局 2023年3月6日 附件1 避风渔港责任人统计表 填报单位：序号名称地点责任人
                """);
        assertThat(attached.tasks()).extracting(TaskDraft::end).containsOnlyNulls();
        assertThat(attached.tasks()).extracting(TaskDraft::content).noneMatch(c -> c.contains("附件"));
    }

    @Test
    void aDocumentSitesNoticeToDownloadersIsNoPartOfThePlan() {
        // cq05, cq01, ai09, l14: the site's "温馨提示:" and its numbered terms over the document
        PlanDraft d = read("""
                温馨提示:
                1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。
                2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。
                3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载,若出现内容与标题不符可向本站投诉处理。
                4. 下载文档时可能由于网络波动等原因无法下载或下载错误,付费完成后未能成功下载的用户请联系客服处理。
                乡镇2023年抓好耕地抛荒工作方案
                一、宣传发动。各村要召开村民大会,宣传耕地保护政策。
                二、调查摸底。各村组织人员对抛荒耕地逐块登记。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("宣传发动", "调查摸底");
    }

    @Test
    void aPageRunTogetherWithNothingWhereItsLinesEndedIsCutAtItsPartsAndItems() {
        // dw08: a document site's copy, the whole plan one paragraph, each part's heading right after the sentence
        // before it (cut as a flattened page is), each item after the sentence before it; the activities under
        // 活动内容和形式 are the plan's work
        PlanDraft d = read("全国高血压日活动方案1为普及高血压防治知识,我镇卫生院将开展系列活动,主要内容如下:一、活动目的1、提高居民"
                + "高血压防治意识。2、宣传高血压的危险因素。二、活动内容和形式1、现场咨询:2016年10月8日上午在镇集贸市场现场咨询并宣传"
                + "高血压防病知识。2、字幕宣传:在卫生院的滚动字幕上宣传。3、张贴标语,要求村卫生室每村张贴不少于10幅标语。三、组织实施本次"
                + "活动由镇慢性病防治领导组负责组织实施。");

        assertThat(d.tasks()).extracting(TaskDraft::content).startsWith(
                "现场咨询:2016年10月8日上午在镇集贸市场现场咨询并宣传高血压防病知识", "字幕宣传:在卫生院的滚动字幕上宣传",
                "张贴标语,要求村卫生室每村张贴不少于10幅标语");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2016, 10, 8));
    }

    @Test
    void aListsItemsRunOnInOneParagraphAfterEachSentencesEndAreItemsEach() {
        // dj07: a document site's page, a part's items one after another in one paragraph, nothing between them but the
        // sentence's end
        PlanDraft d = read("""
                乡镇春季造林工作方案
                三、造林分工
                1、国道可视范围内山上造林140亩由乡里组织专业队负责。2、各村的山下造林任务由各村负责。3、乡道路两侧造林管护由各村负责。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(1).lead()).containsExactly("各村");
    }

    @Test
    void aLiveScoreSitesNameWhereTheIssuerStoodIsSpamAndTheTitleGoesOn() {
        // ch07: a mirror put a live-score betting site's name where 辽宁省人民政府 stood, the title broken after 《辽宁省
        PlanDraft d = read("""
                辽政办发〔2025〕6号
                即时比分办公厅关于印发《辽宁省
                进一步规范涉企行政检查的若干措施》的通知
                各市人民政府,省政府各厅委、各直属机构:
                《辽宁省进一步规范涉企行政检查的若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。
                """);

        assertThat(d.title()).isEqualTo("辽宁省进一步规范涉企行政检查的若干措施");
        assertThat(d.issuer()).isNull();
        assertThat(d.warnings()).extracting(Warning::code).contains(Warning.SUSPECT_SPAM);
    }

    @Test
    void aPageRunIntoOneParagraphIsCutBeforeItemsThatOpenWithAMonth() {
        // dd09: a document site's copy, one paragraph, each line's end a space; "1、1—2 月份…" (an item whose text opens
        // with digits) is cut as "2、完善…" is
        PlanDraft d = read("""
                2020年病媒生物防治工作计划
                一、指导思想 以创建国家级卫生城市为目标,实行以防治为主的综合防治措施,建立长效管理机制。 二、计划安排 1、1—2 \
                月份开展以环境卫生综合整治、消杀越冬蚊蝇为重点的冬春爱国卫生活动。 2、3 月份做好春季灭鼠的准备工作,组织业务培\
                训、准备药械。 3、4 月份爱国卫生月期间,组织开展春季灭鼠、灭蟑活动。 4、5 月份做好夏季蚊、蝇、蟑螂消杀准备工作,成\
                立消杀队伍,组织技术培训,落实消杀药物、器械。 5、6—9 月份组织实施夏季蚊、蝇、蟑螂消杀工作。 6、10-11 月份组织开\
                展秋季灭鼠活动。 三、工作要求 各科室要高度重视,认真组织,确保各项工作落到实处。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("1—2 月份", "3 月份", "4 月份", "5 月份",
                "6—9 月份", "10-11 月份");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsOnly(List.of());
    }

    @Test
    void aStepsHeadingClosedByItsTimeIsCutFromItsLabelledLineWhereACopyPutASpace() {
        // dj01: a forum's copy, one paragraph, a space for each line break: "(一)准备、实施阶段(3月25-31日) 主要任务:…";
        // the stages' ranges "9月15日起至9月25日" (dj02) read whole
        PlanDraft d = read("""
                清明节期间森林防火工作方案
                一、指导思想 全面贯彻“预防为主、积极消灭”的森林防火工作方针,以确保森林资源和人民生命财产安全为中心。 二、工作安排 \
                (一)准备、实施阶段(3月25-31日) 主要任务:制定工作方案,下发通知,召开森林防火专项会议,布置工作任务。 (二)加强\
                阶段(4月1-7日) 主要任务:集中一切力量强化森林防火宣传等各项工作。 (三)总结阶段(4月8日起至4月12日) 主要任务:做\
                好总结工作,并部署下一阶段森林防火工作。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("准备、实施阶段", "加强阶段", "总结阶段");
        assertThat(d.tasks()).extracting(TaskDraft::timeText).containsExactly("3月25-31日", "4月1-7日", "4月8日起至4月12日");
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2099, 4, 12));
    }

    @Test
    void aMirrorsCommaBeforeAnItemsMarkLeavesItAnItem() {
        // dl10: a mirror that put a comma before every 、 ("2,、自查范圍", "市教工委,、市教委")
        PlanDraft d = read("""
                關于開展實驗室安全隱患排查整治專項工作的通知
                一、工作安排
                1,、各學院于3月15日前完成實驗室自查,填寫自查登記表。
                2,、科學技術處聯合保衛處于3月16-22日抽查部分實驗室。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
        assertThat(d.tasks().get(1).lead()).containsExactly("科學技術處");
    }

    @Test
    void anItemWhoseNumberACopyLostBeforeItsMarkIsTheNextItem() {
        // dc01: "2、省局節能辦將發出倡議書… / 、組織全局部分干部參加… / 4、…": the 3 lost, its 、 left
        PlanDraft d = read("""
                公共機構節能宣傳周的活動方案
                二、活動安排
                1、懸掛主題橫幅、制作節能知識專欄。
                2、省局節能辦將發出倡議書,倡導機關工作人員低碳辦公。
                、組織全局部分干部參加垃圾分類主題報告會和圖片展覽活動。
                4、組織干部職工進行節能知識競賽。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(d.tasks().get(2).content()).isEqualTo("組織全局部分干部參加垃圾分類主題報告會和圖片展覽活動");
    }

    @Test
    void aListWhoseNumbersLostTheirMarksIsAListStill() {
        // dd01: a content farm's copy that lost the 、 after each item's number ("1由區愛衛辦負責…"); a count or a day
        // opening a line ("3月", "5家") is no item's number
        PlanDraft d = read("""
                城區大規模投藥滅鼠工作規劃
                三、技術措施
                1由區愛衛辦負責制定實施方案。按省愛衛會的要求規范地使用殺鼠劑。
                2大力開展宣傳教育活動。區屬單位和駐區單位參與率達95%以上。
                3各街道負責轄區內的組織宣傳工作。組織培訓投藥員。
                4加強防鼠設施建設。各機關、企事業單位要做好物品墊離工作。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4");
        assertThat(d.tasks()).extracting(TaskDraft::content).startsWith("由區愛衛辦負責制定實施方案", "大力開展宣傳教育活動");
        assertThat(d.tasks().get(2).lead()).containsExactly("各街道");
        assertThat(read("""
                活动安排
                1家庭开展“清洁家园”活动。
                2家单位参加评比。
                3家单位联合检查。
                """).tasks()).extracting(TaskDraft::no).doesNotContain("1", "2", "3");
    }

    @Test
    void aLotterySitesNameInTheSitesIndexIsNoIssuer() {
        // db02: a defaced index whose 发布机构 is a lottery site ("365彩票数"), a 体育彩票 in a sentence no spam
        PlanDraft d = read("""
                类别 | 民生事项名称 | 责任单位 | 完成时限 |
                四、教育文化 | 14.推进学校塑胶运动场地建设,做好体育彩票公益金项目 | 教育体育局 | 2022年12月底 |
                索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |
                发布机构: | 365彩票数
                """);

        assertThat(d.issuer()).isNull();
        assertThat(d.warnings()).extracting(Warning::code).contains(Warning.SUSPECT_SPAM);
        assertThat(SpamCheck.findIn("推进学校塑胶运动场地建设,做好体育彩票公益金项目")).isEmpty();
    }

    @Test
    void anOffshoreFootballBetPutWhereTheBureausNameStoodIsSpam() {
        // dk09: a mirror's "外围足球app_沙巴体育" in place of the city in the title; the index's 发文机关 still names the office
        PlanDraft d = read("""
                发文机关: 市政府办公室
                成文日期: 2025-08-14
                外围足球app_沙巴体育办公室外围足球app_沙巴体育:开展2025年全市“慈善一日捐”的通知
                二、活动内容和安排
                (一)市本级善款募集工作,具体由市慈善总会负责。
                (二)各县(区)善款募集工作,具体由各县(区)慈善总会负责。
                """);

        assertThat(d.warnings()).extracting(Warning::code).contains(Warning.SUSPECT_SPAM);
        assertThat(d.issuer()).isEqualTo("市政府办公室");
        assertThat(SpamCheck.findIn("沙巴州代表团来访")).isEmpty();
    }

    @Test
    void aSitesIndexThatNamesNoBodyIsNoIssuer() {
        // db02: a 发布机构 that is not a body's name gives no issuer; a body's name there still does
        assertThat(read("""
                关于做好2022年民生实事工作的通知
                发布机构: | 数据中心首页
                一、推进学校塑胶运动场地建设(责任单位:教育体育局)
                """).issuer()).isNull();
        assertThat(read("""
                关于做好2022年民生实事工作的通知
                发布机构: | 招远市教育体育局
                一、推进学校塑胶运动场地建设(责任单位:教育体育局)
                """).issuer()).isEqualTo("招远市教育体育局");
    }

    @Test
    void aSignatureWhoseSealIsAnothersStillNamesTheIssuer() {
        // cl04, bu06, by05: "…办公室(代)", "…委员会（代章）" after the name on the signature's line
        PlanDraft d = read("""
                某市应对气候变化及节能减排工作领导小组
                办公室关于印发某市降碳目标工作实施方案的通知
                各县(市、区)人民政府,市各有关单位:
                现将《某市降碳目标工作实施方案》印发给你们,请认真组织实施。
                某市应对气候变化及节能减排工作领导小组办公室(代)
                2024年3月22日
                """);
        assertThat(d.issuer()).isEqualTo("某市应对气候变化及节能减排工作领导小组办公室");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 22));
        assertThat(read("""
                关于开展2025年科技活动周的通知
                各乡镇:现将有关事项通知如下。
                某县科学技术协会（代章）
                2025年5月6日
                """).issuer()).isEqualTo("某县科学技术协会");
    }

    @Test
    void aSitesMenuUnderItsNameIsNoPartOfTheTitle() {
        // a college office's site: its name, its menu of entries set apart by spaces, then the notice's title
        PlanDraft d = read("""
                后勤服务处
                 后勤首页  部门简介  工作动态  规章制度  实用常识  政策法规  相关下载
                关于开展2022年节能宣传周活动的通知
                2022-06-10 16:42
                各部门、二级学院:
                1.各部门、二级学院要在6月15日前开展节能宣传周活动。
                """);
        assertThat(d.title()).isEqualTo("关于开展2022年节能宣传周活动的通知");
        // a title's words letter-spaced on a line of their own are the title's all the same
        assertThat(read("""
                镇政府[2007]42号
                漓渚镇开展禁毒集中宣传月活动
                工 作 方 案
                一、提高认识,加强领导
                """).title()).isEqualTo("漓渚镇开展禁毒集中宣传月活动工作方案");
    }

    @Test
    void theRestOfABreadcrumbUnderWhereThePageStandsIsNoPartOfTheTitle() {
        // bl05, bl06, w07: "当前位置:首页" on one line, its crumbs on the next, each after an arrow
        assertThat(read("""
                当前位置:首页
                >> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)
                市政府工作报告重点工作责任分解(2023年)
                时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府

                一、全市经济社会发展主要预期目标
                1.地区生产总值增长6.5%以上。(市发改委牵头)
                """).title()).isEqualTo("市政府工作报告重点工作责任分解(2023年)");
    }

    @Test
    void aBylineRunTogetherAfterItsTimeStillNamesTheSourceAsIssuer() {
        // l15, y05, v09: "…16:17来源:市林业局作者:市林业局阅读次数:", the labels run onto the values before them
        PlanDraft d = read("""
                2019年度林木种苗抽查工作计划表
                发布日期:2019-12-06 16:17来源:市林业局作者:市林业局阅读次数: 字体:[    ] 背景颜色:
                序号\t抽查事项\t责任科室\t抽查时间
                1\t林木种子生产经营检查\t种苗站\t11月
                """);

        assertThat(d.issuer()).isEqualTo("市林业局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 12, 6));
    }

    @Test
    void aLineThatOpensAsTheTitleAboveDoesStartsATitleAgainAndIsNotItsSecondHalf() {
        // bl06: the page's heading (the plan and its quarter's progress), then the plan's own title over its table
        assertThat(read("""
                2023年莲都区政府工作报告重点工作责任分解第一季度进展情况
                作者:   来源: 莲都区人民政府办公室   发布时间: 2023-04-17 08:50:33

                2023年莲都区政府工作报告重点工作责任分解

                序号

                事项

                责任单位

                1

                地区生产总值增长6.5%以上。

                区发改局
                """).title()).isEqualTo("2023年莲都区政府工作报告重点工作责任分解");
    }

    @Test
    void aContentFarmsDayRunIntoItsChannelsNameAtThePagesHeadDatesThePage() {
        // bm07, q05: "2025/11/11优秀方案" under the farm's breadcrumb and the sample's title
        for (String[] day : new String[][] {{"2025/11/11", "2025-11-11"}, {"2025/3/5", "2025-03-05"}}) {
            PlanDraft d = read("网站导航\n老地方 > 百科 > 优秀方案 > 正文\n\n春运筹备工作方案\n" + day[0] + "优秀方案\n"
                    + "一、加强组织领导。镇政府成立春运工作领导小组。\n二、做好安全检查。镇安监站负责对客运车辆开展安全检查。\n");

            assertThat(d.date()).as(day[0]).isEqualTo(LocalDate.parse(day[1]));
        }
    }

    @Test
    void aTitleRunIntoTheFirstSentenceKeepsTheCampaignItQuotes() {
        assertThat(read("""
                2023年全国“宪法宣传周”工作方案2023年全国“宪法宣传周”工作方案为深入学习贯彻党的二十大精神，深入学习宣传习近平法治思想，弘扬宪法精神，维护宪法权威，制定本方案。
                """).title()).isEqualTo("2023年全国“宪法宣传周”工作方案");
        assertThat(read("""
                2020年全国“宪法宣传周”活动方案 为深入学习宣传习近平法治思想，弘扬宪法精神，按照全国、省文件要求，制定本方案。
                """).title()).isEqualTo("2020年全国“宪法宣传周”活动方案");
    }

    @Test
    void aDocumentSitesPageHeaderAndFooterAreNotTheNoticesText() {
        PlanDraft d = read("""
                精选优质文档-----倾情为你奉上城关镇中心学校关于开展安全教育月活动实施方案为了提高师生安全意识，特制定本方案。一、宣传时间2015年5月4日至2015年5月29日
                专心---专注---专业
                """);
        assertThat(d.title()).isEqualTo("城关镇中心学校关于开展安全教育月活动实施方案");
    }

    @Test
    void anIndexWhoseLabelsStandOverTheirValuesGivesTitleIssuerAndDate() {
        PlanDraft d = read("""
                标题
                某市卫生健康委员会 某市民政局关于开展2025年职业病防治法宣传周活动的通知发文机关
                某市卫生健康委员会
                发文字号
                某卫函〔2025〕98号
                成文日期
                2025-04-22
                各区县卫生健康局：
                为做好宣传周活动，现将有关事项通知如下：
                一、活动主题
                关爱劳动者心理健康。
                """);

        assertThat(d.title()).isEqualTo("某市卫生健康委员会某市民政局关于开展2025年职业病防治法宣传周活动的通知");
        assertThat(d.issuer()).isEqualTo("某市卫生健康委员会");
        assertThat(d.docNumber()).isEqualTo("某卫函〔2025〕98号");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void theStateCouncilIssuesWhatItsTitleSays() {
        PlanDraft d = read("""
                国务院关于落实《政府工作报告》重点工作部门分工的意见
                国发〔2020〕6号
                各省、自治区、直辖市人民政府：
                现就《政府工作报告》确定的重点工作，提出部门分工意见如下：
                """);

        assertThat(d.issuer()).isEqualTo("国务院");
    }

    @Test
    void aPagesDateBeforeItsSourceIsTheNoticesDate() {
        PlanDraft d = read("""
                全民国家安全教育日活动方案

                2020-01-22 来源:星星旅游

                为激发中小学生维护国家安全的责任感，现将相关事宜通知如下。
                一、活动内容
                （一）4月15日，各学校在门户网站转载国家安全教育的相关报道。
                """);

        assertThat(d.date()).isEqualTo(LocalDate.of(2020, 1, 22));
        assertThat(d.year()).isEqualTo(2020);
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2020, 4, 15));
    }

    @Test
    void anIndexTableNamesThePlanInItsNameCell() {
        PlanDraft d = read("""
                索引号: | 11341700MB1791406L/202405-00012 | 组配分类: | 计划总结 |
                发布机构: | 宣州区生态环境分局 | 主题分类: | 环境保护 |
                名称: | 宣州区生态环境分局六五宣传工作计划 | 文号: | 无 |
                生成日期: | 2024-05-06 | 发布日期: | 2024-05-06 |
                一、开展学习教育活动
                1.环保宣传进基层
                各乡镇要积极开展主题活动。
                活动时间:5月15日-6月5日
                """);

        assertThat(d.title()).isEqualTo("宣州区生态环境分局六五宣传工作计划");
        assertThat(d.issuer()).isEqualTo("宣州区生态环境分局");
    }

    @Test
    void anIndexLabelRunOntoTheValueBeforeItOrSetOffBySpacesIsNoPartOfTheIssuer() {
        String body = """
                2021年乡村振兴重点任务清单
                一、推进高标准农田建设。(责任单位:县农业农村局)
                二、开展农村人居环境整治。(责任单位:县住建局)
                """;
        // r13: "组配分类:" glued to the 发布机构's value; al10: labels and values set apart by spaces alone
        PlanDraft glued = read("- 发布机构:市劳动保障监察支队组配分类:随机抽查事项清单\n" + body);
        PlanDraft spaced = read("发布机构 金乡县农业农村局 组配分类 政策和解读\n" + body);

        assertThat(glued.issuer()).isEqualTo("市劳动保障监察支队");
        assertThat(spaced.issuer()).isEqualTo("金乡县农业农村局");
    }

    @Test
    void aContentFarmsBylineUnderTheTitleDatesThePage() {
        // b11, n13, bb01, bb02: the column the farm files the page in, the day it posted it, who wrote it up
        PlanDraft d = read("""
                食品安全宣传周活动方案

                活动方案2018-06-19李一老师

                一、活动安排
                1、乡农技站负责农药安全使用宣传。
                2、乡司法所负责法律咨询。
                """);

        assertThat(d.date()).isEqualTo(LocalDate.of(2018, 6, 19));
        assertThat(d.title()).isEqualTo("食品安全宣传周活动方案");
    }

    @Test
    void anIndexTableCellLeftEmptyLendsItsLabelNoValue() {
        // be09: the 文号 cell is empty, its label stands beside the next label
        PlanDraft d = read("""
                索引號: | 11330723002601520C/2023-266567 | 發布機構: | 柳城畬族鎮 | ||
                文號: | 公開日期: | 2023-11-09 16:38 |
                一、演出時間:2023年11月11日,地點:縣后村文化禮堂。
                二、請各參演單位選送節目于9月20日前報鎮文化站。
                """);

        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 11, 9));
        assertThat(d.docNumber()).isNull();
        assertThat(d.issuer()).isEqualTo("柳城畬族鎮");
    }

    @Test
    void aTitleIsReadWithoutTheDecorationsOfTheSiteThatCopiedIt() {
        String body = """

                一、活动时间
                6月1日至7日
                二、活动内容
                （一）开展宣传活动。县市场监管局负责，6月1日前完成。
                """;
        assertThat(read("乡镇食品安全宣传周活动方案(2)" + body).title()).isEqualTo("乡镇食品安全宣传周活动方案");
        assertThat(read("关于食品安全活动方案通用10" + body).title()).isEqualTo("关于食品安全活动方案");
        assertThat(read("❶ 网络安全宣传周活动方案" + body).title()).isEqualTo("网络安全宣传周活动方案");
        assertThat(read("2023-05-21 10:55:52 食品安全活动方案" + body).title()).isEqualTo("食品安全活动方案");
        assertThat(read("湖南省人民政府关于落实重点工作部门分工的意见-湖南省人民政府门户网站" + body).title())
                .isEqualTo("湖南省人民政府关于落实重点工作部门分工的意见");
        // bt01, bt05: a farm's word for its copy after the title's last word, as 范文 and 文稿 are
        assertThat(read("森林防火最新工作活动方案模板" + body).title()).isEqualTo("森林防火最新工作活动方案");
        assertThat(read("青年志愿者“三下乡”活动方案作文" + body).title()).isEqualTo("青年志愿者“三下乡”活动方案");
    }

    @Test
    void aPageHeadingThatPutsAYearBeforeTheTitleGivesWayToTheDocumentsOwnTitleLine() {
        PlanDraft d = read("""
                【资料】2007年关于组织开展“5.20世界计量日”宣传教育活动的通知
                发布时间：2007-05-10
                各省、自治区、直辖市质量技术监督局：
                关于组织开展“5.20世界计量日”宣传教育活动的通知
                一、各地要组织开展宣传活动。
                """);

        assertThat(d.title()).isEqualTo("关于组织开展“5.20世界计量日”宣传教育活动的通知");
    }

    @Test
    void aSitesLabelsWithInformationBeforeThemAreItsIndex() {
        // en01, en02 (Shandong's 统计开放日 pages), a07 (信息来源:): the site's 信息 before its labels
        PlanDraft d = read("""
                菏泽市第十四届“中国统计开放日”活动方案
                信息发布时间:2023-9-15 信息浏览次数: 字体:【 小】
                一、活动安排
                (一)媒体宣传(综合科、执法室牵头)
                """);

        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 9, 15));
        assertThat(d.title()).isEqualTo("菏泽市第十四届“中国统计开放日”活动方案");
    }

    @Test
    void anIndexInTraditionalCharactersGivesItsIssuerAsWritten() {
        PlanDraft d = read("""
                索 引 號: 000014349/2014-00023 主題分類: 農業、林業、水利
                發文機關: 國務院辦公廳 成文日期: 2014年02月23日
                發文字號: 國辦函〔2014〕31號 發佈日期: 2014年03月10日
                國務院辦公廳關於落實中共中央國務院
                關於全面深化農村改革若干意見有關政策措施分工的通知
                一、完善國家糧食安全保障體系。（發展改革委、農業部牽頭）
                """);

        assertThat(d.issuer()).isEqualTo("國務院辦公廳");
        assertThat(d.date()).isEqualTo(LocalDate.of(2014, 2, 23));
    }

    @Test
    void aMirrorsBrandAfterTheTitleIsNoPartOfIt() {
        PlanDraft d = read("""
                六安市人民政府办公室关于开展2023年市政府网站“在线访谈”活动的通知-pg电子麻将胡了
                各县区人民政府，市政府各部门：
                一、访谈时间
                原则上为每月第二周的周四下午。
                """);

        assertThat(d.title()).isEqualTo("六安市人民政府办公室关于开展2023年市政府网站“在线访谈”活动的通知");
        assertThat(d.issuer()).isEqualTo("六安市人民政府办公室");
        assertThat(d.warnings()).extracting(Warning::code).contains(Warning.SUSPECT_SPAM);
    }

    @Test
    void theTitleLineWithItsQuotesIsBetterThanAPageHeadingThatDroppedThem() {
        // v02 (and the file names of document sites, which drop quotes): the same title twice, once with its marks
        assertThat(titled("某市市场监督管理局202x网剑行动工作任务细化方案\n\n发布时间:2021-05-06\n\n"
                + "某市市场监督管理局“202x 网剑行动”工作任务细化方案").title()).isEqualTo("某市市场监督管理局“202x 网剑行动”工作任务细化方案");
    }

    @Test
    void aTemplatesTitleWithItsMaskedPlaceIsBetterThanAPageHeadingThatDroppedTheMask() {
        // cc01, cv08, de04: a document site heads the page with the title less its XX; the document's own line keeps it
        assertThat(titled("镇2022年食品安全工作计划\n\n2022-05-24 07:20:00下载本文作者:会员上传\n\n"
                + "XX镇2022年食品安全工作计划\n\n为进一步做好我镇食品安全工作，制定本计划。").title())
                .isEqualTo("XX镇2022年食品安全工作计划");
        assertThat(titled("县2026年元宵节系列文体活动方案\n\nxx县2026年元宵节系列文体活动方案\n\n为营造节日氛围，制定本方案。")
                .title()).isEqualTo("xx县2026年元宵节系列文体活动方案");
    }

    @Test
    void aPrintedPlansNestedTitleMarksAreItsOwnAgainOnceItStandsAlone() {
        // ar05, eg03, g12, cl09: 关于印发《2010年〈政府工作报告〉…方案》的通知 prints the plan its own title line writes with 《》
        assertThat(titled("市政府关于印发《2010年〈政府工作报告〉主要目标任务分解方案》的通知\n各县（市）、区人民政府：").title())
                .isEqualTo("2010年《政府工作报告》主要目标任务分解方案");
    }

    @Test
    void aPageHeadRunOntoOneLineGivesTheNumberStandingAloneBetweenItsSpacesAndItsYear() {
        // ep03 (平潭's pages crawled onto one line): no year in the title, the site's date its publication, and the
        // plan citing 2007年6月殡葬改革 three times; its own 文号 stands between the share bar and the title
        PlanDraft d = read("""
                当前位置： 首页政务公开最新文件 平潭综合实验区管委会办公室印发全区殡葬专项整治工作方案的通知 时间：2016-05-06 15:44 \
                微信 微博 QQ空间 岚综管办〔2016〕85号 平潭综合实验区管委会办公室印发全区殡葬专项整治工作方案的通知 各乡镇人民政府：\
                现将《全区殡葬专项整治工作方案》印发给你们，请认真组织实施。凡2007年6月殡葬改革以来私自建造的豪华墓均在整治之列；\
                对2007年6月殡葬改革后建成的坟墓限期整改；对2007年6月殡葬改革以后新建的坟墓责令迁改。第一阶段：宣传发动（5月1日—5月31日）。\
                由区党工委宣传部负责。
                """);

        assertThat(d.docNumber()).isEqualTo("岚综管办〔2016〕85号");
        assertThat(d.year()).isEqualTo(2016);
    }

    @Test
    void aNoticeTitledByTheBodyThatPrintsThePlanWithoutAboutIsTitledByThePlan() {
        // ep03, eo09: "…管委会办公室印发X的通知", the body right before 印发 and no 关于
        assertThat(titled("平潭综合实验区管委会办公室印发全区殡葬专项整治工作方案的通知\n区直各单位，各乡镇人民政府：").title())
                .isEqualTo("全区殡葬专项整治工作方案");
    }

    @Test
    void aSignatureRunIntoItsDateAndThePlansTitleDatesTheNoticeNotTheSitesPosting() {
        // eo01, eo08–eo11, cd06 (平潭's and 惠州's pages run together): the body's name glued to the date it signs, the
        // attached plan's title run on after it, the site's posting a day or more later
        PlanDraft d = read("""
                标题: 平潭综合实验区管委会办公室关于印发《房屋安全隐患排查整治专项行动方案》的通知
                发布时间: 2019-03-06 15:46
                各乡镇人民政府：《房屋安全隐患排查整治专项行动方案》已经区管委会研究同意，现印发给你们，请认真贯彻执行。 \
                平潭综合实验区管委会办公室2019年3月5日房屋安全隐患排查整治专项行动方案 为全面消除房屋安全隐患，制定本方案。
                一、排查重点。由区住建局负责，3月底前完成。
                """);

        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(d.issuer()).isEqualTo("平潭综合实验区管委会办公室");
        // a sentence that opens with a body and its day is no signature
        assertThat(read("""
                关于开展房屋安全隐患排查的通知
                发布时间: 2019-03-06 15:46
                为做好排查工作。县政府办公室2019年3月5日召开专题会议，部署排查工作。
                一、排查重点。由区住建局负责，3月底前完成。
                """).date()).isEqualTo(LocalDate.of(2019, 3, 6));
    }

    @Test
    void aContentFarmsHeadingWithTheTitleInItsBracketIsTitledByIt() {
        // u05: a question over the title in brackets; s09: the title repeated in its own bracket
        assertThat(titled("中国水周是几月几日(2023年“世界水日”“中国水周”活动方案)").title())
                .isEqualTo("2023年“世界水日”“中国水周”活动方案");
        assertThat(titled("2020年道路运输安全专项整治三年行动实施方案(2020年道路运输安全专项整治三年行动实施方案)").title())
                .isEqualTo("2020年道路运输安全专项整治三年行动实施方案");
        // a title's own bracket is its note
        assertThat(titled("2026年度“双随机、一公开”抽查工作计划(试行)").title()).isEqualTo("2026年度“双随机、一公开”抽查工作计划(试行)");
    }

    @Test
    void anIndexsLabelsAroundTheTitleAreNoPartOfIt() {
        // y08, s20: a 政府信息公开 index sets the title after 名称 (its letters spaced, or no colon) and before an empty 文号
        assertThat(titled("发布机构: 宿州市市场监管局\n名  称: 宿州市市场监督管理局2022年度“双随机、一公开”抽查工作计划").title())
                .isEqualTo("宿州市市场监督管理局2022年度“双随机、一公开”抽查工作计划");
        assertThat(titled("名称 亳州市市场监管领域2024年度“一业一查”部门联合抽查工作计划 文号\n生成日期 2024-03-27").title())
                .isEqualTo("亳州市市场监管领域2024年度“一业一查”部门联合抽查工作计划");
        assertThat(titled("名称规范使用专项检查工作方案").title()).isEqualTo("名称规范使用专项检查工作方案");
    }

    @Test
    void aPagesStampRunOntoTheTitlesLineIsNoPartOfIt() {
        // y11: "…活动的通知发表时间:2018-09-04 09:49"
        PlanDraft d = read("""
                市场监管总局办公厅关于组织开展第十五个“世界认可日”活动的通知发表时间:2018-09-04 09:49
                各省、自治区、直辖市市场监管局:
                一、活动安排
                (一)举办主场活动。由认可中心负责组织。
                """);

        assertThat(d.title()).isEqualTo("市场监管总局办公厅关于组织开展第十五个“世界认可日”活动的通知");
        assertThat(d.issuer()).isEqualTo("市场监管总局办公厅");
    }

    @Test
    void theDocumentNumberAfterTheTitleOnItsLineIsNoPartOfIt() {
        // w14, y14, y13: "关于开展…活动的通知 发改环资〔2021〕1157号"
        PlanDraft d = read("""
                关于开展2021年全国节能宣传周和全国低碳日活动的通知 发改环资〔2021〕1157号
                各省、自治区、直辖市发展改革委:
                一、活动安排
                1.开展节能宣传。各地要组织开展节能宣传活动。
                """);

        assertThat(d.title()).isEqualTo("关于开展2021年全国节能宣传周和全国低碳日活动的通知");
        assertThat(d.docNumber()).isEqualTo("发改环资〔2021〕1157号");
    }

    @Test
    void aDocumentNumberInRoundBracketsBetweenMastheadAndTitleIsNeitherTitleNorItsIssuersLine() {
        // ct04: the 红头's body, its 文号 (round brackets, as 〔〕 are written on many sites), then the title
        PlanDraft d = read("""
                学生工作部(处)
                学通字(2021)9号
                关于开展2021年劳动教育宣传月活动的通知
                各教学院:
                一、活动主题
                爱劳动,爱人民,爱祖国。
                """);

        assertThat(d.title()).isEqualTo("关于开展2021年劳动教育宣传月活动的通知");
        assertThat(d.issuer()).isEqualTo("学生工作部(处)");
        assertThat(d.docNumber()).isEqualTo("学通字(2021)9号");
    }

    @Test
    void aPolicyExplanationsIndexLineGivesItsSourceAndDate() {
        // cu08: "解读单位: 农业农村局 来源: 市农业农村局 发布日期: 2021年02月19日 09:40 解读类型: 部门解读"
        PlanDraft d = read("""
                2021年潜江市粮食生产工作方案政策解读
                解读单位: 农业农村局 来源: 市农业农村局 发布日期: 2021年02月19日 09:40 解读类型: 部门解读 解读方式: 文字方式
                一、制发政策文件的依据、目标、任务
                1.依据:粮食安全事关国计民生和社会稳定。
                """);

        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 2, 19));
        assertThat(d.issuer()).isEqualTo("市农业农村局");
    }

    @Test
    void aMirrorsStampOverTheOriginalsIndexIsNotTheDate() {
        // ac20: the mirror's 发布时间 first, then the government page's own index it copied, a month older
        PlanDraft d = read("""
                关于印发《徽州区2019年教育民生工程宣传月活动方案》的通知
                来源:未知 作者: 人气: 发布时间:2020-01-29
                发布机构:徽州区教育局 发布时间:2019-12-23 19:27:10 信息来源: 徽州区教育局 浏览次数:171
                一、活动内容
                1.开展政策宣传。各学校要通过家长会宣传教育民生工程。
                """);

        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 12, 23));
    }

    @Test
    void aCasinosBrandOrAFootballPoolPastedIntoTheTitleIsSpam() {
        // ac13 (龙8官网 inside the title's quotes), o13 (足彩胜负14场 inside the issuer's name): the title stays as written,
        // as the corpus keeps it, and the coordinator is warned
        for (String title : List.of("文化和旅游部关于“519 中国旅游日龙8官网”活动的通知",
                "盘锦市足彩胜负14场政府办公室足彩胜负14场印发2019年节能宣传周活动实施方案的通知")) {
            PlanDraft d = read(title + "\n各省、自治区、直辖市文化和旅游厅(局):\n一、活动安排\n1.开展惠民活动。\n");

            assertThat(d.warnings()).extracting(Warning::code).contains(Warning.SUSPECT_SPAM);
        }
    }

    @Test
    void aTitleBrokenBeforeTheKindOfPaperItIsReadsWhole() {
        // aj01: "徐庄镇2017年度安全生产专项整治 / 工作计划", the last line only the word for the paper
        PlanDraft d = read("""
                徐庄镇2017年度安全生产专项整治
                工作计划
                按照镇政府关于2017年安全生产工作的总体要求，特制定本工作计划。
                一、专项整治安排表
                1.烟花爆竹专项整治。安监站负责，1月份。
                """);

        assertThat(d.title()).isEqualTo("徐庄镇2017年度安全生产专项整治工作计划");
    }

    @Test
    void aSitesNameOrLinkOnTheLineAboveIsNoPartOfTheTitle() {
        // ak05 (无障碍浏览), x19 (安全管理网), z04 (作文吧实用文档策划方案内容页): the line over the title is the site's
        for (String above : List.of("无障碍浏览", "安全管理网", "作文吧实用文档策划方案内容页")) {
            PlanDraft d = read(above + "\n2023年宪法宣传周工作方案\n一、活动安排\n1.开展宪法宣传。县司法局负责。\n");

            assertThat(d.title()).as(above).isEqualTo("2023年宪法宣传周工作方案");
        }
    }

    @Test
    void aContentFarmsSearchWordsInSquareBracketsBeforeTheTitleAreNoPartOfIt() {
        // ai01, v01: "[2019世界水日的主题]2019年…方案", "[市场监督管理局做什么的]市场监督管理局2017年…方案"
        PlanDraft d = read("[2019世界水日的主题]2019年“世界水日”“中国水周”宣传活动方案\n一、活动安排\n1.开展宣传。区水利局负责。\n");

        assertThat(d.title()).isEqualTo("2019年“世界水日”“中国水周”宣传活动方案");
    }

    @Test
    void aGovernmentSitesNameOverATitleThatNamesItsOwnIssuerIsNeitherTitleNorIssuer() {
        // as01: a district government's portal carries its bureaus' pages under its own name; the title line opens with
        // the bureau that issues it, and the 来源 agrees
        PlanDraft d = read("""
                深圳市罗湖区人民政府
                罗湖区教育局2023年度“双随机、一公开”抽查工作计划表
                来源:罗湖区教育局 发布时间:2023-03-21
                一、抽查安排
                1.开展民办学校双随机检查。区教育局负责，2023年3月1日至9月30日。
                """);

        assertThat(d.title()).isEqualTo("罗湖区教育局2023年度“双随机、一公开”抽查工作计划表");
        assertThat(d.issuer()).isEqualTo("罗湖区教育局");
    }

    @Test
    void aPornographicSitesKeywordsHeadingAMirrorAreSpamAndNoPartOfTheTitle() {
        // ao07: a defaced mirror heads the page with a line of a pornographic site's keywords joined by "_"; the
        // notice's title on its line below is the title, and the coordinator is warned
        PlanDraft d = read("""
                欧美日韩国产成人综合在线影院_日韩无码黄色网址_欧美 综合 在线 一区_亚洲人成电影在线手机网站_aa视频在线观看免费_国产 校园 另类 小说区_亚洲精品男人的天堂互动交流_最近最新手机中文大全10_最新国产精品特级毛片网_亚洲欧美中文日韩二区
                 首页 > 新闻动态 > 行业资讯
                关于开展上海市2024年 “全国高血压日”活动的通知
                行业资讯  | 2024-10-8
                一、活动安排
                1.开展主题宣传。市卫生健康委组织在浦东新区举办市级主题宣传活动。
                """);

        assertThat(d.title()).isEqualTo("关于开展上海市2024年“全国高血压日”活动的通知");
        assertThat(d.warnings()).extracting(Warning::code).contains(Warning.SUSPECT_SPAM);
    }

    @Test
    void theBodyThatSignsIsTheIssuerWhenAnotherSealsForItOrItsNameIsTraditional() {
        PlanDraft sealed = read("""
                各成员单位：
                现将《2022年全民科学素质行动工作要点》印发你单位，请结合职责，共同推动落实。
                全民科学素质纲要实施工作办公室
                （中国科协办公厅代章）
                2022年3月15日
                """);
        assertThat(sealed.issuer()).isEqualTo("全民科学素质纲要实施工作办公室");
        PlanDraft meeting = read("""
                各成员单位：
                现将本年度抽查工作计划印发给你们，请认真组织实施。
                某某市“双随机、一公开”监管工作联席会议
                （代章）
                2025年3月28日
                """);
        assertThat(meeting.issuer()).isEqualTo("某某市“双随机、一公开”监管工作联席会议");
        PlanDraft traditional = read("""
                各省、自治區、直轄市人民政府：
                《2016年政務公開工作要點》已經國務院同意，現印發給你們，請結合實際認真貫徹落實。
                國務院辦公廳
                2016年4月2日
                """);
        assertThat(traditional.issuer()).isEqualTo("國務院辦公廳");
    }

    @Test
    void theIssuersNameOverTheTitleThePageRepeatsIsTheIssuer() {
        PlanDraft d = read("""
                关于报送“世界计量日”期间拟开放计量实验室相关信息的通知
                发布时间:2022-04-08 11:00:35
                陕市监发〔2022〕108 号
                陕西省市场监督管理局
                关于报送“世界计量日”期间
                拟开放计量实验室相关信息的通知
                各设区市市场监管局：
                请各市场监管局高度重视，精心组织，按时报送。
                """);
        assertThat(d.title()).isEqualTo("关于报送“世界计量日”期间拟开放计量实验室相关信息的通知");
        assertThat(d.issuer()).isEqualTo("陕西省市场监督管理局");
    }

    @Test
    void aCoversSignatureOverThePlansTitleIsNoPartOfIt() {
        // ax01, aw03: the cover's signature lost its date, and the plan's title (in one line or two) follows it
        String oneLineText = """
                - 发布机构: 将乐县人民政府办公室
                各乡(镇)人民政府,县直有关单位:
                《将乐县2022年度生态环境保护目标责任书分解方案》经县政府研究同意,现印发给你们,请认真抓好贯彻落实。
                将乐县人民政府办公室
                将乐县2022年度生态环境保护目标责任书分解方案
                1.加强生态环境分区管控。
                责任单位:生态环境局,自然资源局
                """;
        PlanDraft oneLine = read(oneLineText);
        assertThat(oneLine.title()).isEqualTo("将乐县2022年度生态环境保护目标责任书分解方案");
        // the index of a Fujian county's site gives the paper's own day as 公文生成日期
        assertThat(read("- 公文生成日期: 2022-02-22\n" + oneLineText).date()).isEqualTo(LocalDate.of(2022, 2, 22));
        PlanDraft twoLines = read("""
                各村党支部、乡属各部门:
                为切实加强我乡外出人员的禁毒宣传教育,经研究决定,在全乡开展集中宣传教育活动,现将方案印发给你们。
                中共某某乡委员会
                某某乡2013年新春返乡人员禁毒集中
                宣传教育活动方案
                一、活动具体安排
                (一)2月1日为全乡禁毒集中宣传日,乡宣传办、派出所要设立宣传咨询点。
                """);
        assertThat(twoLines.title()).isEqualTo("某某乡2013年新春返乡人员禁毒集中宣传教育活动方案");
    }

    @Test
    void aLineOfLostCharactersIsNoPartOfTheTitleAndRunTogetherLabelsStillDateIt() {
        // at03: a banner the copy could not encode over the title, and the page's labels run together under it
        PlanDraft d = read("""
                ????????

                当前位置:首页  通知公告

                关于开展2020年全省公共机构节能宣传周活动的通知

                发布者:耿刚发布时间:2020-07-10浏览次数:711

                各市、县(区)机关事务管理局:现将有关事项通知如下。
                """);
        assertThat(d.title()).isEqualTo("关于开展2020年全省公共机构节能宣传周活动的通知");
        assertThat(d.date()).isEqualTo(LocalDate.of(2020, 7, 10));
    }

    @Test
    void aPlansTitleUnderTheCoversSignatureTitlesACopyThatLostTheNoticesTitle() {
        // ar02: no title line above the recipients, the cover's sentence cut off; the plan's title under its signature
        PlanDraft d = read("""
                时间:2023-02-09浏览量:273
                各区、市人民政府,市政府各部门,市直各单位:
                《某某市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务》�
                某某市人民政府办公厅
                2023年1月30日
                (此件公开发布)
                某某市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务
                为深入贯彻党的二十大精神,制定本任务。
                一、实施创新驱动发展战略
                1.建设海洋实验室。加快突破关键技术。(市科技局牵头)
                """);
        assertThat(d.title()).isEqualTo("某某市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务");
    }

    @Test
    void thePlansOwnTitleRunOnAfterTheCoversSignatureTitlesIt() {
        // ex04, ex09 (平潭's pages run together): the cover's signature and day, then the plan's own title line and its
        // first sentence; the notice's title misplaced its closing mark (…方案的通知》), or printed the plan after 开展
        PlanDraft d = read("""
                标题: 平潭综合实验区苏平片区管理局关于印发 《苏平片区冬春季疫情防控工作方案的通知》
                发布时间: 2021-03-02 15:56
                各处室、各村委会：现将《苏平片区冬春季疫情防控工作方案》印发给你们，请认准组织实施。 \
                平潭综合实验区苏平片区管理局 2021年3月1日 苏平片区冬春季疫情防控工作方案 为科学精准做好疫情防控工作，制定本方案。 \
                一、严把远端防控关。交通与建设处要加强对客运船舶的管理。责任单位：交通与建设处
                """);
        assertThat(d.title()).isEqualTo("苏平片区冬春季疫情防控工作方案");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(read("""
                平潭综合实验区卫生和计划生育局关于印发开展2018年世界母乳喂养周宣传活动实施方案的通知
                全区各医疗机构：现将方案印发你们，请各单位认真组织实施。 平潭综合实验区卫生和计划生育局 2018年7月26日 \
                2018年世界母乳喂养周宣传活动实施方案 我区将于2018年8月1-7日开展宣传周系列活动，特制定本实施方案。 \
                一、开展宣传。区妇幼保健院负责，8月1日前完成。
                """).title()).isEqualTo("2018年世界母乳喂养周宣传活动实施方案");
    }

    @Test
    void thePlansOwnTitleLineUnderTheCoverWinsOverTheNoticesNameOfIt() {
        // ex05, ep09: the notice's title prints X (with 讯 mistyped for 汛); the plan, under the cover's signature,
        // titles itself with its issuer or its place before X
        PlanDraft d = read("""
                平潭综合实验区旅游与文化体育局关于印发《2021年防汛备讯工作方案》的通知
                局各处室：现将方案印发给你们，请认真抓好贯彻落实。
                平潭综合实验区旅游与文化体育局
                2021年3月3日
                平潭综合实验区旅游与文化体育局2021年防汛备汛工作方案
                一、加强值班值守。办公室负责，3月底前完成。
                """);
        assertThat(d.title()).isEqualTo("平潭综合实验区旅游与文化体育局2021年防汛备汛工作方案");
        // a line under the signature that puts a date before X is no title of its own
        assertThat(read("""
                关于印发《2021年防汛备汛工作方案》的通知
                局各处室：现将方案印发给你们，请认真抓好贯彻落实。
                平潭综合实验区旅游与文化体育局
                2021年3月3日
                2021年3月3日2021年防汛备汛工作方案
                一、加强值班值守。办公室负责，3月底前完成。
                """).title()).isEqualTo("2021年防汛备汛工作方案");
    }

    @Test
    void thePagesSourceAndDownloadLinkAfterTheLastWordsAreNoPartOfThem() {
        // ex04, ep04: the last item's units, then the page's 来源 and 附件下载, on the line the page ran into
        PlanDraft d = read("""
                苏平片区冬春季疫情防控工作方案
                一、严把远端防控关。加强对客运船舶的管理。责任单位：交通与建设处
                二、保持市场供应。确保市场供应安全。责任单位：党政办、经济发展处 来源：平潭综合实验区苏平片区管理局 附件下载
                """);
        assertThat(d.tasks()).extracting(TaskDraft::lead)
                .containsExactly(List.of("交通与建设处"), List.of("党政办", "经济发展处"));
        // eo05: the last item, the signature and the page's tail on one short line, which was dropped whole as a page's
        // link line
        d = read("""
                平潭县环境和国土资源局2012年农村党风廉政建设工作分工意见
                5、严肃查处侵害农民利益的案件。（牵头单位：局监察室）
                6、严肃查处损害农民利益的问题（牵头单位：县环保局） 平潭县环境和国土资源局 2012年6月26日 来源：中国平潭 附件下载
                """);
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.date()).isEqualTo(LocalDate.of(2012, 6, 26));
    }

    @Test
    void theBodyThatSignsRunOnInsideALineIssuesTheNotice() {
        // eo05, eo06, ep08, ev08, ex08 (pages run together): the signature's body and day inside the line, after the
        // last item, where no line of its own signs
        PlanDraft d = read("""
                平潭县环境和国土资源局2012年农村党风廉政建设工作分工意见
                5、严肃查处侵害农民利益的案件。（牵头单位：局监察室）
                6、严肃查处损害农民利益的问题（牵头单位：县环保局） 平潭县环境和国土资源局 2012年6月26日 来源：中国平潭 附件下载
                """);
        assertThat(d.issuer()).isEqualTo("平潭县环境和国土资源局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2012, 6, 26));
        // the office that prints the document (its 版记) issues nothing
        assertThat(read("""
                食品安全专项检查工作方案
                一、开展检查。各分局负责，6月底前完成。 抄送：驻区纪检组。 平潭综合实验区市场监督管理局办公室 2018年5月22日印发
                """).issuer()).isNull();
    }

    @Test
    void theBodiesOfOnePlaceRunTogetherBeforeATitlesAboutIssueItJointly() {
        // aa11: six county bodies issue a notice together, their names set apart by spaces the title lost
        PlanDraft d = read("""
                莒南县发展和改革局 莒南县农业农村局 莒南县妇女联合会关于莒南县2020年“世界粮食日”活动方案的通知
                各乡镇发展和改革办公室:现将有关事项通知如下。
                """);
        assertThat(d.issuer()).isEqualTo("莒南县发展和改革局、莒南县农业农村局、莒南县妇女联合会");
        // one body alone is the issuer as before
        assertThat(read("罗湖区教育局关于开展2023年安全教育周活动的通知\n各学校:现将有关事项通知如下。\n").issuer())
                .isEqualTo("罗湖区教育局");
    }

    @Test
    void thePagesHeadingGivesWayToTheOwnTitleThatNamesItsBodyAfterTheYear() {
        // ak01: the page's heading, then the document's own title with its body after the year, which issues it
        PlanDraft d = read("""
                当前位置:首页>>专题专栏>>行政检查计划和结果

                2021年执法检查计划

                日期:2021-03-24 10:25 来源:区生态环境局 打印页面 关闭页面

                2021年朝阳区生态环境局执法检查计划

                检查类别 检查事项 检查主体 检查方式
                一般检查 开展各类专项执法检查 朝阳区生态环境局 现场检查
                """);
        assertThat(d.title()).isEqualTo("2021年朝阳区生态环境局执法检查计划");
        assertThat(d.issuer()).isEqualTo("朝阳区生态环境局");
        // a body without its place after the year names no issuer
        assertThat(titled("2021年市场监督管理局执法检查计划").issuer()).isNull();
    }

    @Test
    void aSignatureDatedWithWhiteCirclesForZerosSignsTheNotice() {
        // ah04, q10: 二○○六年 written with the white circle documents use for 〇
        PlanDraft d = read("""
                關于印發2006年政府工作報告要求重點做好的工作事項的通知
                各區、縣級市人民政府,市政府各部門:
                現將《2006年〈政府工作報告〉要求重點做好的工作事項》印發給你們,請抓好落實工作。
                廣州市人民政府辦公廳
                二○○六年四月二十八日
                2006年《政府工作報告》要求重點做好的工作事項
                (一)加快建設三大汽車產業基地。(牽頭單位:市經貿委;配合單位:市發改委)
                """);
        assertThat(d.date()).isEqualTo(LocalDate.of(2006, 4, 28));
        assertThat(d.issuer()).isEqualTo("廣州市人民政府辦公廳");
    }

    @Test
    void anIndexThatLostItsColonsStillDatesTheNotice() {
        PlanDraft glued = read("""
                发文机关阜阳市人民政府
                发文日期2023年08月18日
                发文字号阜政办〔2023〕11号
                关于进一步做好根治欠薪工作的实施意见
                各县、市、区人民政府：为切实保障农民工工资支付，现提出如下意见。
                """);
        assertThat(glued.date()).isEqualTo(LocalDate.of(2023, 8, 18));
        // r06: the issuer and the number glued to their labels too
        assertThat(glued.issuer()).isEqualTo("阜阳市人民政府");
        assertThat(glued.docNumber()).isEqualTo("阜政办〔2023〕11号");
        assertThat(read("""
                发文机关 成文日期
                发文字号 豫政办〔2013〕36号 发布时间 2013年05月17日
                关于明确重点工作责任单位的通知
                各省辖市人民政府：现将有关事项通知如下。
                """).date()).isEqualTo(LocalDate.of(2013, 5, 17));
    }

    @Test
    void theSitesOtherWordsForWhoIssuedItAndItsNumber() {
        // x19 发布单位, z02 文件编号 before 发布机构 on one line, and 发文部门 (a ministry's index): who issued it, as 发布机构
        String body = "\n关于开展2024年“世界水日”活动的通知\n各单位：\n一、开展主题宣传。牵头单位：水资源司。完成时限：3月22日。\n";
        PlanDraft unit = read("发布单位:水利部办公厅\n" + body);
        PlanDraft numbered = read("文件编号:常教安〔2018〕11号 发布机构:市教育局\n" + body);
        PlanDraft department = read("发文部门:国家市场监督管理总局\n" + body);
        // af05: 发文时间 after the issuer on its line is the notice's own day
        PlanDraft timed = read("发布单位: 乳山市发展和改革局 发文时间: 2022-01-15\n" + body);

        assertThat(unit.issuer()).isEqualTo("水利部办公厅");
        assertThat(numbered.issuer()).isEqualTo("市教育局");
        assertThat(numbered.docNumber()).isEqualTo("常教安〔2018〕11号");
        assertThat(department.issuer()).isEqualTo("国家市场监督管理总局");
        assertThat(timed.issuer()).isEqualTo("乳山市发展和改革局");
        assertThat(timed.date()).isEqualTo(LocalDate.of(2022, 1, 15));
    }

    @Test
    void aNewsPagesBylineDatesANoticeThatSignsNoDate() {
        PlanDraft d = read("""
                【文化惠民】永登县将开展国庆文化系列活动
                文化   2024-09-30 19:41   甘肃
                为丰富广大人民群众精神文化生活，开展以下活动。
                1.广场舞比赛。乡镇综合文化站选送优秀舞蹈队参赛。
                组织单位：县文旅局
                活动时间：10月1日上午10:00
                """);

        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(read("""
                大众新闻·海报新闻    2026-03-02 10:55:02原创
                各区县开展志愿服务月活动。
                """).date()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aReprintsDayABylinesDayOrALawsDayInForceDatesANoticeThatSignsNoDate() {
        // ad02: 轉載時間 of a reprint; f08, ac01: the day after an editor's or an author's name; j12: a law database's
        // 生效日期; ab08: a document site's bulleted day under the title
        assertThat(read("轉載時間:2023年4月24日\n关于开展国际档案日活动的通知\n一、各级档案馆要开放展厅。\n").date())
                .isEqualTo(LocalDate.of(2023, 4, 24));
        assertThat(read("编辑: 麒麟兔爷 2019-03-14\n空气质量提升工作职责分工\n一、县环保局负责督查。\n").date())
                .isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(read("生效日期: | 2012-09-19 | 废止日期: | |\n统计开放日活动方案\n一、县统计局负责接待。\n").date())
                .isEqualTo(LocalDate.of(2012, 9, 19));
        assertThat(read("燃气安全专项整治方案\n  • 2023年09月15日\n一、县住建局负责排查。\n").date())
                .isEqualTo(LocalDate.of(2023, 9, 15));
        // n11: a view counter after the byline's source is no part of the source's name, which issues the notice
        PlanDraft counted = read("发布时间:2015-04-16 作者: 来源:质检总局计量司 浏览:1616\n世界计量日活动安排\n一、各地计量院所要开放实验室。\n");
        assertThat(counted.issuer()).isEqualTo("质检总局计量司");
        assertThat(counted.date()).isEqualTo(LocalDate.of(2015, 4, 16));
    }

    /** A plan's opening under a title line the tests vary. */
    private static PlanDraft titled(String titleLine) {
        return read(titleLine + """

                一、活动时间
                9月1日至9月30日。
                """);
    }

    @Test
    void aContentFarmsSampleIsTitledWithoutItsNumberInTheCollection() {
        assertThat(titled("县农民丰收节活动方案 篇1").title()).isEqualTo("县农民丰收节活动方案");
        assertThat(titled("县农民丰收节活动方案 篇一").title()).isEqualTo("县农民丰收节活动方案");
        assertThat(titled("2023年国防教育实施活动方案(专业18篇)篇一").title()).isEqualTo("2023年国防教育实施活动方案");
        assertThat(titled("第一篇:区医保局基金监管工作方案").title()).isEqualTo("区医保局基金监管工作方案");
        // the sample's number in a bracket of the site's
        assertThat(titled("开展世界环境日活动方案【第一篇】").title()).isEqualTo("开展世界环境日活动方案");
        assertThat(titled("全民国防教育日主题活动方案【第1篇】").title()).isEqualTo("全民国防教育日主题活动方案");
        assertThat(titled("2022关于4.23世界读书日活动策划方案 『范文1』").title()).isEqualTo("2022关于4.23世界读书日活动策划方案");
    }

    @Test
    void aTitleOpeningWithABodyAndItsYearNamesTheIssuerUnlessTheBodyHasNoPlace() {
        assertThat(titled("威海市商务局 2017 年政务公开重点工作实施方案").issuer()).isEqualTo("威海市商务局");
        assertThat(titled("红桥区市场监管局2020网络市场监管专项行动重点任务分工表").issuer()).isEqualTo("红桥区市场监管局");
        assertThat(titled("某市市场监督管理局“202x网剑行动”工作任务细化方案").issuer()).isEqualTo("某市市场监督管理局");
        assertThat(titled("天津市残联关于开展第一次“残疾预防日”活动的通知").issuer()).isEqualTo("天津市残联");
        assertThat(titled("淮南市妇联关于开展“三八”维权周活动的通知").issuer()).isEqualTo("淮南市妇联");
        assertThat(titled("教育局20XX年“安全教育周”活动方案").issuer()).isNull();
        assertThat(titled("市场监督管理局关于开展3·15活动的通知").issuer()).isNull();
    }

    @Test
    void aDocumentSitesFileNameTitlesAPageThatShowsNoOtherTitle() {
        assertThat(titled("文档名称:\n\n2017年“119”消防宣传月活动方案 1.docx\n\n格式:docx   大小:16KB   页数:5页").title())
                .isEqualTo("2017年“119”消防宣传月活动方案");
        assertThat(titled("大气污染防治2021年行动计划.pdf").title()).isEqualTo("大气污染防治2021年行动计划");
        // ec02: a site's word for its download after the file's name
        assertThat(titled("开展2022年“315”国际消费者权益日活动方案.wps资料文档下载").title())
                .isEqualTo("开展2022年“315”国际消费者权益日活动方案");
        assertThat(titled("2021年重大民生实事项目目标任务责任分解表.docx").title()).isEqualTo("2021年重大民生实事项目目标任务责任分解表");
        // the document's own title line, where it has one, is better than the file's name
        assertThat(titled("全区科技活动整体实施方案.docx\n\n全区科技活动整体方案").title()).isEqualTo("全区科技活动整体方案");
        // aq04, af06, an07: the captions under the pictures of its pages, when nothing else titles the page
        assertThat(titled("世界标准日宣传活动_第1页\n世界标准日宣传活动_第2页\n免费预览已结束,剩余1页可下载查看").title())
                .isEqualTo("世界标准日宣传活动");
        assertThat(titled("乡镇禁止露天焚烧秸秆工作方案.docx_第1页\n乡镇禁止露天焚烧秸秆工作方案.docx_第2页").title())
                .isEqualTo("乡镇禁止露天焚烧秸秆工作方案");
    }

    @Test
    void anAttachedPlansTitleIsReadWithoutItsNumberInTheList() {
        PlanDraft d = read("""
                《2020年政府工作报告重点工作责任分工》已经市政府同意,现印发给你们,请认真贯彻执行。
                附件:1.2020年政府工作报告重点工作责任分工
                2020年政府工作报告重点工作责任分工
                一、全力以赴稳增长
                1.扩大有效投资。牵头单位:市发改委。
                """);

        assertThat(d.title()).isEqualTo("2020年政府工作报告重点工作责任分工");
    }

    @Test
    void aTitleMayEndInWhatAContentFarmPutsAfterAPlanOrCallItselfAnAnnouncement() {
        assertThat(titled("食品安全宣传周活动方案设计").title()).isEqualTo("食品安全宣传周活动方案设计");
        assertThat(titled("世界无烟日活动方案策划大纲").title()).isEqualTo("世界无烟日活动方案策划大纲");
        assertThat(titled("縣春季義務植樹造林活動策劃").title()).isEqualTo("縣春季義務植樹造林活動策劃");
        assertThat(titled("2017年春节期间文化场馆开放和文艺活动安排公告").title()).isEqualTo("2017年春节期间文化场馆开放和文艺活动安排公告");
        assertThat(titled("在精神文明创建活动中深入开展爱国卫生运动的实施方案").title())
                .isEqualTo("在精神文明创建活动中深入开展爱国卫生运动的实施方案");
    }

    @Test
    void aCollectionsTitleYieldsToItsFirstSamplesOwn() {
        assertThat(titled("农民丰收节活动方案设计(精选19篇)\n\n县农民丰收节活动方案 篇一").title()).isEqualTo("县农民丰收节活动方案");
        assertThat(titled("国际消费者权益日活动方案(通用6篇)\n\n消费者权益日 阅读(1.84W)\n\n国际消费者权益日活动方案(通用6篇)").title())
                .isEqualTo("国际消费者权益日活动方案");
        // ac18: a collection in 《》 with its count in Chinese over the time stamp and its sample
        assertThat(titled("《工会五一活动通知汇编三篇》\n\n时间:\n\n工会五一活动通知(通用3篇)\n\n工会五一活动通知 篇1").title())
                .isEqualTo("工会五一活动通知");
    }

    @Test
    void aContentFarmsWordBeforeANoticesTitleIsNoPartOfIt() {
        // ac17 (l06's 最新…方案合集): the farm calls its copy the newest
        assertThat(titled("最新关于五一活动通知\n\n2021-05-07 03:10:21华夏高考网").title()).isEqualTo("关于五一活动通知");
    }

    @Test
    void aSitesIndexSetOutInColumnsIsNoTableOfWork() {
        // the 政府信息公开 index, its labels and values set apart by runs of spaces, above the notice and its plan
        PlanDraft d = read(String.join("\n", "县本级非规范性文件",
                "索引号:  330522/2023-01775 发文时间:  2023-02-24",
                "公开方式:   主动公开 公开时限:   长期公开",
                "文件编号:  长政办发〔2023〕7号 发布机构:  长兴县政府办公室",
                "长兴县人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知",
                "",
                "2023年政府工作报告重点工作责任分解",
                "一、朱伟县长牵头重点工作",
                "1.财政总收入和一般公共预算收入与经济增长基本同步。",
                "责任单位:县财政局。",
                "2.全力防范化解财政金融等领域风险隐患。",
                "责任单位:县财政局、县金融办。"));

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("财政总收入和一般公共预算收入与经济增长基本同步",
                "全力防范化解财政金融等领域风险隐患");
        assertThat(d.tasks().get(1).lead()).containsExactly("县财政局", "县金融办");
    }

    @Test
    void aSitesIndexInTheSamePipesAsTheTableOfWorkUnderItIsReadApartFromIt() {
        // bq03's shape: the 政府信息公开 index copied as rows of the same pipe table as the list of work under it
        PlanDraft d = read(String.join("\n",
                "索引号 | 001008003/2023-00112 | 公开方式 | 主动公开 |",
                "公开范围 | 面向社会 | 公开时限 | 长期公开 |",
                "发布单位 | 县政府 | 发文日期 | 2023-03-02 |",
                "序号 | 实事项目 | 责任单位 | 配合单位 |",
                "1 | 新建城乡公交候车亭40个。 | 交通运输局 | 财政局、各乡镇 |",
                "2 | 改造老旧小区12个。 | 住建局 | 各街道 |"));

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("新建城乡公交候车亭40个。", "改造老旧小区12个。");
        assertThat(d.tasks().get(0).lead()).containsExactly("交通运输局");
        assertThat(d.tasks().get(0).assist()).containsExactly("财政局", "各乡镇");
        assertThat(d.issuer()).isEqualTo("县政府");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 2));
    }

    @Test
    void aOneLineCopysItemsNumberedOnThroughItsHeadingsAreItemsEachStill() {
        // bq07's shape: a work report's division on one line, its tasks numbered on from part one into part two's (一)
        PlanDraft d = read("县人民政府办公室关于分解落实政府工作报告的通知 各乡镇人民政府,县政府各部门: 现将主要目标和工作任务分解给你们,"
                + "请认真抓好落实。 一、主要工作目标 1、地区生产总值增长8%(县发改局,各乡镇人民政府)。 2、固定资产投资增长12%(县发改局)。"
                + " 3、城镇登记失业率控制在4%以内(县人社局)。 二、主要工作任务与责任单位 (一)扎实开展项目建设年活动,千方百计扩大投资。"
                + " 4、积极争取上级投资,加强工业、水利、交通等项目建设。(责任单位:县发改局、县经信局) 5、全力推进招商引资,引进一批重大项目。"
                + "(责任单位:县商务局)");

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3", "4", "5");
        assertThat(d.tasks().get(3).content()).isEqualTo("积极争取上级投资,加强工业、水利、交通等项目建设");
        assertThat(d.tasks().get(3).lead()).containsExactly("县发改局", "县经信局");
        assertThat(d.tasks().get(4).lead()).containsExactly("县商务局");
    }

    @Test
    void aOneLineCopyIsTitledWithoutTheSitesWordForItAndCutBeforeItsFirstItem() {
        // a document site's copy on one line: the title with the site's 文稿 run into the opening sentence, and a section's
        // heading run into its first item with no space where the line broke
        PlanDraft d = read("2021年镇村庄清洁行动专项工作方案文稿为深入贯彻关于改善农村人居环境的重要指示精神,深入推进村庄清洁行动,"
                + "特制定如下工作方案。一、总体目标以“干干净净迎小康”为主题,推动村庄清洁行动常态化。二、重点任务(一)聚焦“三清”下功夫"
                + "1.清理农村生活垃圾。各村按照要求年底前实现保洁员全覆盖。2.清理村内塘沟。各村要清理水域漂浮物,2月底前完成。");

        assertThat(d.title()).isEqualTo("2021年镇村庄清洁行动专项工作方案");
        assertThat(d.tasks()).extracting(TaskDraft::content).hasSize(2).noneMatch(c -> c.contains("下功夫"));
    }

    @Test
    void aTitleRunIntoAnOpeningThatStartsWithItsDateIsTitled() {
        // u11: "…宣传活动方案20xx年5月31日是世界卫生组织发起的…": the line broke between the title and a dated sentence
        PlanDraft d = read("""
                2021年第29个世界无烟日宣传活动方案20xx年5月31日是世界卫生组织发起的第29个世界无烟日。为做好宣传,特制定本方案。
                一、活动主题:无烟环境。
                二、活动时间:20xx年5月31日。
                """);

        assertThat(d.title()).isEqualTo("2021年第29个世界无烟日宣传活动方案");
        // al01: or with the day it quotes
        PlanDraft quoted = read("""
                2010年庆祝“三八”国际劳动妇女节100周年活动方案“三八”国际劳动妇女节是全世界劳动妇女的节日。为隆重纪念,特制定本方案。
                一、活动时间:3月8日。
                """);
        assertThat(quoted.title()).isEqualTo("2010年庆祝“三八”国际劳动妇女节100周年活动方案");
    }

    @Test
    void theChannelAPageIsFiledUnderIsNoPartOfTheTitleBelowIt() {
        // ad05: "县政府办文件" over the title is the 公开目录 the page's index names
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText("""
                您当前所在的位置: 网站首页 > 正文

                县政府办文件

                墨江哈尼族自治县人民政府办公室关于2024年无偿献血招募计划的通知
                索引号: 3001/20240618-00005 公开目录: 县政府办文件  发布日期: 2024-06-18

                一、采血时间
                （一）县红十字会负责组织献血宣传。
                """);

        assertThat(d.title()).isEqualTo("墨江哈尼族自治县人民政府办公室关于2024年无偿献血招募计划的通知");
    }

    @Test
    void aContentFarmsNewestMarkWithItsYearIsNoPartOfTheTitle() {
        // ad09, ao02: "2016年最新…", "…(2017年最新)": the farm's word that its copy is the latest
        assertThat(titled("2016年最新全民國防教育日主題活動方案").title()).isEqualTo("全民國防教育日主題活動方案");
        assertThat(titled("今冬明春火灾防控工作方案(2017年最新)").title()).isEqualTo("今冬明春火灾防控工作方案");
        // as07, an06: its word for the copy after the title's last word
        assertThat(titled("街道119消防宣传日活动方案范文").title()).isEqualTo("街道119消防宣传日活动方案");
        assertThat(titled("2017年春节文化活动实施方案一览").title()).isEqualTo("2017年春节文化活动实施方案");
        // ce08, cs05, em08: its praise of its copy in brackets after the title
        assertThat(titled("XX镇新冠病毒疫苗加强免疫接种实施方案(精选文档)").title()).isEqualTo("XX镇新冠病毒疫苗加强免疫接种实施方案");
        assertThat(titled("县委进一步扩大火化区范围活动策划方案(全文完整)").title()).isEqualTo("县委进一步扩大火化区范围活动策划方案");
        assertThat(titled("2024年度电动自行车消防安全专项整治方案(范文推荐)").title())
                .isEqualTo("2024年度电动自行车消防安全专项整治方案");
        // a bracket of the plan's own stays: its edition
        assertThat(titled("政务公开工作要点分工方案(2024年版)").title()).isEqualTo("政务公开工作要点分工方案(2024年版)");
        // a title's own year before its words stays
        assertThat(titled("2016年全民国防教育日主题活动方案").title()).isEqualTo("2016年全民国防教育日主题活动方案");
    }

    @Test
    void aContentFarmsYearAfterATitlesLastWordIsNoPartOfIt() {
        // ac02: "国际档案日系列宣传活动实施方案2020" over the sample; a title puts its year first
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText("""
                当前位置:心得体会 > 国际档案日系列宣传活动实施方案2020

                国际档案日系列宣传活动实施方案2020

                时间:2021-10-24 12:40:52 浏览次数:

                一、活动内容
                (一)举办档案展览。办公室负责展板制作。
                """);

        assertThat(d.title()).isEqualTo("国际档案日系列宣传活动实施方案");
    }

    @Test
    void aContentFarms关于BeforeTheNameItsSamplesBearIsNoPartOfTheTitle() {
        // ai05, ba04, bk03: "关于X(精选11篇)" over "X 篇1"; a title that opens with 关于 and stands alone keeps it (aw02)
        PlanDraft d = new PlanReader(PlanReader.Options.defaults()).readText("""
                时间:2022-06-20 19:49:15 策划书 我要投稿

                关于乡镇端午节活动方案(精选11篇)

                  乡镇端午节活动方案 篇1

                一、活动内容
                (一)包粽子比赛。镇妇联负责组织。
                """);
        PlanDraft alone = new PlanReader(PlanReader.Options.defaults()).readText("""
                关于乡镇镇容镇貌综合整治实施方案

                一、工作任务
                (一)清理乱堆乱放。镇城管办负责。
                """);

        assertThat(d.title()).isEqualTo("乡镇端午节活动方案");
        assertThat(alone.title()).isEqualTo("关于乡镇镇容镇貌综合整治实施方案");
    }

    @Test
    void aNoticeFlattenedIntoOneLineIsCutAtItsBracketedPointsToo() {
        // y03, v07: a document site's copy on one line, "三、实施步骤(1)排查整治阶段(2024年1月-2月)。…(2)…": its points in
        // brackets are cut apart as its headings are, and a line of some 120 characters is long enough to be a whole notice
        PlanDraft d = new PlanReader(PlanReader.Options.defaults().withYear(2024)).readText("""
                2024年校园食品安全专项整治方案
                一、指导思想 以习近平新时代中国特色社会主义思想为指导。 二、工作目标 全面提升校园食品安全水平。 三、实施步骤(1)排查整治阶段(2024年1月-2月)。各分局要组织全面排查。(2)集中整治阶段(2024年3月-5月)。各分局要集中整治突出问题。(3)巩固提升阶段(2024年6月-12月)。总结经验,建立长效机制。 四、工作要求 各单位要高度重视。
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("排查整治阶段", "集中整治阶段", "巩固提升阶段");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(d.tasks().get(1).lead()).containsExactly("各分局");
    }

    @Test
    void aDocumentSitesFirstChunkNumberedOneOpensWithTheTitle() {
        // ac06, as05, ag05: a document site's chunks "1、… 2、…" of which the first opens with the title, alone or printed
        // twice (the first copy having lost its dot); the second copy is the whole one
        assertThat(read("""
                1、2023年安全生产月和安全生产万里行活动方案
                一、指导思想 以党的二十大精神为指导。
                二、活动内容 县应急管理局负责组织安全生产宣传咨询日活动。
                """).title()).isEqualTo("2023年安全生产月和安全生产万里行活动方案");
        assertThat(read("""
                1、65世界环境日环保宣传活动实施方案 6.5世界环境日环保宣传活动实施方案 为纪念第35个“6.5”世界环境日，宣传环保知识，特制定本方案。
                一、活动主题 人与自然和谐共生。
                """).title()).isEqualTo("6.5世界环境日环保宣传活动实施方案");
        // an item numbered 1、 that opens a plain list is no title
        assertThat(read("""
                1、县市场监管局负责制定工作方案
                2、县教育局负责组织学生参观。
                """).title()).isNull();
    }

    @Test
    void aPlanCalledAnyKindOfJiHuaRunIntoItsFirstSentenceIsTheTitle() {
        // bj02, as 工作计划 is: "…实施推进计划 为贯彻落实…", "…抽查计划 根据…" on the line that opens the text
        assertThat(read("""
                2023年知识产权强国建设纲要和“十四五”规划实施推进计划 为贯彻落实《知识产权强国建设纲要（2021—2035年）》，推动各项任务落地见效，制定本计划。
                一、完善知识产权制度。国家知识产权局负责推进专利法实施细则修改。
                """).title()).isEqualTo("2023年知识产权强国建设纲要和“十四五”规划实施推进计划");
    }

    @Test
    void aContentFarmsPrefaceNamesTheTitleItsCopyLost() {
        // ag03, ah06, d10: "前言:本站为你精心整理了X范文,希望…" over a copy without its title line
        assertThat(read("""
                前言:本站为你精心整理了环保局城乡环境整治方案范文,希望能为你的创作提供参考价值,我们的客服老师可以帮助你提供个性化的参考范文,欢迎咨询。
                为进一步改善我县城乡面貌，特制定本方案。
                一、整治内容及时限
                1、整治居民区。各乡镇政府负责对住宅小区整治工作。
                """).title()).isEqualTo("环保局城乡环境整治方案");
        // a word of the farm's between the title's last word and 范文 is none of the title's
        assertThat(read("""
                前言:本站為你精心整理了我局六·五世界環境日宣傳方案確定范文,希望能為你的創作提供參考價值。
                一、以縣生態縣建設工作領導小組名義印發宣傳材料。縣環保局負責。
                """).title()).isEqualTo("我局六·五世界環境日宣傳方案");
    }

    @Test
    void aSportsBettingSitesNameInTheIssuersPlaceIsNoIssuer() {
        // x15: a defaced mirror put "平博体育网址" where the body's name stood, over the title and in its 来源
        PlanDraft d = read("""
                平博体育网址欢迎您!
                平博体育网址办公室关于组织开展2022年世界卫生日宣传的通知
                来源:平博体育网址官网 发布时间 : 2022-04-05 15:21
                各设区市卫生健康委：
                一、活动安排
                1.开展健康义诊。各设区市卫生健康委负责。
                """);

        assertThat(d.issuer()).isNull();
        assertThat(d.warnings()).extracting(Warning::code).contains(Warning.SUSPECT_SPAM);
        // the other betting brands such mirrors paste in the body's place
        for (String brand : List.of("金宝博", "ManBetX", "皇冠体育", "凯发娱乐", "乐动体育", "新濠天地", "大发快三", "AG真人",
                "万博体育")) {
            assertThat(read(brand + "办公室关于开展2022年世界卫生日宣传的通知\n一、活动安排\n1.开展健康义诊。县卫健局负责。\n")
                    .warnings()).as(brand).extracting(Warning::code).contains(Warning.SUSPECT_SPAM);
        }
    }

    @Test
    void aPagesDayWrittenOutWithItsHourAtTheHeadIsTheNoticesDate() {
        // be07, at01: a news site's stamp under the title, the day written out with its hour and the site's name, or
        // with the page's font-size control after it
        for (String stamp : List.of("2014年03月21日 11:26:24     柯城新闻网", "2014年3月21日 【字号:大 中 小】")) {
            PlanDraft d = read("""
                    柯城区油菜花节活动方案
                    %s
                    为展示我区农业发展成果，现将活动安排如下。
                    一、活动内容
                    （一）3月28日，区农业局在石室乡举办开幕式。
                    """.formatted(stamp));

            assertThat(d.date()).as(stamp).isEqualTo(LocalDate.of(2014, 3, 21));
        }
        // a day and an hour down in a schedule are the schedule's, not the page's
        PlanDraft schedule = read("""
                柯城区油菜花节活动方案
                为展示我区农业发展成果，现将活动安排如下。
                一、活动内容
                （一）开幕式。区农业局负责。
                （二）赏花游园。区文旅局负责。
                2014年3月28日 9:30 石室乡
                """);
        assertThat(schedule.date()).isNull();
    }

    @Test
    void aFlattenedPlansTitleThatEndsWith计划IsCutBeforeTheFirstHeading() {
        // bs08: the whole page on one line, 一、 right after the title's 计划 (not 整齐划一、, which is no heading)
        PlanDraft d = read("2099年全镇生活垃圾分类工作推进计划一、工作目标进一步健全生活垃圾分类体系,做到整齐划一、规范有序。"
                + "二、主要任务(一)提升体系建设1.提升分类投放能力。镇环卫所负责加快投放设施建设,确保完成覆盖目标任务。"
                + "2.提升居民小区分类投放准确度。镇城管中队负责推广定时定点投放。三、工作要求各村要高度重视,加强组织领导。");

        assertThat(d.title()).isEqualTo("2099年全镇生活垃圾分类工作推进计划");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("提升分类投放能力", "提升居民小区分类投放准确度");
    }

    @Test
    void aContentFarmsSampleNumberGluedToTheTitleWithout篇IsNoPartOfIt() {
        // bs04, bg05: the first of a farm's samples, "方案一", its 篇 left out
        PlanDraft d = read("""
                建军节纪念活动方案一
                为继续做好新形势下我县的双拥工作，特制定本方案。
                一、活动内容
                （一）7月下旬，深入开展国防教育活动，由县委宣传部负责。
                """);

        assertThat(d.title()).isEqualTo("建军节纪念活动方案");
    }

    @Test
    void aSitesNamePastedBeforeManyLinesIsNoPartOfThem() {
        // bs05: a content farm's name and a space before the lines of its copy, before headings and their numbers too
        PlanDraft d = read("""
                八一建军节纪念日活动方案
                学习啦在线学习网 今年8月1日是中国人民解放军建军纪念日，现结合实际，制定活动方案如下:
                二、活动安排
                学习啦在线学习网 (一)2099年7月26日:军事日活动
                (二)2099年7月27日下午:慰问驻区部队
                学习啦在线学习网 (三)2099年7月28日上午:慰问军休干部、伤残军人
                """);

        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("军事日活动", "慰问驻区部队",
                "慰问军休干部、伤残军人");
        assertThat(d.tasks()).extracting(TaskDraft::start).containsExactly(LocalDate.of(2099, 7, 26),
                LocalDate.of(2099, 7, 27), LocalDate.of(2099, 7, 28));
    }

    @Test
    void questionMarksThatEndEveryLineAndCellAreWhatTheCopyCouldNotEncode() {
        // bk08: a copy that wrote '?' for the space that ended each line and cell
        PlanDraft d = read("""
                各镇人民政府、街道办事处，区直各单位:?
                现将2018年《政府工作报告》工作任务分解表印发给你们，请认真贯彻落实。?
                杭州市余杭区人民政府办公室?
                2018年3月18日?
                序号? | 重点工作任务? | 牵头单位? |
                1? | 未来科技城要深化与浙江大学的合作，扎实推进创新载体建设。? | 未来科技城(海创园)? |
                2? | 临平新城要启动建设数字商贸城。? | 临平新城? |
                """);

        assertThat(d.issuer()).isEqualTo("杭州市余杭区人民政府办公室");
        assertThat(d.date()).isEqualTo(LocalDate.of(2018, 3, 18));
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("未来科技城(海创园)"), List.of("临平新城"));
    }

    @Test
    void aDocumentSitesBoilerplateBeforeATitleIsNoPartOfIt() {
        // dd10, df06: "精品文档---下载后可任意编辑2024 年病媒生物防治下半年工作计划", ".精品文档.民族街道元宵文化节活动实施方案为弘扬…":
        // what a document site prints before the file it sells had been read into the plan's title
        assertThat(read("""
                精品文档---下载后可任意编辑2024年病媒生物防治下半年工作计划
                为进一步巩固国家卫生城市创建成果，特制定本计划。
                一、灭鼠工作。各社区要在7月底前完成鼠迹调查。
                """).title()).isEqualTo("2024年病媒生物防治下半年工作计划");
        assertThat(read("""
                .精品文档.民族街道元宵文化节活动实施方案为弘扬中华民族传统文化，营造欢乐祥和的节日气氛，特制定本方案。
                一、猜灯谜活动。街道文化站负责组织。
                """).title()).isEqualTo("民族街道元宵文化节活动实施方案");
    }

    @Test
    void aPagesDayBeforeItsLabelsIsThePagesDate() {
        // bw10, dt01: "2020-02-10 00:00:00 来源: 施秉县人民政府门户网站 作者:县发改局 责任编辑:康康 字号:T|T" under a news
        // page's heading: a line of labels too long for a stamp alone, the day before them had been passed over
        PlanDraft d = read("""
                施秉县重点项目会审工作会议相关信息
                2020-02-10 00:00:00 来源: 施秉县人民政府门户网站 作者:县发改局 责任编辑:康康 字号:T|T
                2月9日下午，施秉县重点项目会审工作会议在县政府三楼会议室召开。
                一是各单位会后抓紧将项目储备清单的修改意见于2月9日下午下班前报县发改局汇总。
                """);

        assertThat(d.date()).isEqualTo(LocalDate.of(2020, 2, 10));
    }
}
