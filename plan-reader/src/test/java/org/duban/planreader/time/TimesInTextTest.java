package org.duban.planreader.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesInTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", delimiter = '|', textBlock = """
            (一)4月1—11日为宣传发动阶段。                | 4月1—11日
            于9月10日至20日开展质量宣传                  | 9月10日至20日
            9月1-3日，群发公益短信                       | 9月1-3日
            3月20日—4月5日为自查阶段                     | 3月20日—4月5日
            调查摸底阶段(2023年9月15日起至9月25日)       | 2023年9月15日起至9月25日
            2月10日(腊月廿三)前完成氛围营造              | 2月10日(腊月廿三)前
            1——2月份,組建“義務衛生監督隊”               | 1——2月份
            组织实施阶段(2021年12月至2025年上半年)       | 2021年12月至2025年上半年
            6月底前完成整改                              | 6月底前
            学校将于11月9日前后在学生社区举办消防演练    | 11月9日前后
            二〇二〇年九月十五日起开展                   | 2020年9月15日起
            按照国市监质〔2020〕133号要求组织宣传       | none
            3-5月和9-11月,以应届高校毕业生为重点对象     | 3-5月和9-11月
            元月上旬在上良乡举办“三下乡”活动启动仪式    | 1月上旬
            发放10元月票补贴                             | none
            举行4.23日读书日系列活动启动仪式             | 4.23日
            开展6.5世界环境日宣传                        | none
            确保到2032年底，贡山县实现均衡发展目标       | 2032年底
            总局将于2022919日在江苏南京举办宣传周启动仪式 | 2022919日
            第一批2023720日前完成抽查                   | 2023720日前
            贫困现状分析校正（2015年9月10前完成）         | 2015年9月10前
            自受理之日起120日内办结                     | none
            修改意见于2月9日下午下班前报县发改局汇总     | 2月9日下午下班前
            修改完善,并于2月9日晚19:00时前报县政府      | 2月9日晚19:00时前
            3月5日下午在县广场举行启动仪式               | 3月5日
            世界水日当天在市民广场集中宣传               | 世界水日当天
            各中小学于5.12“防灾减灾日”前组织疏散演练    | “防灾减灾日”前
            “中国水周”期间,各地开展节水宣传            | “中国水周”期间
            在“6·26國際禁毒日”當天開展宣傳              | 國際禁毒日”當天
            在“世界认可日”前后组织开展系列活动          | none
            在世界卫生日期间悬挂横幅                     | none
            开展世界水日宣传活动                         | none
            清明节期间(4月2日至4月8日),各村要加强巡山护林 | 清明节期间(4月2日至4月8日)
            8月11日、12日在红星街道办事处举行乒乓球比赛   | 8月11日、12日
            """)
    void findsTheTimeASentenceGivesItsWork(String sentence, String time) {
        assertThat(TimesInText.firstIn(sentence)).isEqualTo(time);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (20__年9月1日-20__年10月30日)         | 20__年9月1日-20__年10月30日
            于20xx年9月1日至20xx年10月30日开展检查 | 20xx年9月1日至20xx年10月30日
            **年9月1日~**年10月30日              | **年9月1日~**年10月30日
            """)
    void aTemplatesMaskedYearsOnBothEndsOfASpanAreTheSpanInThePlansYear(String sentence, String time) {
        assertThat(TimesInText.firstIn(sentence)).isEqualTo(time);
        TimeReading r = TimeText.read(time, 2021, null);

        assertThat(r.start()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(r.end()).isEqualTo(LocalDate.of(2021, 10, 30));
    }

    @Test
    void readsADashThatACopyTurnedIntoOne() {
        TimeReading r = TimeText.read("5月30日一6月4日", 2021, null);

        assertThat(r.start()).isEqualTo(LocalDate.of(2021, 5, 30));
        assertThat(r.end()).isEqualTo(LocalDate.of(2021, 6, 4));
        assertThat(TimeText.read("第一阶段", 2021, null).kind()).isEqualTo(TimeKind.UNPARSED);
        // dt07, bn02: after a month, before the next month or a year
        TimeReading months = TimeText.read("2022年4月一2022年10月", 2022, null);
        assertThat(months.start()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(months.end()).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(TimeText.read("4月一12月", 2023, null).end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(TimesInText.firstIn("第二阶段(2022年4月一2022年10月)。各村全面整治")).isEqualTo("2022年4月—2022年10月");
    }

    @Test
    void aRangesDashSetTwiceInAnyOfItsForms() {
        // fe04: "1997年10月――1998年2月" (the horizontal bar a GB2312 copy writes for ——, twice); cp09: "4月22日--25日"
        // (two hyphens): the range had been read as its first month or day alone
        TimeReading bars = TimeText.read(TimesInText.firstIn("（三）第三阶段。1997年10月――1998年2月，由登记管理机关审定。"), 1997,
                null);
        assertThat(bars.start()).isEqualTo(LocalDate.of(1997, 10, 1));
        assertThat(bars.end()).isEqualTo(LocalDate.of(1998, 2, 28));
        TimeReading hyphens = TimeText.read(TimesInText.firstIn("3.图书集市广场(4月22日--25日)"), 2024, null);
        assertThat(hyphens.start()).isEqualTo(LocalDate.of(2024, 4, 22));
        assertThat(hyphens.end()).isEqualTo(LocalDate.of(2024, 4, 25));
    }

    @Test
    void aTasksTimeIsTheDatesAmongItsWords() {
        TimeReading r = TimeText.readAmongWords("夏季麦收前（5月30日—6月4日）、秋季秋收前（9月20日—9月30日）", 2021, null);

        assertThat(r.start()).isEqualTo(LocalDate.of(2021, 5, 30));
        assertThat(r.end()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(TimeText.read("夏季麦收前（5月30日—6月4日）", 2021, null).kind()).isEqualTo(TimeKind.UNPARSED);
        assertThat(TimeText.readAmongWords("麦收前后", 2021, null).kind()).isEqualTo(TimeKind.UNPARSED);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", delimiter = '|', textBlock = """
            xx月xx日，组织大学生知识产权知识竞赛决赛      | xx月xx日
            xx月xx日—23日，开展查处假冒专利专项行动        | xx月xx日—23日
            5月_日，开展一次街头宣传活动                   | 5月_日
            xx日报发布白皮书                               | none
            """)
    void findsATemplatesDateWithItsDigitsMaskedAsWritten(String sentence, String time) {
        assertThat(TimesInText.firstIn(sentence)).isEqualTo(time);
    }

    @Test
    void thePeriodAReportCoversIsNotTheTimeItIsHeard() {
        // ch08: a supervision plan hears a report on January to July, in September
        assertThat(TimesInText.firstIn("听取和审议省人民政府关于2024年1至7月国民经济和社会发展计划执行情况的报告。"
                + "报告拟安排在9月份举行的省人大常委会会议上听取和审议。")).isEqualTo("9月份");
        assertThat(TimesInText.firstIn("聽取和審議省人民政府關于2023年度環境狀況的報告")).isNull();
        // a 关于 that opens no report's name keeps its times
        assertThat(TimesInText.firstIn("关于9月底前完成整改的要求")).isEqualTo("9月底前");
    }

    @Test
    void aRangeWithAHorizontalBarWhoseLastDayLostItsDay() {
        assertThat(TimesInText.firstIn("迎接国务院督查组检查阶段(8月20日―9月10)")).isEqualTo("8月20日―9月10");
        assertThat(TimesInText.firstIn("6月1日至9月30，各所开展检查")).isEqualTo("6月1日至9月30");
        assertThat(TimesInText.firstIn("6月1日至9月30日")).isEqualTo("6月1日至9月30日");
        assertThat(TimesInText.firstIn("6月1日至9月3.5万户")).isEqualTo("6月1日至9月");
    }

    @Test
    void monthsOfAYearOtherThanThePlansKeepTheirYear() {
        // ee05 (and eight more notices write it so): a plan of 2012 whose step runs over 2011年9-12月
        assertThat(TimesInText.firstIn("（二）整治基本达标阶段(2011年9-12月)。")).isEqualTo("2011年9-12月");
        TimeReading r = TimeText.readAmongWords("2011年9-12月", 2012, null);
        assertThat(r.start()).isEqualTo(LocalDate.of(2011, 9, 1));
        assertThat(r.end()).isEqualTo(LocalDate.of(2011, 12, 31));
    }

    @Test
    void fromTodayWithADashUntilADay() {
        assertThat(TimesInText.firstIn("（一）动员部署阶段（即日-4月10日）。")).isEqualTo("即日-4月10日");
        TimeReading r = TimeText.readAmongWords("即日-4月10日", 2025, null);
        assertThat(r.start()).isNull();
        assertThat(r.end()).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void aRangeWhoseDashTheCopyLostIsOneTime() {
        // bm01, w02, at06, al01: "5月2日7日", "4月1日4月30日", the second day right after the first's 日
        assertThat(TimesInText.firstIn("自查阶段(5月2日7日),各有关乡镇对四乱现象摸底造册")).isEqualTo("5月2日7日");
        assertThat(TimesInText.firstIn("活动时间:4月1日4月30日")).isEqualTo("4月1日4月30日");
    }

    @Test
    void aRangeWhoseDaysBothLostTheirDayMarkIsOneTime() {
        // ce10: "(20xx年10月10至10月15)", each day with its month, neither with its 日
        assertThat(TimesInText.firstIn("策划准备阶段(20xx年10月10至10月15)。镇综治办制定宣传方案")).isEqualTo("20xx年10月10至10月15");
        assertThat(TimesInText.firstIn("集中公示阶段(6月10至6月15)")).isEqualTo("6月10至6月15");
    }
    @Test
    void yearsCountedOffFromNowAreNoYearOfThePlans() {
        // el01: "5年内市、区两级重点引进…" is a span of five years from now, not 年内 (within the plan's year)
        assertThat(TimesInText.firstIn("5年内市、区（县级市）两级重点引进1万名紧缺人才。")).isNull();
        assertThat(TimesInText.firstIn("两年内对其行政区域内企业申请企业债券实行“直通车”机制。")).isNull();
        assertThat(TimesInText.firstIn("年内完成全部整改任务。")).isEqualTo("年内");
        assertThat(TimesInText.firstIn("2012年年内完成。")).isNotNull();
    }
}
