package org.duban.planreader.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTextTest {

    private static final LocalDate NOTICE_DATE = LocalDate.of(2020, 9, 8);

    @ParameterizedTest(name = "{0} → {1}..{2}")
    @CsvSource(nullValues = "open", textBlock = """
            9月1日-3日,              2020-09-01, 2020-09-03
            5月2日7日,               2020-05-02, 2020-05-07
            4月1日4月30日,           2020-04-01, 2020-04-30
            6月7日——14日,            2020-06-07, 2020-06-14
            5月7日——5月8日,          2020-05-07, 2020-05-08
            9月3日,                  2020-09-03, 2020-09-03
            9月,                     2020-09-01, 2020-09-30
            9月份,                   2020-09-01, 2020-09-30
            9月-10月,                2020-09-01, 2020-10-31
            8-11月,                  2020-08-01, 2020-11-30
            2021年2—4月,             2021-02-01, 2021-04-30
            9—12月,                  2020-09-01, 2020-12-31
            8-9月,                   2020-08-01, 2020-09-30
            2020年9月1日至9月30日,    2020-09-01, 2020-09-30
            2021年3月1日至3月31日,    2021-03-01, 2021-03-31
            6月底前,                 open,       2020-06-30
            2020 年 6 底前,          open,       2020-06-30
            2020 年底前,             open,       2020-12-31
            2020—2021 年底前,        2020-01-01, 2021-12-31
            1031日前,                open,       2020-10-31
            2020年9月10前,           open,       2020-09-10
            全国“质量月”期间,        2020-09-01, 2020-09-30
            世界水日当天,            2020-03-22, 2020-03-22
            “防灾减灾日”前,          open,       2020-05-12
            “中国水周”期间,          2020-03-22, 2020-03-28
            國際禁毒日當天,          2020-06-26, 2020-06-26
            119消防日,               2020-11-09, 2020-11-09
            安全生产月期间,          2020-06-01, 2020-06-30
            2020919日,               2020-09-19, 2020-09-19
            6月30日前,               open,       2020-06-30
            6月前,                   open,       2020-05-31
            9月上旬,                 2020-09-01, 2020-09-10
            9月中旬,                 2020-09-11, 2020-09-20
            9月下旬,                 2020-09-21, 2020-09-30
            2月下旬,                 2020-02-21, 2020-02-29
            上半年,                  2020-01-01, 2020-06-30
            下半年,                  2020-07-01, 2020-12-31
            第三季度,                2020-07-01, 2020-09-30
            三季度,                  2020-07-01, 2020-09-30
            第4季度,                 2020-10-01, 2020-12-31
            年底前,                  open,       2020-12-31
            全年,                    2020-01-01, 2020-12-31
            2021,                    2021-01-01, 2021-12-31
            2021年,                  2021-01-01, 2021-12-31
            4.23日,                  2020-04-23, 2020-04-23
            九月,                    2020-09-01, 2020-09-30
            十二月,                  2020-12-01, 2020-12-31
            九月三十日前,             open,       2020-09-30
            ９月１日－３日,           2020-09-01, 2020-09-03
            １０月１５日前,           open,       2020-10-15
            9月1日起,                2020-09-01, open
            9月起长期坚持,            2020-09-01, open
            9月中旬-10月上旬,         2020-09-11, 2020-10-10
            12月至次年2月,            2020-12-01, 2021-02-28
            11月-1月,                2020-11-01, 2021-01-31
            9月21日上午9点,           2020-09-21, 2020-09-21
            6月11日10时,             2020-06-11, 2020-06-11
            6月9日(星期四)上午10时至11时, 2020-06-09, 2020-06-09
            3月15日上午8点开始至下午16时结束, 2020-03-15, 2020-03-15
            3月5日晚上6点整,          2020-03-05, 2020-03-05
            9月15日10时起,            2020-09-15, open
            6月30日24时前,            open,       2020-06-30
            3月28日当天,              2020-03-28, 2020-03-28
            3 月 27 日前后,           2020-03-27, 2020-03-27
            元月中旬,                 2020-01-11, 2020-01-20
            2020.9.1-2020.9.30,      2020-09-01, 2020-09-30
            9.1-9.15,                2020-09-01, 2020-09-15
            9月1日至30日,             2020-09-01, 2020-09-30
            9月、11月,               2020-09-01, 2020-11-30
            即日起至9月30日,          2020-09-08, 2020-09-30
            9月底,                   open,       2020-09-30
            9月中下旬,                2020-09-11, 2020-09-30
            9月上中旬,                2020-09-01, 2020-09-20
            三季度末,                 open,       2020-09-30
            2020.09,                 2020-09-01, 2020-09-30
            2020.4-2020.12,          2020-04-01, 2020-12-31
            2020.06-2020.10,         2020-06-01, 2020-10-31
            2020年9月至12月,          2020-09-01, 2020-12-31
            10月1日至7日（国庆期间）,   2020-10-01, 2020-10-07
            清明节期间(4月2日至4月8日), 2020-04-02, 2020-04-08
            春节期间（2月10日—17日）,  2020-02-10, 2020-02-17
            6月1日、2日、3日、4日(四天), 2020-06-01, 2020-06-04
            4月10日、17日,             2020-04-10, 2020-04-17
            二〇二〇年九月八日,         2020-09-08, 2020-09-08
            二○二○年九月八日,         2020-09-08, 2020-09-08
            二O二O年九月八日,         2020-09-08, 2020-09-08
            9月15日前完成,             open,       2020-09-15
            9月17周五下午,              2020-09-17, 2020-09-17
            9月19日（星期六）,          2020-09-19, 2020-09-19
            '5、6月',                  2020-05-01, 2020-06-30
            '9、10月',                 2020-09-01, 2020-10-31
            '2020年3、4、5月份',        2020-03-01, 2020-05-31
            2月9日下午下班前,           open,       2020-02-09
            2月9日晚19:00时前,          open,       2020-02-09
            """)
    void readsTimeTextsIntoWindowsInThePlansYear(String text, LocalDate start, LocalDate end) {
        TimeReading reading = TimeText.read(text, 2020, NOTICE_DATE);

        assertThat(reading.kind()).isEqualTo(TimeKind.WINDOW);
        assertThat(reading.start()).isEqualTo(start);
        assertThat(reading.end()).isEqualTo(end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"长期坚持", "持续开展", "常态化", "长期", "常态化开展", "每月5日前", "定期开展"})
    void standingWorkHasNoWindowAndSaysSo(String text) {
        assertThat(TimeText.read(text, 2020, NOTICE_DATE).kind()).isEqualTo(TimeKind.ONGOING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"另行通知", "视情况而定", "13月", "9月31日", "2月30日-3月1日", "10月-9月5日前后"})
    void textThatIsNoDateIsUnparsedRatherThanGuessed(String text) {
        TimeReading reading = TimeText.read(text, 2020, NOTICE_DATE);

        assertThat(reading.kind()).isEqualTo(TimeKind.UNPARSED);
        assertThat(reading.start()).isNull();
        assertThat(reading.end()).isNull();
    }

    @Test
    void anEmptyCellIsNoTime() {
        assertThat(TimeText.read("  ", 2020, NOTICE_DATE).kind()).isEqualTo(TimeKind.NONE);
        assertThat(TimeText.read(null, 2020, NOTICE_DATE).kind()).isEqualTo(TimeKind.NONE);
    }

    @Test
    void anExplicitYearInTheTextBeatsThePlansYear() {
        TimeReading reading = TimeText.read("2021年1月-3月", 2020, NOTICE_DATE);

        assertThat(reading.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(reading.end()).isEqualTo(LocalDate.of(2021, 3, 31));
    }
}
