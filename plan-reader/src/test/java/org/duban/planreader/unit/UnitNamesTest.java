package org.duban.planreader.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.planreader.Notices;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void aReadingOrAGatheringAPlanHoldsIsNoBody() {
        // cp09: "(三)“诗情映桑织 青春诵征程”五四青春诗会" heads an event, though 会 ends a body's name (协会, 学会)
        assertThat(UnitGrammar.isUnitName("“诗情映桑织 青春诵征程”五四青春诗会")).isFalse();
        assertThat(UnitGrammar.isUnitName("好书分享会")).isFalse();
        // dz04: "四、项目组队" over how a contest's teams are made up
        assertThat(UnitGrammar.isUnitName("项目组队")).isFalse();
        assertThat(UnitGrammar.isUnitName("“向上的答案”图书馆倾听会")).isFalse();
        assertThat(UnitGrammar.isUnitName("市作家协会")).isTrue();
    }

    @Test
    void bodiesOfALevelAndThoseAboveItAreBodies() {
        // er07 (国发〔2019〕5号: 县级以上地方人民政府要…), as ak06's, cg10's and c14's truths name them: the level is the
        // scope of the body's name, not a word of a sentence
        assertThat(UnitGrammar.isUnitName("县级以上地方人民政府")).isTrue();
        assertThat(UnitGrammar.isUnitName("县级以上生态环境部门")).isTrue();
        assertThat(UnitGrammar.isUnitName("各地级以上市人民政府")).isTrue();
        assertThat(UnitGrammar.isUnitName("县级以上")).isFalse();
    }

    @Test
    void theBodyASentenceCallsOursAfterItsVerbIsNoDoer() {
        // er01 (…主要宣传我局在保增长保红线上的积极做法), cv05 (客观分析我乡在发展过程中…): 我局 and 我乡 end like bodies, but
        // the verb before them says what is done about the body, not who does it; a name that opens with 我 stays one
        assertThat(UnitGrammar.isUnitName("宣传我局")).isFalse();
        assertThat(UnitGrammar.isUnitName("客观分析我乡")).isFalse();
        assertThat(UnitGrammar.isUnitName("我区残联")).isTrue();
    }

    @Test
    void aGroupsWordWithTheSentenceRunOnAfterItIsNoGroup() {
        // q07, be09, l04: "各单位宣传周活动内容(可参考…)", "各参演单位选送节目(于…)": the words after 单位 are the sentence's
        assertThat(UnitGrammar.isUnitName("各单位宣传周活动内容")).isFalse();
        assertThat(UnitGrammar.isUnitName("各参演单位选送节目")).isFalse();
        assertThat(UnitGrammar.isUnitName("各参演单位")).isTrue();
        assertThat(UnitGrammar.isUnitName("各有关部门")).isTrue();
        assertThat(UnitGrammar.isUnitName("各成员单位参与")).isTrue();
        // eu01's attached score form "（各地区和有关中央企业填写此项）", ek04 "…，有关单位不得随意…": 有关 opens a group too
        assertThat(UnitGrammar.isUnitName("有关中央企业填写此项")).isFalse();
        assertThat(UnitGrammar.isUnitName("有关单位不得随意")).isFalse();
        assertThat(UnitGrammar.isUnitName("有关中央企业")).isTrue();
        // ev09 "各学校有计划地…", "各校若有疑似辍学…", cc10 "各村行政点长": a school's or a village's group likewise
        assertThat(UnitGrammar.isUnitName("各学校有计划地")).isFalse();
        assertThat(UnitGrammar.isUnitName("各校若有疑似辍学")).isFalse();
        assertThat(UnitGrammar.isUnitName("各学校")).isTrue();
        assertThat(UnitGrammar.isUnitName("各乡镇人民政府")).isTrue();
        assertThat(UnitGrammar.isUnitName("各村民委员会")).isTrue();
        assertThat(UnitGrammar.isUnitName("相关科技项目管理部门")).isTrue();
    }

    @Test
    void aWorkPointsVerbAndWhatItWorksOnIsNoBody() {
        // dv10, du06: "2.优化政务新媒体在政策发布…", "(一)宣传本地区本部门认真学习…": 媒体 and 部门 end like bodies
        assertThat(UnitGrammar.isUnitName("优化政务新媒体")).isFalse();
        assertThat(UnitGrammar.isUnitName("宣传本地区本部门")).isFalse();
        assertThat(UnitGrammar.isUnitName("持续推进政务新媒体")).isFalse();
        // ev05 "…迎接省局…检查", "接受市局督查": the body met or answered to is what the work is about
        assertThat(UnitGrammar.isUnitName("迎接省局")).isFalse();
        assertThat(UnitGrammar.isUnitName("接受市局")).isFalse();
        assertThat(UnitGrammar.isUnitName("县优化营商环境办公室")).isTrue();
        assertThat(UnitGrammar.isUnitName("优化营商环境办公室")).isTrue();
        assertThat(UnitGrammar.isUnitName("县委宣传部")).isTrue();
    }

    @Test
    void aBodysNameRunIntoTheFirstCharacterOfMainlyIsNoBody() {
        // eb04, bt08: "各校主要负责人要…" cut before its 要 gave 各校主
        assertThat(UnitGrammar.isUnitName("各校主")).isFalse();
        assertThat(UnitGrammar.isUnitName("各单位主")).isFalse();
        assertThat(UnitGrammar.isUnitName("各校")).isTrue();
    }

    @Test
    void splitsOnEverySeparatorTheNoticesUse() {
        assertThat(UnitNames.split("质量安全监督管理股/消费者权益保护股"))
                .containsExactly("质量安全监督管理股", "消费者权益保护股");
        assertThat(UnitNames.split("前岐市场监督管理所、沙埕市场监督管理所"))
                .containsExactly("前岐市场监督管理所", "沙埕市场监督管理所");
        assertThat(UnitNames.split("办公室,各市场监督管理所")).containsExactly("办公室", "各市场监督管理所");
        assertThat(UnitNames.split("办公室，法规股；信用股")).containsExactly("办公室", "法规股", "信用股");
        assertThat(UnitNames.split("镇安监站和镇派出所")).containsExactly("镇安监站", "镇派出所");
        assertThat(UnitNames.split("知识产权股及综合执法大队")).containsExactly("知识产权股", "综合执法大队");
    }

    @Test
    void keepsNamesThatContainTheWordsForAnd() {
        assertThat(UnitNames.split("县住房和城乡建设局")).containsExactly("县住房和城乡建设局");
        assertThat(UnitNames.split("发展和改革局、人力资源和社会保障局"))
                .containsExactly("发展和改革局", "人力资源和社会保障局");
        assertThat(UnitNames.split("反不正当竞争与价格监管检查股")).containsExactly("反不正当竞争与价格监管检查股");
        assertThat(UnitNames.split("计量与标准化股")).containsExactly("计量与标准化股");
        // those holding a part in the plan: no 各参 and 部门
        assertThat(UnitNames.split("各参与部门")).containsExactly("各参与部门");
        // ac13: every place's bodies of a field named with 和 (各地文化 is no group), but 各地区 and 各部门 are
        assertThat(UnitNames.split("各地文化和旅游部门")).containsExactly("各地文化和旅游部门");
        assertThat(UnitNames.split("国务院相关部门及各地区")).containsExactly("国务院相关部门", "各地区");
    }

    @Test
    void splitsOnTheWordBetweenNamesWhenAnotherWordForAndStandsInsideOne() {
        assertThat(UnitNames.split("县人力资源和社会保障局等部门及各相关企业"))
                .containsExactly("县人力资源和社会保障局等部门", "各相关企业");
        assertThat(UnitNames.split("县住房和城乡建设局以及县交通运输局")).containsExactly("县住房和城乡建设局", "县交通运输局");
    }

    @Test
    void wordsThatIntroduceAListOrOpenWithAVerbAreNoName() {
        // be04: "三、各单位演出时间安排如下:下午13:00-16:00" over the days of the shows
        assertThat(UnitGrammar.isUnitName("各单位演出时间安排如下")).isFalse();
        assertThat(UnitGrammar.isUnitName("各单位")).isTrue();
        // as03: "协同市场监管所开展…": whom the work is done with
        assertThat(UnitGrammar.isUnitName("协同市场监管所")).isFalse();
        // bs03: a group's sentence run into its name, what it must do (要), by whom (由), whither (到)
        assertThat(UnitGrammar.isUnitName("各村(居)要把住大学生离校返乡这个关键时期")).isFalse();
        assertThat(UnitGrammar.isUnitName("征兵宣传横幅和宣传海报由镇")).isFalse();
        assertThat(UnitGrammar.isUnitName("安排包片干部到每名大学")).isFalse();
        assertThat(UnitGrammar.isUnitName("各单位主要领导")).isTrue();
        assertThat(UnitGrammar.isUnitName("市委机要局")).isTrue();
        assertThat(UnitGrammar.isUnitName("自由贸易试验区管委会")).isTrue();
        // corpus-files f10: a body named by what it is set up for; a 组织机构 set up is none
        assertThat(UnitGrammar.isUnitName("县（市、区）移民管理机构")).isTrue();
        assertThat(UnitGrammar.isUnitName("组织机构")).isFalse();
        assertThat(UnitGrammar.isUnitName("协同单位")).isTrue();
        // cf03, v10, fe10: who rescues, checks a decision or carries a case (消防救援机构 glued to the name before it in a
        // merged cell had been one unknown name); the 医疗机构 a check visits stays none
        assertThat(UnitGrammar.isUnitName("消防救援机构")).isTrue();
        assertThat(UnitGrammar.isUnitName("法制审核机构")).isTrue();
        assertThat(UnitGrammar.isUnitName("行政执法承办机构")).isTrue();
        assertThat(UnitGrammar.isUnitName("医疗机构")).isFalse();
    }

    @Test
    void aBodyMetWithAfterTheSentencesWordsIsNoNameButAName与JoinsIsOne() {
        // l14: "(四)、中小学生的环保征文比赛与市教育体育局联合举办…"; y02, o08: 与 inside a body's own name
        assertThat(UnitGrammar.isUnitName("中小学生的环保征文比赛与市教育体育局")).isFalse();
        assertThat(UnitGrammar.isUnitName("“世界水日”与重庆市人民政府")).isFalse();
        assertThat(UnitGrammar.isUnitName("质量与认证监督管理股")).isTrue();
    }

    @Test
    void aRoleThatNamesTheBodiesHoldingItIsAUnitButADeedIsNot() {
        assertThat(UnitGrammar.isUnitName("各牵头部门")).isTrue();
        assertThat(UnitGrammar.isUnitName("发起部门")).isTrue();
        assertThat(UnitGrammar.isUnitName("配合单位")).isTrue();
        assertThat(UnitGrammar.isUnitName("牵头组织各部门")).isFalse();
        assertThat(UnitGrammar.isUnitName("负责宣传部门")).isFalse();
        // t02, ac03: cadres are people, though 干部 ends like a body's 部; gatherings are what is held (ac17, d03)
        assertThat(UnitGrammar.isUnitName("本地档案干部")).isFalse();
        assertThat(UnitGrammar.isUnitName("机关干部")).isFalse();
        // bt02, a11: words that end like a body's 部 or a station's 台 and name none
        assertThat(UnitGrammar.isUnitName("苗木全部")).isFalse();
        assertThat(UnitGrammar.isUnitName("出台")).isFalse();
        assertThat(UnitGrammar.isUnitName("县委宣传部")).isTrue();
        assertThat(UnitGrammar.isUnitName("县电视台")).isTrue();
        assertThat(UnitGrammar.isUnitName("市委组织部")).isTrue();
        assertThat(UnitGrammar.isUnitName("职工趣味运动会")).isFalse();
        assertThat(UnitGrammar.isUnitName("市老区建设促进会")).isTrue();
        // aw05: a layout or a situation ends like a bureau's 局 and is none
        assertThat(UnitGrammar.isUnitName("工程布局")).isFalse();
        assertThat(UnitGrammar.isUnitName("全市发展格局")).isFalse();
        assertThat(UnitGrammar.isUnitName("县交通运输局")).isTrue();
        // ag03: 城乡 is town and country together, no township, and 城乡结合部 the fringe between them, no ministry
        assertThat(UnitGrammar.isUnitName("整治城乡")).isFalse();
        assertThat(UnitGrammar.isUnitName("城乡结合部")).isFalse();
        assertThat(UnitGrammar.isUnitName("各乡")).isTrue();
        assertThat(UnitGrammar.isUnitName("县住房和城乡建设局")).isTrue();
        // ac07: universities are bodies a plan gives work to

        assertThat(UnitNames.split("教育部门和有关高校")).containsExactly("教育部门", "有关高校");
        assertThat(UnitGrammar.isUnitName("驻市高校")).isTrue();
        // ac14: the body a run of words ends with keeps the field its 和 joins (文化和旅游部, not 旅游部)
        assertThat(UnitGrammar.unitsEnding("主题日活动(5月19日)文化和旅游部")).containsExactly("文化和旅游部");
        assertThat(UnitGrammar.unitsEnding("开展宣传活动由县住房和城乡建设局")).containsExactly("县住房和城乡建设局");
    }

    @Test
    void theShortNamesOfPeoplesBodiesAreUnitsAndASentencesAlsoIsNoPartOfAName() {
        assertThat(UnitGrammar.isUnitName("县计生协")).isTrue();
        assertThat(UnitGrammar.isUnitName("市侨联")).isTrue();
        assertThat(UnitGrammar.isUnitName("各区司法局也")).isFalse();
        assertThat(UnitGrammar.isUnitName("各有关单位自行")).isFalse();
        assertThat(UnitGrammar.isUnitName("相关信息")).isFalse();
        assertThat(UnitGrammar.isUnitName("有关资料")).isFalse();
        assertThat(UnitNames.split("县计生协以及县妇联")).containsExactly("县计生协", "县妇联");
    }

    @Test
    void placesListedWithBodiesOrEachOtherStandForTheirGovernments() {
        assertThat(UnitGrammar.isUnitNameIn(List.of("秭归县", "夷陵区", "伍家岗区政府", "宜昌开发区管委会"), 0)).isTrue();
        assertThat(UnitGrammar.isUnitNameIn(List.of("昆山市", "吴江市", "吴中区"), 2)).isTrue();
        assertThat(UnitGrammar.isUnitNameIn(List.of("市林业局", "西山街办", "鄂城区"), 2)).isTrue();
        assertThat(UnitGrammar.isUnitNameIn(List.of("昆山市"), 0)).isFalse();
        assertThat(UnitGrammar.isUnitNameIn(List.of("各地", "各部门"), 0)).isTrue();
        assertThat(UnitGrammar.isUnitNameIn(List.of("各地"), 0)).isFalse();
        assertThat(UnitGrammar.isUnitNameIn(List.of("昆山市", "周边地区"), 0)).isFalse();
    }

    @Test
    void aNameWithTheOthersLikeItIsAUnit() {
        assertThat(UnitGrammar.isUnitName("省工业和信息化厅等")).isTrue();
        assertThat(UnitGrammar.isUnitName("市财政局等")).isTrue();
        assertThat(UnitGrammar.isUnitName("我们等")).isFalse();
    }

    @Test
    void bodiesCountedAreAGroupAndSoAreTheCountedPlacesGovernments() {
        // cr02: "(市财政局、…、市总工会等部门和14个乡镇人民政府负责)"
        assertThat(UnitGrammar.isUnitName("14个乡镇人民政府")).isTrue();
        assertThat(UnitGrammar.isUnitName("13个街道、镇")).isTrue();
        assertThat(UnitGrammar.isUnitName("14个乡镇人民群众")).isFalse();
        assertThat(UnitNames.split("市财政局、市总工会等部门和14个乡镇人民政府"))
                .containsExactly("市财政局", "市总工会等部门", "14个乡镇人民政府");
    }

    @Test
    void aGroupsWordRunOnPastItsOfIsNoUnit() {
        assertThat(UnitGrammar.isUnitName("各部门全面认识把握普查宣传工作的重")).isFalse();
        assertThat(UnitGrammar.isUnitName("各单位的主")).isFalse();
        assertThat(UnitGrammar.isUnitName("各有关单位")).isTrue();
    }

    @Test
    void wordsThatEndLikeABodyButNameNoneAreNoUnits() {
        assertThat(UnitGrammar.isUnitName("面向社会")).as("society ends like 会").isFalse();
        assertThat(UnitGrammar.isUnitName("展会")).as("a fair").isFalse();
        assertThat(UnitGrammar.isUnitName("全部")).as("all of it ends like 部").isFalse();
        assertThat(UnitGrammar.isUnitName("社会事业服务中心")).isTrue();
        assertThat(UnitGrammar.isUnitName("县委宣传部")).isTrue();
    }

    @Test
    void piecesOfASentenceThatEndLikeANameAreNoUnits() {
        assertThat(UnitGrammar.isUnitName("各项工作的")).as("of 统筹协调各项工作的开展").isFalse();
        assertThat(UnitGrammar.isUnitName("将所")).as("of 将所需资金纳入预算").isFalse();
        assertThat(UnitGrammar.isUnitName("组织相关部门")).as("those organised, not who organises").isFalse();
        assertThat(UnitGrammar.isUnitName("各类企业")).isFalse();
        assertThat(UnitGrammar.isUnitName("各类市场主体登记机构")).isTrue();
        assertThat(UnitGrammar.isUnitName("县委组织部")).isTrue();
        assertThat(UnitGrammar.isUnitName("派出所")).isTrue();
        assertThat(UnitGrammar.isUnitName("实行")).as("of 实行以防治为主的综合措施, ends like a bank").isFalse();
        assertThat(UnitGrammar.isUnitName("执行")).isFalse();
        assertThat(UnitGrammar.isUnitName("完成所")).as("of 完成所承担的各项创建目标").isFalse();
        assertThat(UnitGrammar.isUnitName("人行")).as("the People's Bank, as a county names it").isTrue();
        assertThat(UnitGrammar.isUnitName("研究所")).isTrue();
        assertThat(UnitGrammar.isUnitName("区教育局汇总后统一上报市教育局")).as("of 由区教育局汇总后统一上报市教育局")
                .isFalse();
        assertThat(UnitGrammar.isUnitName("信息报送组")).isTrue();
    }

    @Test
    void whatTheUnitsAreToldToDoIsNoPartOfTheirNames() {
        assertThat(UnitNames.split("各县市区人民政府、功能区管委会负责落实")).containsExactly("各县市区人民政府", "功能区管委会");
        assertThat(UnitNames.split("市市场监管局、市知识产权局按职责分工负责")).containsExactly("市市场监管局", "市知识产权局");
        assertThat(UnitNames.split("縣財政局負責")).containsExactly("縣財政局");
        assertThat(UnitNames.split("负责")).isEmpty();
    }

    @Test
    void anEmptyCellGivesNoUnits() {
        assertThat(UnitNames.split("")).isEmpty();
        assertThat(UnitNames.split("  ")).isEmpty();
        assertThat(UnitNames.split("/")).isEmpty();
        assertThat(UnitNames.split("无")).isEmpty();
        assertThat(UnitNames.split(null)).isEmpty();
    }

    @Test
    void keepsGroupNamesAsWrittenAndMarksThem() {
        assertThat(UnitNames.split("机关各股(室)")).containsExactly("机关各股(室)");
        assertThat(UnitNames.isGroup("各市场监督管理所")).isTrue();
        assertThat(UnitNames.isGroup("机关各股(室)")).isTrue();
        assertThat(UnitNames.isGroup("各直属单位")).isTrue();
        assertThat(UnitNames.isGroup("相关单位")).isTrue();
        assertThat(UnitNames.isGroup("质量安全监督管理股")).isFalse();
        assertThat(UnitNames.isGroup("前岐市场监督管理所")).isFalse();
    }

    @Test
    void dropsRoleMarksAndKeepsAnEtcAsWritten() {
        assertThat(UnitNames.split("食品生产安全监督管理股（牵头）、综合执法大队等"))
                .containsExactly("食品生产安全监督管理股", "综合执法大队等");
        assertThat(UnitNames.split("区气象局、区林业局等相关部门。")).containsExactly("区气象局", "区林业局等相关部门");
    }

    @Test
    void keepsTheGovernmentsOfEveryLevelTogetherAndAnEtcInsideTheList() {
        assertThat(UnitNames.split("市税务局、中新苏滁高新区管委会等，各县、市、区政府"))
                .containsExactly("市税务局", "中新苏滁高新区管委会等", "各县、市、区政府");
        assertThat(UnitNames.split("各县（市、区）市场监管局、市公安局")).containsExactly("各县（市、区）市场监管局", "市公安局");
    }

    @Test
    void spacesSeparateNamesButNotTheHalvesOfAWrappedOne() {
        assertThat(UnitNames.split("县水务局\n县住建局 县护城河指挥部")).containsExactly("县水务局", "县住建局", "县护城河指挥部");
        assertThat(UnitNames.split("食品 生产处")).containsExactly("食品生产处");
        assertThat(UnitNames.split("县交通 运输局、县公安局")).containsExactly("县交通运输局", "县公安局");
    }

    @Test
    void aBodyThatAListNamesWithoutItsPlaceIsAUnit() {
        assertThat(UnitGrammar.isUnitName("科协")).isTrue();
        assertThat(UnitGrammar.isUnitName("妇联")).isTrue();
        assertThat(UnitGrammar.isUnitName("中储粮某某直属库")).isTrue();
        assertThat(UnitGrammar.isUnitName("协")).isFalse();
        assertThat(UnitGrammar.isUnitName("数据库")).isFalse();
    }

    @Test
    void aGroupAfterABareLevelIsANameOfItsOwn() {
        assertThat(UnitNames.split("各区、各部门、各单位")).containsExactly("各区", "各部门", "各单位");
        assertThat(UnitNames.split("各镇、有关单位")).containsExactly("各镇", "有关单位");
        assertThat(UnitNames.split("各县、市、区政府")).containsExactly("各县、市、区政府");
        // el01: "各区、县级市" and "各有关区、县级市" are alike every district and county-level city (of those concerned)
        assertThat(UnitNames.split("市科协，各有关区、县级市")).containsExactly("市科协", "各有关区、县级市");
        assertThat(UnitNames.split("市教育局，各区、县级市")).containsExactly("市教育局", "各区、县级市");
    }

    @Test
    void aBareKindOfBodyAfterAGroupOpeningWith各IsOneOfThatGroup() {
        assertThat(UnitGrammar.isUnitNameIn(java.util.List.of("各乡镇", "街道"), 1)).isTrue();
        assertThat(UnitGrammar.isUnitNameIn(java.util.List.of("各村", "学校", "企事业单位"), 1)).isTrue();
        assertThat(UnitGrammar.isUnitNameIn(java.util.List.of("各科室", "中心"), 1)).isTrue();
        // cz10: "各二級學院、系廣泛收集…": a college's departments, as 各科室、中心 are its offices
        assertThat(UnitGrammar.isUnitNameIn(java.util.List.of("各二级学院", "系"), 1)).isTrue();
        assertThat(UnitGrammar.unitsEnding("各乡镇、街道")).containsExactly("各乡镇", "街道");
        // alone, or after a unit that is no group, a kind of body names no one
        assertThat(UnitGrammar.isUnitNameIn(java.util.List.of("街道"), 0)).isFalse();
        assertThat(UnitGrammar.isUnitNameIn(java.util.List.of("县教育局", "学校"), 1)).isFalse();
    }

    @Test
    void theSentenceAUnitsTextRunsOnIntoIsNoPartOfItsName() {
        UnitNames.Roles r = UnitNames.byRole(UnitNames.split("县环境保护局工作要"), UnitNames.split("其他部门全力"));
        assertThat(r.lead()).as("a field cut by a line break: 工作要(求)").containsExactly("县环境保护局");
        assertThat(r.assist()).as("其他部门全力(配合)").containsExactly("其他部门");
        assertThat(UnitNames.byRole(UnitNames.split("各有关单位组织收看"), List.of()).lead()).containsExactly("各有关单位");
        assertThat(UnitNames.byRole(UnitNames.split("县司法局、乡镇人民政府按职责分工"), List.of()).lead())
                .containsExactly("县司法局", "乡镇人民政府");
        assertThat(UnitNames.byRole(UnitNames.split("相关市直单位等如"), List.of()).lead()).containsExactly("相关市直单位");
        assertThat(UnitNames.byRole(UnitNames.split("縣環保局工作要"), List.of()).lead()).containsExactly("縣環保局");
        // names that end like a name keep their words: 组织 of 县委组织部, 工作 of 市局工作组
        assertThat(UnitNames.byRole(UnitNames.split("县委组织部、市局工作组、市财政局等"), List.of()).lead())
                .containsExactly("县委组织部", "市局工作组", "市财政局等");
    }

    @Test
    void aBareLevelAfterEachJoinsOnlyTheLevelsAfterIt() {
        assertThat(UnitNames.split("各县、市、区政府")).containsExactly("各县、市、区政府");
        assertThat(UnitNames.split("各镇、街道物业站、各物业服务企业"))
                .as("every town, and the 街道物业站").containsExactly("各镇", "街道物业站", "各物业服务企业");
    }

    @Test
    void roleWordsInsideALeadCellSortItsUnits() {
        UnitNames.Roles with = UnitNames.byRole(UnitNames.split("县政府政务服务中心、县统计局、会同国家统计局共和调查队"), List.of());
        assertThat(with.lead()).containsExactly("县政府政务服务中心", "县统计局");
        assertThat(with.assist()).containsExactly("国家统计局共和调查队");
        UnitNames.Roles inside = UnitNames.byRole(UnitNames.split("市发展改革委会同市财政局"), UnitNames.split("各区政府"));
        assertThat(inside.lead()).containsExactly("市发展改革委");
        assertThat(inside.assist()).containsExactly("市财政局", "各区政府");
        UnitNames.Roles hosts = UnitNames.byRole(UnitNames.split("局防控办主办、各工作组协办"), List.of());
        assertThat(hosts.lead()).containsExactly("局防控办");
        assertThat(hosts.assist()).containsExactly("各工作组");
        assertThat(UnitNames.byRole(UnitNames.split("市局牵头、各县局配合"), List.of()))
                .isEqualTo(new UnitNames.Roles(List.of("市局"), List.of("各县局")));
        // al10: 参加 says they help too, in the lead list or the assisting one
        assertThat(UnitNames.byRole(List.of("县扶贫开发办", "县民政局参加"), List.of("县医疗保障局等有关部门参加", "各镇街")))
                .isEqualTo(new UnitNames.Roles(List.of("县扶贫开发办"), List.of("县民政局", "县医疗保障局等有关部门", "各镇街")));
        // a unit whose name holds the word stays whole
        assertThat(UnitNames.byRole(UnitNames.split("县委统战部"), List.of()).lead()).containsExactly("县委统战部");
    }

    @Test
    void aCitedRuleCutAtItsLastCharacterIsNoUnit() {
        assertThat(UnitGrammar.isUnitName("退货暂行办")).as("暂行办(法)").isFalse();
        assertThat(UnitGrammar.isUnitName("退货暂行")).as("暂行 ends like 银行").isFalse();
        assertThat(UnitGrammar.isUnitName("县政府办")).isTrue();
    }

    @Test
    void aNoteOfTheRoleInBracketsAfterANameIsNoPartOfIt() {
        assertThat(UnitNames.split("县发改局、县人民银行（按职责分工负责）")).containsExactly("县发改局", "县人民银行");
        assertThat(UnitNames.split("县市场监管局(牵头)、县税务局")).containsExactly("县市场监管局", "县税务局");
        assertThat(UnitNames.split("县委宣传部（县新闻办）")).containsExactly("县委宣传部（县新闻办）");
    }

    @Test
    void aNameThatOpensWithAQuotedWordKeepsItsQuotes() {
        // o10: "文体局、文化馆、“春常在”艺术团"; quotes around a whole name still go
        assertThat(UnitNames.split("文体局、文化馆、“春常在”艺术团")).containsExactly("文体局", "文化馆", "“春常在”艺术团");
        assertThat(UnitNames.split("“安全生产月”活动领导小组")).containsExactly("“安全生产月”活动领导小组");
        assertThat(UnitNames.split("“市文化局”")).containsExactly("市文化局");
    }

    @Test
    void bodiesCalledOrgansAreUnitsButWhoseARightIsIsNone() {
        // au01, bg06: 公安机关, 行政执法机关 are bodies; k20's rule of a contest says whose the last word is
        assertThat(UnitGrammar.isUnitName("公安机关")).isTrue();
        assertThat(UnitGrammar.isUnitName("行政执法机关")).isTrue();
        assertThat(UnitGrammar.isUnitName("本活动最终解释权归省政协办公厅")).isFalse();
    }

    @Test
    void aLineBreakAfterAWholeNamePartsTwoAndOneInsideANameIsWrapping() {
        // corpus-files f05: a narrow 负责小组 column wraps 宣传⏎材料组; q18, w17: 西宁市食药监管局⏎海东, 经管站⏎2
        assertThat(UnitNames.lineBreaksRead("宣传\n材料组")).isEqualTo("宣传材料组");
        assertThat(UnitNames.lineBreaksRead("监督\n审计组")).isEqualTo("监督审计组");
        assertThat(UnitNames.lineBreaksRead("西宁市食药监管局\n海东、各州食药监管局")).isEqualTo("西宁市食药监管局、海东、各州食药监管局");
        assertThat(UnitNames.split(UnitNames.lineBreaksRead("经管站\n2"))).containsExactly("经管站");
    }

    @Test
    void aGroupOfRelatedPlacesAfterAndIsOneOfTheList() {
        // corpus-files f17: "参与定点扶贫工作的各部门（单位）及相关市（州）" names two groups
        assertThat(UnitNames.split("参与定点扶贫工作的各部门（单位）及相关市（州）"))
                .containsExactly("参与定点扶贫工作的各部门（单位）", "相关市（州）");
        assertThat(UnitNames.split("省直各部门及有关县（市、区）")).containsExactly("省直各部门", "有关县（市、区）");
    }

    @Test
    void thePeoplesBodiesAListOfThemNamesAreUnits() {
        // corpus-files f20, f22: 省工商联, 省社科联, 省台联, 省友协, 省作协 among a bracket's units
        assertThat(UnitNames.split("团省委、省工商联、省社科联、省台联、省友协、省作协"))
                .containsExactly("团省委", "省工商联", "省社科联", "省台联", "省友协", "省作协");
        assertThat(org.duban.planreader.unit.UnitGrammar.isUnitName("省工商联")).isTrue();
        assertThat(org.duban.planreader.unit.UnitGrammar.isUnitName("省友协")).isTrue();
    }

    @Test
    void wordsOfTheSentenceAroundANameAreNoneOfIt() {
        // corpus-files f24, f35, f36: "按省政府…", "作为领导班子专题民主生活会…", "明确全局…", "各党支部和党员干部个人都…",
        // "各位局领导和处级领导"
        for (String run : List.of("按省政府", "作为领导班子专题民主生活会", "明确全局", "各党支部都", "各位局领导和处级领导")) {
            assertThat(UnitGrammar.isUnitName(run)).as(run).isFalse();
        }
        assertThat(UnitGrammar.isUnitName("省政府")).isTrue();
        assertThat(UnitGrammar.isUnitName("各党支部")).isTrue();
    }
    /**
     * The names' endings are looked up by a name's last characters, not tried as a pattern at every character: what
     * reads as a name, and what ends like one, is what that pattern said, for every piece of every notice in the corpus
     * and for names with a bracketed note or a line break after them.
     */
    @Test
    void aNamesEndingIsLookedUpAsThePatternOfEndingsFindsIt() {
        Pattern shaped = Pattern.compile("^[\\u4e00-\\u9fa5A-Za-z0-9（）()〔〕·“”\"*＊×_]{1,40}?(" + UnitGrammar.ENDINGS
                + ")([（(〔][\\u4e00-\\u9fa5、，,/]{1,12}[）)〕])?$");
        Pattern ends = Pattern.compile("(?:" + UnitGrammar.ENDINGS + ")(?:[（(〔][^（()）〔〕]{1,12}[）)〕])?$");
        List<String> pieces = Notices.corpusTexts().stream().flatMap(t -> Stream.of(t.split("[，,。；;：:、\\s]+")))
                .filter(p -> !p.isEmpty()).distinct().toList();
        List<String> made = List.of("县市场监督管理局（知识产权局）", "县市场监督管理局(知识产权局", "局（）", "（局）", "局\n", "局\r\n",
                "局（备注）\u2028", "各县（市、区）工商局", "市场监管局（市、县/区）", "所", "a所", "所等", "委员会（办公室）x");
        long names = 0;
        for (String piece : Stream.concat(pieces.stream(), made.stream()).toList()) {
            assertThat(UnitGrammar.isNameShaped(piece)).as(piece).isEqualTo(shaped.matcher(piece).matches());
            assertThat(UnitGrammar.endsLikeAName(piece)).as(piece).isEqualTo(ends.matcher(piece).find());
            names += UnitGrammar.isNameShaped(piece) ? 1 : 0;
        }
        assertThat(pieces.size()).as("pieces of the corpus").isGreaterThan(50_000);
        assertThat(names).as("pieces read as names").isGreaterThan(1000);
    }
    @Test
    void aGatheringBeforeAndIsNoNameOfItsOwn() {
        // ei03: "十五运会和残特奥会广州赛区执委会" is one body, the games' organising committee; 十五运会 is the games
        assertThat(UnitNames.split("十五运会和残特奥会广州赛区执委会、市教育局"))
                .containsExactly("十五运会和残特奥会广州赛区执委会", "市教育局");
        assertThat(UnitNames.split("市体育局和市总工会")).containsExactly("市体育局", "市总工会");
    }
}
