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
    void givesNothingWithoutAnOrdinalOrForAnUnknownCampaign() {
        assertThat(CampaignYear.in("今年5月12日是我国第XX个全国防灾减灾日")).isNull();
        assertThat(CampaignYear.in("第三届大学生知识产权知识竞赛")).isNull();
        assertThat(CampaignYear.in(null)).isNull();
    }
}
