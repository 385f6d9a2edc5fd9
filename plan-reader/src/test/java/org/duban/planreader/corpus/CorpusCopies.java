package org.duban.planreader.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.duban.planreader.Notices;
import org.duban.planreader.PlanReader;

/**
 * The corpus read as written and as a copy of each notice: the measure of the corpus tests that render the notices as
 * real copies are (other spaces, a page's numbers, labels in other words…). A copy is made from a notice's place in
 * the corpus (to take turns among ways) and its text without the source line.
 */
final class CorpusCopies {

    private CorpusCopies() {
    }

    /** The reader the copies are read with: no year given, the fallback one far off. */
    static PlanReader reader() {
        return new PlanReader(PlanReader.Options.defaults().withFallbackYear(2099));
    }

    /** The notices (file names) whose copy reads otherwise than the notice: title, issuer, date and every task. */
    static List<String> readingOtherwise(BiFunction<Integer, String, String> copy) throws IOException {
        PlanReader reader = reader();
        List<String> differ = new ArrayList<>();
        int n = 0;
        for (Path txt : CorpusTest.notices()) {
            String text = CorpusTest.withoutSourceLine(Files.readString(txt, StandardCharsets.UTF_8));
            String copied = copy.apply(n++, text);
            if (!Notices.reading(reader.readText(copied)).equals(Notices.reading(reader.readText(text)))) {
                differ.add(txt.getFileName().toString());
            }
        }
        return differ;
    }

    /**
     * The fields right over the notices whose truth (its JSON) {@code taken} accepts: {as written, as copied}.
     */
    static int[] fieldsRight(Predicate<String> taken, BiFunction<Integer, String, String> copy) throws IOException {
        PlanReader reader = reader();
        int[] right = new int[2];
        int n = 0;
        for (Path txt : CorpusTest.notices()) {
            String name = txt.getFileName().toString().replace(".txt", "");
            String json = Files.readString(txt.resolveSibling(name + ".json"));
            if (!taken.test(json)) {
                continue;
            }
            Truth truth = Truth.parse(name, json);
            String text = CorpusTest.withoutSourceLine(Files.readString(txt, StandardCharsets.UTF_8));
            right[0] += Score.of(truth, reader.readText(text)).correct();
            right[1] += Score.of(truth, reader.readText(copy.apply(n++, text))).correct();
        }
        return right;
    }
}
