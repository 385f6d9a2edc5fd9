package org.duban.planreader.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.duban.planreader.Notices;
import org.junit.jupiter.api.Test;

class LegacyWordLayoutTest {

    /**
     * Apache POI's own test document of lists (test-data/document/Lists.doc, Apache License 2.0): bulleted lists, an
     * ordered list and a multi-level ordered list whose numbers (1., 2.1., 2.2.2.1.) Word writes itself.
     */
    private static List<Block> lists() throws IOException {
        try (InputStream in = LegacyWordLayoutTest.class.getResourceAsStream("/notices/poi-test-data-lists.doc")) {
            return LegacyWordLayout.blocks(in.readAllBytes());
        }
    }

    /** corpus-files f05: a real document of a Sichuan bureau's OA, with a Word-numbered item and tracked changes. */
    private static List<Block> sichuanDivision() throws IOException {
        return LegacyWordLayout.blocks(Notices.corpusFile("f05-sichuan-poverty-day-internal-division-2015.doc"));
    }

    @Test
    void theNumbersAnOldWordDocumentWritesItselfArePartOfItsLines() throws IOException {
        List<String> lines = lists().stream().filter(b -> b instanceof Block.Line).map(b -> ((Block.Line) b).text())
                .toList();

        assertThat(lines).containsSubsequence("1. Ordered list 1", "2. OL 2", "3. OL 3");
        assertThat(lines).containsSubsequence("1. OL 1", "2. OL 2", "2.1. OL 2.1", "2.2. OL 2.2", "2.2.1. OL 2.2.1",
                "2.2.2.1. OL 2.2.2.1", "2.2.3. OL 2.2.3", "3. OL 3");
        // bullets are no numbers
        assertThat(lines).contains("Unordered list 1", "Tick 1");
    }

    @Test
    void aChineseOfficesCountingListWritesItsChineseNumbers() throws IOException {
        // corpus-files f05, a Sichuan bureau's OA document: typed 一、 and 二、, then 三、公益募捐组 that Word numbers itself
        // in the old format's counting style 11 (一, 二, 三 as Chinese Word shows it)
        List<String> lines = sichuanDivision().stream().filter(b -> b instanceof Block.Line)
                .map(b -> ((Block.Line) b).text()).toList();

        assertThat(lines).anyMatch(l -> l.startsWith("三、公益募捐组"));
        assertThat(lines).noneMatch(l -> l.startsWith("3、公益募捐组"));
    }

    @Test
    void aDeletionWordStillKeepsIsNoPartOfTheText() throws IOException {
        // corpus-files f05: a 负责小组 cell edited with tracked changes, 宣传材料 deleted and 综合 inserted
        List<String> cells = sichuanDivision().stream().filter(b -> b instanceof Block.Table)
                .flatMap(b -> ((Block.Table) b).rows().stream()).flatMap(List::stream).toList();

        assertThat(cells).contains("综合组");
        assertThat(cells).noneMatch(c -> c.contains("材料综合组"));
    }
}
