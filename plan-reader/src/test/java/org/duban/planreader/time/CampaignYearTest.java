package org.duban.planreader.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CampaignYearTest {

    @Test
    void readsTheYearFromTheCampaignsOrdinal() {
        assertThat(CampaignYear.in("第17个世界计量日活动方案")).isEqualTo(2016);
        assertThat(CampaignYear.in("今年9月是第46个全国“质量月”")).isEqualTo(2023);
        assertThat(CampaignYear.in("4月15日将迎来第九个全民国家安全教育日")).isEqualTo(2024);
        assertThat(CampaignYear.in("今年6月是全國第21個“安全生產月”")).isEqualTo(2022);
        assertThat(CampaignYear.in("2022年10月14日是第53届世界标准日")).isEqualTo(2022);
        // set up in 1972 and counted from it: 2023 is the 52nd
        assertThat(CampaignYear.in("6月5日是第52个世界环境日")).isEqualTo(2023);
        assertThat(CampaignYear.in("6月5日是第39个世界环境日")).isEqualTo(2010);
    }

    @Test
    void readsTheYearOfTheOtherDaysAndWeeksBureausCountTheirCampaignsBy() {
        // bm05: a quoted short name between the ordinal and the day's name, and three digits
        assertThat(CampaignYear.in("在第115个“三八”国际劳动妇女节即将到来之际")).isEqualTo(2025);
        assertThat(CampaignYear.in("今年3月22日是第三十一届“世界水日”,3月22日至28日是第三十六届“中国水周”")).isEqualTo(2023);
        assertThat(CampaignYear.in("12月4日是第十个国家宪法日")).isEqualTo(2023);
        assertThat(CampaignYear.in("迎接第21个世界读书日")).isEqualTo(2016);
        assertThat(CampaignYear.in("第34个全国节能宣传周")).isEqualTo(2024);
        assertThat(CampaignYear.in("第七个中国农民丰收节")).isEqualTo(2024);
    }

    @Test
    void givesNothingWithoutAnOrdinalOrForAnUnknownCampaign() {
        assertThat(CampaignYear.in("今年5月12日是我国第XX个全国防灾减灾日")).isNull();
        assertThat(CampaignYear.in("第三届大学生知识产权知识竞赛")).isNull();
        assertThat(CampaignYear.in(null)).isNull();
    }
}
