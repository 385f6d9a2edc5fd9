package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spaces and digits written in other forms: a copied page's no-break spaces ({@code &nbsp;}), Word's en and em spaces,
 * the ideographic space, zero-width characters, full-width digits. They set out the same columns, labels, signatures
 * and dates as spaces and digits do and read the same (the corpus, its spaces made no-break, had read a fifth of its
 * fields fewer, its digits made full-width 12 % fewer; f46, a real .doc, signs with en spaces).
 */
class PlainCharactersTest {

    @Test
    void aTableSetOutWithNoBreakOrEnSpacesReadsAsWithSpaces() {
        String spaced = new String(Notices.bytes("spaces-pdf-like.txt"), StandardCharsets.UTF_8);
        PlanReader reader = new PlanReader();
        String asSpaced = Notices.reading(reader.readText(spaced));

        assertThat(reader.readText(spaced).tasks()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Notices.reading(reader.readText(spaced.replace(' ', '\u00a0')))).isEqualTo(asSpaced);
        assertThat(Notices.reading(reader.readText(spaced.replace(' ', '\u2002')))).isEqualTo(asSpaced);
        assertThat(Notices.reading(reader.readText(spaced.replace(' ', '\u3000')))).isEqualTo(asSpaced);
        assertThat(Notices.reading(reader.read(spaced.replace(' ', '\u00a0').getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(asSpaced);
    }

    @Test
    void bodiesSigningWithEnSpacesBetweenThemIssueJointly() {
        PlanDraft d = new PlanReader().readText("""
                关于印发2024年农机购置补贴实施方案的通知
                各市、县农业农村局、财政局：
                现将方案印发给你们，请认真贯彻执行。
                海南省农业农村厅\u00a0\u2002\u2002\u2002\u2002海南省财政厅
                2024年7月1日
                """);

        assertThat(d.issuer()).isEqualTo("海南省农业农村厅、海南省财政厅");
        assertThat(d.date()).hasToString("2024-07-01");
    }

    @Test
    void noBreakSpacesAndZeroWidthCharactersInPastedTextHideNoLabel() {
        PlanDraft d = new PlanReader().readText("""
                某县2024年安全生产月活动方案
                一、开展安全宣传咨询日活动
                牵头单位：\u00a0\u00a0县应急管理局\u200b
                配合单位：\u00a0县消防救援大队
                完成时限：\u00a06月16日
                二、开展应急演练
                牵头单位：\u2003\u2003县应急管理局
                完成时限：\u20036月30日前
                """);

        assertThat(d.tasks()).extracting(TaskDraft::lead).containsExactly(List.of("县应急管理局"),
                List.of("县应急管理局"));
        assertThat(d.tasks().get(0).assist()).containsExactly("县消防救援大队");
        assertThat(d.tasks().get(1).end()).hasToString("2024-06-30");
    }

    @Test
    void fullWidthDigitsReadAsDigits() {
        PlanDraft d = new PlanReader().readText("""
                某县２０２４年安全生产月活动方案
                一、开展安全宣传咨询日活动。牵头单位：县应急管理局；完成时限：６月１６日
                二、开展应急演练。牵头单位：县应急管理局；完成时限：６月３０日前
                县安全生产委员会办公室
                ２０２４年５月２０日
                """);

        assertThat(d.date()).hasToString("2024-05-20");
        assertThat(d.tasks()).extracting(TaskDraft::end).extracting(Object::toString)
                .containsExactly("2024-06-16", "2024-06-30");
    }

    /**
     * Lines ended the Windows way, or with spaces after their last word (a copy from a page or a Word file), read as
     * plain lines: the spaces had kept a line broken at a page's width from its next and set a line's end apart as a
     * column (dz06, a PDF's text, 3 of its 18 fields; v02 3 of 12). A text file is read as the same text pasted, its
     * broken lines joined too, and a web address above the text is no line of the page.
     */
    @Test
    void linesEndedTheWindowsWayOrWithSpacesAfterTheirLastWordReadAsPlainOnes() {
        PlanReader reader = new PlanReader();
        for (String name : List.of("dz06-workshop-safety-month-pdf-breaks-2009",
                "v02-city-wangjian-units-brackets-doc")) {
            String text = new String(Notices.corpusText(name), StandardCharsets.UTF_8);
            String plain = Notices.reading(reader.readText(text));

            assertThat(reader.readText(text).tasks()).as(name).hasSizeGreaterThanOrEqualTo(2);
            assertThat(Notices.reading(reader.readText(text.replace("\n", "\r\n")))).as(name).isEqualTo(plain);
            assertThat(Notices.reading(reader.readText(text.replaceAll("(?m)(?<=\\S)$", "  ")))).as(name)
                    .isEqualTo(plain);
            assertThat(Notices.reading(reader.read(text.replaceAll("(?m)(?<=\\S)$", " ").replace("\n", "\r\n")
                    .getBytes(StandardCharsets.UTF_8))))
                    .as(name).isEqualTo(plain);
        }
    }
    /**
     * ff10 broken at a page's width (PlainCharactersCorpusTest): the width fell between a bracketed number's opening
     * bracket and the rest ("…进一步查处。（" / "二）区综合执法局…"), and the broken line was kept apart from the next, which
     * opens like a number: the items under it had been read as a list of their own, half of them lost.
     */
    @Test
    void aBracketedNumberTheWidthBrokeAfterItsBracketIsOneNumberAgain() {
        String page = "四、成员单位工作职责（一）县海洋与渔业局要依据相关法律法规规定，负责加强对海域采砂用海的监督管理工作。"
                + "（二）县综合执法局负责督促、协助属地乡镇对岸线砂场依法进行拆除，并限期清空岸线堆放物。"
                + "（三）县公安局强化对沿海采砂用海水域的治安管理；配合开展联合执法，依法立案查处。"
                + "（四）县交通运输局组织人员参加港口砂场的执法检查，加强沿线运输车辆的管理。"
                + "（五）县自然资源局组织人员参加岸线砂场执法检查，加强业务指导，协助相关执法工作。"
                + "（六）县市场监管局组织人员配合岸线砂场执法检查，对无照经营的砂场依法进行查处。"
                + "（七）乡镇人民政府：负责打击非法采砂相关法律法规的宣传教育工作，并及时报送情况。";
        int width = page.indexOf("（二）") + 1;
        StringBuilder broken = new StringBuilder();
        for (int at = 0; at < page.length(); at += width) {
            broken.append(page, at, Math.min(page.length(), at + width)).append('\n');
        }
        String title = "某县海域采砂管理实施方案\n";
        PlanReader reader = new PlanReader(PlanReader.Options.defaults().withYear(2015));

        assertThat(broken.toString().split("\n")[0]).endsWith("（");
        assertThat(Notices.reading(reader.readText(title + broken)))
                .isEqualTo(Notices.reading(reader.readText(title + page + "\n")));
    }
}
