package org.duban.planreader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.PlanReader;
import org.junit.jupiter.api.Test;

/**
 * Reads every real file under {@code corpus-files/} (Word .doc and .docx, Excel, PDF, as bureaus attach them to their
 * notices; the format told by the bytes, as an upload's is) and compares it with its hand-made truth, beside it as
 * {@code NAME.json} with the same fields as the text corpus's (its {@code source} names the repository, commit and
 * path the file was taken from). Prints the field accuracy per file (also to {@code target/files-corpus-report.md})
 * and fails below the floor. The text corpus holds what pages show; these are the files behind such pages, whose
 * automatic numbering, tables and fields no copied text keeps.
 */
class FilesCorpusTest {

    /**
     * Fields right over all files together. Raised as the reader improves; never lowered for a change to it. History:
     * 0.542 (448 of 826 fields, tasks found in 7 of 7) when the first seven files were scored, before any rule was
     * written from them (the session after stop 38); 0.844 (448 of 531) once a PDF's printed lines were joined into
     * their paragraphs and the rules a notice attaches were no longer read as its work (f02, 67 tasks found → 8);
     * 0.859 once Word's Chinese counting lists and a unit cell's wrapped lines were read. Then seven more files of the
     * same OA (f08–f14), scored as they came in: 0.643 (351 of 546; f09's 16 rows found, none paired), all 14 files
     * 0.749 (807 of 1077), tasks found in 13 of 14; 0.830 (848 of 1022) once a table's results with their times were
     * its rows' work beside a measure merged over them (f09 0.01 → 0.40); 0.832 once an old Word file's tracked
     * deletions were no part of its text (f12, f13; f05's truth brought to the changes accepted); 0.840 once a header
     * that names only its number and its units heads the numbered rows below it (f07 0.87 → 0.99); 0.884 (873 of 987)
     * once a table Word broke off at a page went on under its header (f09 0.40 → 0.78); 0.887 once a title block could
     * run over four lines. Then four more files of the same OA (f15–f18, collected at that session's end), scored as
     * they came in: 0.748 (237 of 317), tasks found in 4 of 4; all 18 files 0.853 (1112 of 1304); 0.857 once items
     * numbered in full-width digits (３、) were items; 0.888 once a part beside labelled sections was work where its
     * items say who does them (f15, f17). Then two more files of the same OA (f19 a rectification plan of 61 labelled
     * problems and measures, f20 a campaign notice with bracketed units and a Word table; the session after stop 39),
     * scored as they came in after that rule and none from them: 0.343 (220 of 641), tasks found in 2 of 2; all 20
     * files 0.708 (1378 of 1945), the floor set there until rules from them raise it; 0.827 once items with their own
     * time field beside labelled sections were work (f19's leaders' measures, 72 → 302 of 328); 0.830 once a Party group
     * signed and 负责人 named people. Then four more of the same OA (f21 a monthly 督办 ledger of 149 rows, f22 a draft
     * opinion with bracketed units, f23 a plan with its units in sentences, f24 dated stages), scored as they came in
     * after those rules and none from them: 0.344 (367 of 1067), tasks found in 2 of 4; all 24 files 0.658 (1981 of
     * 3012), the floor set there until rules from them raise it; 0.702 once a table of the comments on a draft (修改意见
     * | 处理结果) was no table of work and the note that the unit 列在首位 leads was read (f22 2 → 81 of 98); 0.849 once a
     * ledger's rows were the unit its group's row across it names and the day they were handed down (部署时间) no time
     * (f21 299 → 734 of 748). Then four more of the same OA (f25 a 督查分工表 with merged cells, f26 dated stages, f27 a
     * meeting's decisions, f28 a schedule table without a year), scored as they came in after those rules and none from
     * them: 0.739 (260 of 352), tasks found in 4 of 4; all 28 files 0.838 (2763 of 3299); 0.855 once months listed
     * under one 月 (5、6月) were read and a schedule's cell said who organises and who takes part (f28 65 → 101 of 103).
     * Then four more of the same OA (f29–f31 meetings' minutes with decisions to carry out, f32 a plan of working groups
     * and their duties), scored as they came in after those rules and none from them: 0.351 (129 of 367), tasks found
     * in 3 of 4; all 32 files 0.804 (2932 of 3646); 0.810 once a decision's 由…副局长牵头，规划处抓落实 named the 处, a
     * leader's title no body, and a decision whose points alone name units was one task of theirs (f29, f31); 0.829
     * once a working group's duties counted off inline were its tasks, its paragraph no flattened document (f32 23 →
     * 88 of 88); 0.862 once a meeting's minutes had their decisions read as its tasks (f30 1 → 36 of 43). Then five
     * more of the same OA (f33 a 督查 plan's table of groups, f34 a survey's groups on lines of their own, f35 and f36
     * minutes, f37 a draft plan with its deadlines in a list apart), scored as they came in after those rules and none
     * from them: 0.429 (90 of 210), tasks found in 4 of 5; all 37 files 0.838 (3150 of 3761); 0.846 once a group by
     * its number was no unit and a table's unknown header words its header (f33); 0.860 once a table of other work
     * attached beside the items that won was read too, each where it stands (f20 156 → 211 of 313). Then five more of
     * the same OA (f38 minutes, f39 a notice with dated steps, f40 a draft's 责任分工 sentences, f41 dated stages, f42 an
     * opinion naming offices in its sentences), scored as they came in after those rules and none from them: 0.598 (305
     * of 510; f38's minutes 0.92), tasks found in 5 of 5; all 42 files 0.829 (3537 of 4266); 0.847 (3537 of 4176) once a
     * plan's named parts, a form's notes and a meeting's view were no work. Then three more at the session's end (f43 a
     * yearbook notice with 处：负责… lines, f44 a proposal-handling plan's steps, f45 an app-posting plan's duties),
     * scored as they came in after all of that session's rules: 0.681 (98 of 144), tasks found in 2 of 3; all 45 files
     * 0.841 (3635 of 4320). The session after stop 40 read an inspection notice's group lines (f34 2 → 44), a 时间安排
     * part of dated items (f44 2 → 22 of 23) and a 完成时限 part's times for the items before it (f37 14 → 18): 0.860
     * (3701 of 4305), tasks found in 44 of 45; raised to 0.85. The session after stop 46: f46 (a .doc of 海南, its
     * catalogue's 地面泵（机组） read as a unit, its signature set apart by en spaces) 1 of 98 at its first reading, 71 of
     * 133 after the rules it led to; all 46 files 0.854 (3772 of 4418): kept. The session after stop 54: f47–f50 (two
     * meetings' minutes of the same OA, a weekly schedule kept as an Excel sheet under a .doc name, a draft plan's
     * 第一步…第四步), 0.311 (111 of 357) at their first reading, tasks found in 3 of 4, 0.366 after the rules that
     * session made (steps as items, a day that lost its 日 before 前); all 50 files 0.821 (3912 of 4765), under the
     * floor: lowered to 0.82 for those unseen files, never for a change to the reader. 0.844 (3995 of 4735) once a
     * group's 牵头处（室） over items that each name who carries them out led each of them (f47 28 → 111): raised to 0.83.
     * 0.843 (4019 of 4765) once duties counted off by their bodies beside items with their own fields were work too
     * (f23 2 → 11, f47 111 → 126): kept.
     */
    static final double FLOOR = 0.83;

