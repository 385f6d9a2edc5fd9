package org.duban.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duban.campaign.CampaignNotice;
import org.junit.jupiter.api.Test;

/** The title and the 主送 line are read from the notice, never guessed. */
class ReportDrafterTest {

    @Test
    void theTitleNamesTheCampaignAsTheNoticeQuotesIt() {
        CampaignNotice notice = notice("福鼎市市场监督管理局2020年“ 质量月 ”活动方案", "建设质量强市 决胜全面小康", List.of());
        assertThat(ReportDrafter.title(notice)).isEqualTo("福鼎市市场监督管理局关于2020年“质量月”活动开展情况的报告");
        assertThat(ReportDrafter.title(notice("计量宣传方案", "计量发展", List.of())))
                .as("no quoted name: the theme").isEqualTo("福鼎市市场监督管理局关于2020年“计量发展”活动开展情况的报告");
    }

    @Test
    void theRecipientIsTheIssuerOfTheNearestUpstreamDocumentWhenTheReferenceNamesIt() {
        assertThat(ReportDrafter.recipient(notice("t", "x", List.of("《市场监管总局等16个部门关于开展2020年全国“质量月”活动的通知》（国市监质〔2020〕133号）",
                "《宁德市市场监管局关于印发2020年宁德市“质量月”活动方案的通知》（宁市监〔2020〕184号）"))))
                .isEqualTo("宁德市市场监管局：");
        assertThat(ReportDrafter.recipient(notice("t", "x", List.of("国市监质〔2020〕133号", "宁市监〔2020〕184号"))))
                .as("a bare 文号 names nobody").isEqualTo(ReportDrafter.BLANK_RECIPIENT);
        assertThat(ReportDrafter.recipient(notice("t", "x", List.of()))).isEqualTo(ReportDrafter.BLANK_RECIPIENT);
    }

    private static CampaignNotice notice(String title, String theme, List<String> references) {
        return new CampaignNotice(title, "福鼎市市场监督管理局", null, null, 2020, List.of(), references, null, theme, null,
                null, null, null, null, null, null, List.of());
    }
}
