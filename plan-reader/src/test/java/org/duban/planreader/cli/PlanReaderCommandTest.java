package org.duban.planreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.duban.planreader.Notices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheDraftAsJsonInTheDocumentedShape() throws IOException {
        Path seed = write("seed.txt", Notices.bytes(Notices.SEED));

        int code = run(seed.toString());

        assertThat(code).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"title\": ")
                .contains("\"date\": \"2020-09-08\"", "\"year\": 2020", "\"summaryDeadline\": \"2020-10-01\"",
                        "\"reportTo\": [\"办公室\", \"质量监督管理股\"]", "\"disclosure\": \"主动公开\"",
                        "\"contact\": {\n    \"name\": \"陈馨\",\n    \"phone\": \"7898656\"\n  }",
                        "\"timeText\": \"9月1日-3日\"", "\"start\": \"2020-09-01\"", "\"end\": \"2020-09-03\"",
                        "\"lead\": [\"质量安全监督管理股\"]", "\"assist\": [\"办公室\", \"各市场监督管理所\"]",
                        "\"code\": \"SUSPECT_SPAM\"");
        assertThat(json.split("\"no\": ", -1)).hasSize(24);
    }

    @Test
    void yearOptionOverridesTheNotice() throws IOException {
        Path seed = write("seed.txt", Notices.bytes(Notices.SEED));

        assertThat(run(seed.toString(), "--year", "2021")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"start\": \"2021-09-01\"", "\"year\": 2021");
    }

    @Test
    void unitsOptionFlagsUnknownUnits() throws IOException {
        Path seed = write("seed.txt", Notices.bytes(Notices.SEED));
        Path units = write("units.txt", "办公室\n质量安全监督管理股=质量监督管理股\n".getBytes(StandardCharsets.UTF_8));

        assertThat(run(seed.toString(), "--units", units.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"code\": \"UNKNOWN_UNIT\"", "综合执法大队");
    }

    @Test
    void badInputExitsWithTwoAndAMessageButNoStackTrace() throws IOException {
        Path empty = write("empty.txt", new byte[0]);

        assertThat(run(empty.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("文件是空的").doesNotContain("Exception", "\tat ");
        assertThat(out.size()).isZero();
    }

    @Test
    void aMissingFileOrBadArgumentsExitWithTwo() {
        assertThat(run(dir.resolve("nope.txt").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("找不到文件");
        assertThat(run()).isEqualTo(2);
        assertThat(run("a.txt", "--year", "twenty")).isEqualTo(2);
        assertThat(run(dir.toString())).isEqualTo(2);
    }

    @Test
    void readsStandardInputForADash() {
        int code = PlanReaderCommand.run(new String[] {"-"}, new ByteArrayInputStream(Notices.bytes(Notices.SEED)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"no\": \"23\"");
    }

    private int run(String... args) {
        return PlanReaderCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
