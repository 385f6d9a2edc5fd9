package org.duban.planreader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The notices under src/test/resources/notices, and the real files under src/test/resources/corpus-files. */
public final class Notices {

    public static final String SEED = "seed-quality-month-2020.txt";

    private Notices() {
    }

    public static byte[] bytes(String name) {
        return resource("/notices/" + name);
    }

    /** A real file of the files' corpus, by its name (f05-sichuan-poverty-day-internal-division-2015.doc). */
    public static byte[] corpusFile(String name) {
        return resource("/corpus-files/" + name);
    }

    /** A real file of the corpus printed to PDF ({@code corpus-files-pdf/}), by its name without {@code .pdf}. */
    public static byte[] corpusPdf(String name) {
        return resource("/corpus-files-pdf/" + name + ".pdf");
    }

    /** A text of the corpus of real notices, by its name without {@code .txt}, its source line and all. */
    public static byte[] corpusText(String name) {
        return resource("/corpus/" + name + ".txt");
    }

    /**
     * Every text of the corpus of real notices, their source lines and all, in the order of their names: the real
     * lines a rule read by hand is compared on with the pattern it replaces.
     */
    public static List<String> corpusTexts() {
        try (Stream<Path> files = Files.list(Paths.get("src/test/resources/corpus"))) {
            List<Path> texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            List<String> read = new java.util.ArrayList<>(texts.size());
            for (Path text : texts) {
                read.add(Files.readString(text));
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Notices.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanDraft read(String name) {
        return new PlanReader().read(bytes(name));
    }

    /** What a reading says, a line for the notice (title, issuer, date) and one for each task, to compare readings. */
    public static String reading(PlanDraft d) {
        StringBuilder sb = new StringBuilder(d.title() + " | " + d.issuer() + " | " + d.date() + "\n");
        d.tasks().forEach(t -> sb.append(t.no()).append(" | ").append(t.content()).append(" | ").append(t.lead())
                .append(" | ").append(t.assist()).append(" | ").append(t.start()).append(" | ").append(t.end())
                .append('\n'));
        return sb.toString();
    }

    public static TaskDraft task(PlanDraft draft, String no) {
        return draft.tasks().stream().filter(t -> t.no().equals(no)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + no + " in " + draft.tasks()));
    }
}
