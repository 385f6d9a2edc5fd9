package org.duban.planreader.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.planreader.Notices;
import org.junit.jupiter.api.Test;

/** How a stream of cells is read where the page ran on with itself: a cell bared in one pass, no header of dozens. */
class CellStreamTest {

    @Test
    void aCellIsBaredAsThePatternOfSpacesAndNotesBaredIt() {
        Pattern spacesAndNotes = Pattern.compile("\\s|[（(][^）)]*[）)]");
        List<String> lines = Notices.corpusTexts().stream().flatMap(String::lines).toList();
        List<String> made = List.of("(信用风险分类)要求", "要求（", "（a）b（c", "a (b) c", "（）", "((a))b", "a\t\nb", "（a)b）c", "");
        long bared = 0;
        for (String line : Stream.concat(lines.stream(), made.stream()).toList()) {
            String expected = spacesAndNotes.matcher(line).replaceAll("");
            assertThat(CellStream.bare(line)).as(line).isEqualTo(expected);
            bared += expected.equals(line) ? 0 : 1;
        }
        assertThat(bared).as("lines with spaces or notes").isGreaterThan(10_000);
        assertThat(CellStream.bare("(信用风险分类)要求")).isEqualTo("要求");
    }

    @Test
    void wordsOfAHeaderRepeatedDozensOfTimesAreNoHeaderOfDozensOfColumns() {
        // a spot-check table copied with one space between cells, a line of it run on with itself (检查主体 抽查检查 …):
        // cut at its spaces, its words made a header of 57 columns, and laying the rows under it took minutes
        List<String> header = List.of("序号", "检查事项", "检查对象", "检查主体", "完成时限");
        List<String> rows = List.of("1", "食品生产监督检查", "食品生产企业", "区市场监管局", "7月—10月", "2", "计量监督检查", "加油站",
                "区市场监管局", "3月—9月", "3", "特种设备检查", "使用单位", "区市场监管局", "5月");
        List<String> runOn = new java.util.ArrayList<>(header);
        for (int i = 0; i < 26; i++) {
            runOn.addAll(List.of("检查主体", "抽查检查"));
        }
        runOn.addAll(rows);

        assertThat(CellStream.at(Stream.concat(header.stream(), rows.stream()).toList(), 0)).isNotNull();
        assertThat(CellStream.at(runOn, 0)).isNull();
    }
}
