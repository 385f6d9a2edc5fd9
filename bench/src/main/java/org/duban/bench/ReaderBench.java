package org.duban.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.PlanReader;

/**
 * The plan reader in process: the seed notice (a county's 23-activity plan, pasted text), a 50-page DOCX (a
 * province's plan: 1,400 paragraphs of numbered items with labelled fields and a 300-row task table), and a district's
 * spot-check plan whose table a copy laid out one cell per line (the corpus's y05 as {@code RenderingsCorpusTest}
 * lays it out: rows told apart by what their cells hold, which once took 8 s for this page), and a page a copy ran into
 * one line of 36,000 characters. Targets: the seed under 2 ms, the 50-page DOCX under 300 ms, the cell-per-line page
 * under 100 ms, the one-line page under 1 s (medians after warm-up).
 *
 * <pre>./mvnw -q -DskipTests package &amp;&amp; java -cp 'bench/target/classes:bench/target/lib/*' org.duban.bench.ReaderBench</pre>
 */
public final class ReaderBench {

    static final double SEED_TARGET_MS = 2;
    static final double DOCX_TARGET_MS = 300;
    static final double CELLS_TARGET_MS = 100;
    static final double FLAT_TARGET_MS = 1000;

    public static void main(String[] args) throws IOException {
        String seed;
        try (InputStream in = ReaderBench.class.getResourceAsStream("/seed-quality-month-2020.txt")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        PlanReader reader = new PlanReader(PlanReader.Options.defaults().withYear(2020));
        PlanDraft d = reader.readText(seed);
        if (d.tasks().size() != 23) {
            throw new IllegalStateException("the seed should read as 23 tasks, not " + d.tasks().size());
        }
        Times seedTimes = time(() -> reader.readText(seed), 3_000, 3_000);

        byte[] docx = fiftyPages();
        PlanDraft big = reader.read(docx);
        if (big.tasks().size() < 300) {
            throw new IllegalStateException("the 50-page DOCX should read as 300 tasks or more, not " + big.tasks().size());
        }
        Times docxTimes = time(() -> reader.read(docx), 10, 30);

        String cells;
        try (InputStream in = ReaderBench.class.getResourceAsStream("/spot-check-cell-per-line.txt")) {
            cells = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        PlanDraft spotChecks = reader.readText(cells);
        if (spotChecks.tasks().size() < 4) {
            throw new IllegalStateException("the cell-per-line table should read as 4 tasks, not "
                    + spotChecks.tasks().size());
        }
        Times cellTimes = time(() -> reader.readText(cells), 10, 30);

        // a page a copy ran into one line of 36,000 characters, its only full stop after a sentence on the campaign's
        // history (每年), no year in its title: a pattern once tried each of its characters against all the rest (25 s)
        String flattened = "质量月活动方案\n每年9月开展质量月活动。" + "组织开展质量宣传咨询活动，".repeat(2_800) + "\n";
        Times flatTimes = time(() -> reader.readText(flattened), 3, 10);

        report("seed notice (pasted text, 23 tasks)", seedTimes, SEED_TARGET_MS);
        report("50-page DOCX (" + docx.length / 1024 + " KB, " + big.tasks().size() + " tasks)", docxTimes,
                DOCX_TARGET_MS);
        report("table one cell per line (2 KB, " + spotChecks.tasks().size() + " tasks)", cellTimes, CELLS_TARGET_MS);
        report("a page run into one line (" + flattened.length() / 1000 + " thousand characters)", flatTimes,
                FLAT_TARGET_MS);
    }

    /** Wall and CPU times of one read, each list sorted. */
    record Times(List<Double> wall, List<Double> cpu) {
    }

    private static Times time(Runnable read, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            read.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            read.run();
            ms.add((System.nanoTime() - t) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
        }
        Collections.sort(ms);
        Collections.sort(cpu);
        return new Times(ms, cpu);
    }

    /**
     * The median against the target, and the median CPU time of the reading thread: on a machine shared with other
     * work the wall time waits for the processor, the CPU time much less.
     */
    private static void report(String what, Times times, double target) {
        List<Double> sorted = times.wall();
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) (sorted.size() * 0.95));
        double cpu = times.cpu().get(times.cpu().size() / 2);
        System.out.printf(Locale.ROOT, "%-48s median %8.3f ms  p95 %8.3f ms  CPU median %8.3f ms  target %6.1f ms  %s%n",
                what, median, p95, cpu, target, median <= target ? "OK" : "OVER");
    }

    /** A province's plan as long as a real one gets: numbered items with labelled fields, then a task table. */
    static byte[] fiftyPages() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("某某省市场监督管理局关于印发2024年全省质量提升行动实施方案的通知");
            doc.createParagraph().createRun().setText("各市、县（区）市场监督管理局，局机关各处室、直属各单位：");
            doc.createParagraph().createRun().setText("现将《2024年全省质量提升行动实施方案》印发给你们，请认真贯彻落实。");
            doc.createParagraph().createRun().setText("某某省市场监督管理局");
            doc.createParagraph().createRun().setText("2024年3月1日");
            doc.createParagraph().createRun().setText("2024年全省质量提升行动实施方案");
            String[] sections = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
            for (String s : sections) {
                doc.createParagraph().createRun().setText(s + "、加强质量基础设施建设");
                for (int i = 1; i <= 10; i++) {
                    doc.createParagraph().createRun().setText("（" + sections[i - 1] + "）推进第" + s + "部分第" + i
                            + "项重点工作。围绕产业链供应链质量提升，组织开展质量攻关和标准化建设，强化计量、检验检测、认证认可支撑，"
                            + "推动企业落实质量主体责任，提升产品、工程和服务质量水平。（牵头单位：质量发展处；配合单位：标准化处、"
                            + "计量处、认证认可处，各市、县（区）市场监督管理局；完成时限：" + (i + 1) + "月底前）");
                    for (int k = 0; k < 10; k++) {
                        doc.createParagraph().createRun().setText("各地要结合实际制定具体措施，明确责任分工和时间节点，"
                                + "加强督促检查，及时总结推广典型经验做法，确保各项任务落到实处、取得实效。");
                    }
                }
            }
            doc.createParagraph().createRun().setText("附件：2024年全省质量提升重点任务清单");
            XWPFTable table = doc.createTable(301, 5);
            String[] header = {"序号", "重点任务", "牵头单位", "配合单位", "完成时限"};
            for (int c = 0; c < 5; c++) {
                table.getRow(0).getCell(c).setText(header[c]);
            }
            for (int r = 1; r <= 300; r++) {
                table.getRow(r).getCell(0).setText(String.valueOf(r));
                table.getRow(r).getCell(1).setText("开展第" + r + "项质量提升专项行动，组织企业开展质量对标达标");
                table.getRow(r).getCell(2).setText(r % 3 == 0 ? "质量发展处" : "产品质量安全监督管理处");
                table.getRow(r).getCell(3).setText("各市、县（区）市场监督管理局");
                table.getRow(r).getCell(4).setText((r % 12 + 1) + "月底前");
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