    @Test
    void readsTheRealFilesWell() throws IOException {
        List<Score> scores = new ArrayList<>();
        List<Truth> truths = new ArrayList<>();
        PlanReader reader = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2099));
        for (Path file : files()) {
            String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Truth truth = Truth.parse(name, Files.readString(file.resolveSibling(name + ".json")));
            PlanDraft draft = reader.read(Files.readAllBytes(file));
            truths.add(truth);
            scores.add(Score.of(truth, draft));
        }
        assertThat(scores).as("corpus files").isNotEmpty();
        String report = CorpusTest.report(truths, scores);
        System.out.println(report);
        Files.createDirectories(Paths.get("target"));
        Files.writeString(Paths.get("target", "files-corpus-report.md"), report);

        int correct = scores.stream().mapToInt(Score::correct).sum();
        int total = scores.stream().mapToInt(Score::total).sum();
        assertThat((double) correct / total).as("field accuracy over the files").isGreaterThanOrEqualTo(FLOOR);
    }

    /** Every file with a truth beside it: the truths and notes themselves are no files to read. */
    static List<Path> files() {
        try (Stream<Path> files = Files.list(Paths.get(FilesCorpusTest.class.getResource("/corpus-files").toURI()))) {
            return files.filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".md"))
                    .filter(p -> Files.exists(p.resolveSibling(
                            p.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".json")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
