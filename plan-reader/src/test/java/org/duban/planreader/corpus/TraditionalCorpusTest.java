package org.duban.planreader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.PlanReader;
import org.duban.planreader.TaskDraft;
import org.duban.planreader.text.Hans;
import org.junit.jupiter.api.Test;

/**
 * Every corpus notice, copied into traditional characters as mirror sites copy notices, reads as the notice itself:
 * the same title, issuer, date and tasks (compared in simplified characters). Before the reader read such a copy as
 * its simplified twin, 97 of the 480 read differently (a leading 請 taken into a unit's name, 配合部門 not seen as a
 * label, a document site's furniture not known).
 */
class TraditionalCorpusTest {

    @Test
    void aTraditionalCopyOfEachNoticeReadsAsTheNoticeItself() throws IOException {
        PlanReader reader = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2099));
        List<String> differ = new ArrayList<>();
        for (Path txt : CorpusTest.notices()) {
            String text = CorpusTest.withoutSourceLine(Files.readString(txt, StandardCharsets.UTF_8));
            String copy = Hans.traditional(text);
            String read = signature(reader.readText(text));
            String readFromCopy = signature(reader.readText(copy));
            if (!read.equals(readFromCopy)) {
                differ.add(txt.getFileName() + "\n" + read + "\n→\n" + readFromCopy);
            }
        }
        assertThat(differ).as("notices whose traditional copy reads otherwise").isEmpty();
    }

    @Test
    void theCopyIsInTraditionalCharactersAndComesBack() {
        String text = "关于印发2020年“质量月”活动方案的通知：牵头单位为县市场监督管理局，配合单位为各乡镇人民政府。";

        String copy = Hans.traditional(text);

        assertThat(copy).contains("關於印發", "質量月", "牽頭單位", "縣市場監督管理局", "配合單位", "鄉鎮");
        assertThat(Hans.simplified(copy)).isEqualTo(text);
    }

    private static String signature(PlanDraft d) {
        StringBuilder b = new StringBuilder();
        b.append(Hans.simplified(d.title())).append(" | ").append(Hans.simplified(d.issuer())).append(" | ")
                .append(d.date()).append(" | ").append(d.year()).append('\n');
        for (TaskDraft t : d.tasks()) {
            b.append(Hans.simplified(t.no())).append(" | ").append(Hans.simplified(t.content())).append(" | ")
                    .append(t.start()).append(" | ").append(t.end()).append(" | ")
                    .append(Hans.simplified(String.join("、", t.lead()))).append(" | ")
                    .append(Hans.simplified(String.join("、", t.assist()))).append('\n');
        }
        return b.toString();
    }
}
