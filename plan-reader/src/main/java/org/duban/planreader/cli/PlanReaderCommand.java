package org.duban.planreader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.PlanDraftJson;
import org.duban.planreader.PlanReadException;
import org.duban.planreader.PlanReader;
import org.duban.planreader.UnitDirectory;

/**
 * {@code read FILE [--year YYYY] [--units FILE]}: prints the PlanDraft as JSON. Exit 0 on success, 2 on bad input
 * or bad arguments, with the reason on standard error and never a stack trace.
 */
public final class PlanReaderCommand {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;

    private static final String USAGE = """
            用法 Usage: read FILE [--year YYYY] [--units UNITS.txt]
              FILE         计划通知：.txt（UTF-8/GB18030）、.html、.docx 或 .pdf；"-" 表示标准输入
              --year       指定计划年份（默认取通知的成文日期或标题中的年份）
              --units      单位名录，每行一个单位名称；不在名录中的单位会给出 UNKNOWN_UNIT 警告
            """;

    private PlanReaderCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        String file = null;
        Integer year = null;
        String units = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--year") && i + 1 < args.length) {
                try {
                    year = Integer.valueOf(args[++i]);
                } catch (NumberFormatException e) {
                    year = -1;
                }
                if (year < 1949 || year > 2200) {
                    err.println("错误：--year 需要一个四位数的年份，例如 --year 2020。 Error: --year takes a year such as 2020.");
                    return BAD_INPUT;
                }
            } else if (a.equals("--units") && i + 1 < args.length) {
                units = args[++i];
            } else if (a.equals("-h") || a.equals("--help")) {
                out.print(USAGE);
                return OK;
            } else if (file == null && (!a.startsWith("--") || a.equals("-"))) {
                file = a;
            } else {
                err.println("错误：无法识别的参数 " + a + "。 Error: unknown argument " + a + ".");
                err.print(USAGE);
                return BAD_INPUT;
            }
        }
        if (file == null) {
            err.print(USAGE);
            return BAD_INPUT;
        }
        try {
            PlanReader.Options options = PlanReader.Options.defaults().withYear(year)
                    .withFallbackYear(LocalDate.now().getYear());
            if (units != null) {
                options = options.withDirectory(UnitDirectory.of(unitNames(Path.of(units))));
            }
            PlanReader reader = new PlanReader(options);
            PlanDraft draft;
            if (file.equals("-")) {
                draft = reader.read(stdin);
            } else {
                Path path = Path.of(file);
                if (Files.isDirectory(path)) {
                    err.println("错误：" + file + " 是一个目录，不是文件。 Error: " + file + " is a directory.");
                    return BAD_INPUT;
                }
                try (InputStream in = Files.newInputStream(path)) {
                    draft = reader.read(in);
                }
            }
            out.println(PlanDraftJson.write(draft));
            return OK;
        } catch (NoSuchFileException e) {
            err.println("错误：找不到文件 " + e.getFile() + "。 Error: no such file " + e.getFile() + ".");
            return BAD_INPUT;
        } catch (PlanReadException e) {
            err.println("错误：" + e.getMessage());
            return BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println("错误：无法读取 " + file + "（" + e.getClass().getSimpleName() + "）。 Error: cannot read " + file + ".");
            return BAD_INPUT;
        }
    }

    private static List<String> unitNames(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            for (String name : line.split("[=,，、]")) {
                if (!name.isBlank() && !name.strip().startsWith("#")) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }
}
