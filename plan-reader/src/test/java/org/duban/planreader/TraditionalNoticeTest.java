package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duban.planreader.text.Hans;
import org.junit.jupiter.api.Test;

/**
 * A notice in traditional characters (a mirror site's copy, a Hong Kong or Taiwan template) reads as its simplified
 * twin does, and is answered in its own characters. The corpus turned into traditional characters once read
 * differently in 97 of its 480 notices: rules that looked at the text as written missed 請, 牽頭, 配合部門.
 */
class TraditionalNoticeTest {

    private static final String SIMPLIFIED = """
            残疾预防日活动方案
            一、请各区残联、市残联各部室、各直属单位于8月15日前报送本区、本部室、本单位活动计划。
            二、开展宣传活动
            序号 | 活动内容 | 时间 | 牵头单位 | 配合单位 |
            1 | 残疾预防知识进社区 | 8月25日 | 区残联 | 区卫生健康局、各街道办事处 |
            2 | 康复服务咨询 | 8月下旬 | 市康复中心 | 区残联 |
            """;
    /** The same notice as a mirror site copies it. */
    private static final String TRADITIONAL = Hans.traditional(SIMPLIFIED);

    private static PlanDraft read(String text, UnitDirectory directory) {
        PlanReader.Options options = PlanReader.Options.defaults().withYear(2024);
        return new PlanReader(directory == null ? options : options.withDirectory(directory)).readText(text);
    }

    @Test
    void readsAsItsSimplifiedTwinAndAnswersInItsOwnCharacters() {
        PlanDraft simplified = read(SIMPLIFIED, null);
        PlanDraft traditional = read(TRADITIONAL, null);

        assertThat(traditional.title()).isEqualTo("殘疾預防日活動方案");
        assertThat(traditional.tasks()).hasSameSizeAs(simplified.tasks()).hasSize(2);
        assertThat(traditional.tasks().get(0).content()).isEqualTo("殘疾預防知識進社區");
        assertThat(traditional.tasks().get(0).lead()).containsExactly("區殘聯");
        assertThat(traditional.tasks().get(0).assist()).containsExactly("區衛生健康局", "各街道辦事處");
        assertThat(traditional.tasks().get(1).end()).isEqualTo(LocalDate.of(2024, 8, 31));
        for (int i = 0; i < 2; i++) {
            TaskDraft s = simplified.tasks().get(i);
            TaskDraft t = traditional.tasks().get(i);
            assertThat(List.of(t.start(), t.end())).isEqualTo(List.of(s.start(), s.end()));
            assertThat(t.lead()).hasSameSizeAs(s.lead());
            assertThat(t.assist()).hasSameSizeAs(s.assist());
        }
    }

    @Test
    void bracketedNumeralsACopyReadOneByteLateAreStillTheItemsNumbers() {
        // di07, dw09, bb06, ds03, cm02 and eight more: （一） （二） （四） decoded from GBK a byte late, after a 。
        PlanDraft d = read("""
                防溺水安全教育活動方案
                。ㄒ唬┙M織一次專題講話,由校辦公室負責。
                。ǘ﹨⒂^防溺水展板,由德育處負責。
                。ㄋ模┙M織好防溺水教育,由團委負責。
                """, null);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("（一）", "（二）", "（四）");
        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("校辦公室"), List.of("德育處"),
                List.of("團委"));
    }

    @Test
    void aRequestToTheUnitsIsNoPartOfTheirNames() {
        // aa06 in traditional characters: "請各區殘聯、…於8月15日前報送" named 請各區殘聯 as a unit
        PlanDraft d = read("""
                殘疾預防日活動方案
                一、請各區殘聯、市殘聯各部室、各直屬單位於8月15日前報送本區、本部室、本單位活動計劃。
                二、請各區殘聯將活動信息及時報送市殘聯宣文部。
                """, null);

        assertThat(d.tasks().get(0).lead()).containsExactly("各區殘聯", "市殘聯各部室", "各直屬單位");
        assertThat(d.tasks().get(0).content()).startsWith("請各區殘聯");
    }

    @Test
    void theOlderVariantsOfTraditionalCharactersReadAsTheCommonOnes() {
        // bc06: "排在首位的爲牽頭單位" with 爲 for 為; h05 and a12 write 爲, ar02 産 for 產
        PlanDraft d = read("""
                降低企業成本若干措施
                1.全市城鎮土地使用稅稅額標准下調。(責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同)
                2.落實印花稅核定征收管理辦法。(責任單位:市稅務局)
                """, null);

        assertThat(d.tasks().get(0).lead()).containsExactly("市稅務局");
        assertThat(d.tasks().get(0).assist()).containsExactly("市財政局");
        assertThat(Hans.simplified("爲農業生産服務")).isEqualTo("为农业生产服务");
    }

    @Test
    void unitsTheDirectoryKnowsInTraditionalCharactersAreKnown() {
        UnitDirectory directory = UnitDirectory.of(List.of("區殘聯", "區衛生健康局", "各街道辦事處", "市康復中心"));

        PlanDraft d = read(TRADITIONAL, directory);

        assertThat(d.warnings()).noneMatch(w -> w.code().equals(Warning.UNKNOWN_UNIT));
        assertThat(read(TRADITIONAL.replace("市康復中心", "市康復醫院"), directory).warnings())
                .anySatisfy(w -> {
                    assertThat(w.code()).isEqualTo(Warning.UNKNOWN_UNIT);
                    assertThat(w.message()).contains("市康復醫院");
                });
    }
}
