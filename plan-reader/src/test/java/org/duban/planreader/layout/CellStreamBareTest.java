package org.duban.planreader.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A cell without its spaces and bracketed note, as a header word is compared, read in one pass. */
class CellStreamBareTest {

    @Test
    void aCellIsBaredAsThePatternOfSpacesAndNotesBaredIt() throws IOException {
        Pattern spacesAndNotes = Pattern.compile("\\s|[（(][^）)]*[）)]");
        List<String> lines;
        try (Stream<Path> files = Files.list(Paths.get("src/test/resources/corpus"))) {
            lines = files.filter(f -> f.toString().endsWith(".txt")).sorted().flatMap(f -> {
                try {
                    return Files.readString(f).lines();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
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
}
