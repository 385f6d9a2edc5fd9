package org.duban.planreader.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.TaskDraft;
import org.duban.planreader.UnitDirectory;

/**
 * How much of a notice the reader got right, field by field: title, issuer and date of the notice, and for every
 * task of the truth its content, start, end, lead and assisting units. Tasks are paired in order by the similarity of
 * their content; a truth task with no partner scores nothing, and a task the reader invented costs five fields.
 */
record Score(String name, int correct, int total, int truthTasks, int foundTasks, int pairedTasks,
        List<String> misses) {

    static final int TASK_FIELDS = 5;
    /** Contents this similar (1 − edit distance ÷ longer length, after normalising) are the same task's. */
    static final double SAME_CONTENT = 0.8;
    private static final double PAIRABLE = 0.45;

    double accuracy() {
        return total == 0 ? 1 : (double) correct / total;
    }

    static Score of(Truth truth, PlanDraft draft) {
        List<String> misses = new ArrayList<>();
        int correct = 0;
        int total = 3;
        correct += check("title", sameText(truth.title(), draft.title()), truth.title(), draft.title(), misses);
        correct += check("issuer", sameText(truth.issuer(), draft.issuer()), truth.issuer(), draft.issuer(), misses);
        correct += check("date", Objects.equals(truth.date(), draft.date()), truth.date(), draft.date(), misses);

        List<Truth.Task> want = truth.tasks();
        List<TaskDraft> got = draft.tasks();
        int[] pairOf = align(want, got);
        int paired = 0;
        for (int i = 0; i < want.size(); i++) {
            total += TASK_FIELDS;
            Truth.Task w = want.get(i);
            if (pairOf[i] < 0) {
                misses.add("task " + label(w) + ": not found");
                continue;
            }
            paired++;
            TaskDraft g = got.get(pairOf[i]);
            String at = "task " + label(w) + ".";
            correct += check(at + "content", similarity(w.content(), g.content()) >= SAME_CONTENT, w.content(),
                    g.content(), misses);
            correct += check(at + "start", Truth.Day.same(w.start(), g.start()), w.start(), g.start(), misses);
            correct += check(at + "end", Truth.Day.same(w.end(), g.end()), w.end(), g.end(), misses);
            correct += check(at + "lead", sameUnits(w.lead(), g.lead()), w.lead(), g.lead(), misses);
            correct += check(at + "assist", sameUnits(w.assist(), g.assist()), w.assist(), g.assist(), misses);
        }
        int invented = got.size() - paired;
        total += invented * TASK_FIELDS;
        if (invented > 0) {
            misses.add(invented + " task(s) not in the truth, e.g. “" + firstUnpaired(got, pairOf) + "”");
        }
        return new Score(truth.name(), correct, total, want.size(), got.size(), paired, misses);
    }

    private static int check(String field, boolean ok, Object want, Object got, List<String> misses) {
        if (!ok) {
            misses.add(field + ": want " + want + ", got " + got);
        }
        return ok ? 1 : 0;
    }

    private static String label(Truth.Task t) {
        return t.no() == null ? "“" + abbreviate(t.content()) + "”" : t.no();
    }

    private static String firstUnpaired(List<TaskDraft> got, int[] pairOf) {
        boolean[] used = new boolean[got.size()];
        for (int p : pairOf) {
            if (p >= 0) {
                used[p] = true;
            }
        }
        for (int j = 0; j < got.size(); j++) {
            if (!used[j]) {
                return abbreviate(got.get(j).content());
            }
        }
        return "";
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }

    /** Pairs truth tasks with found tasks in order, maximising the summed content similarity (an alignment). */
    static int[] align(List<Truth.Task> want, List<TaskDraft> got) {
        int n = want.size();
        int m = got.size();
        double[][] best = new double[n + 1][m + 1];
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = similarity(want.get(i).content(), got.get(j).content());
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double pair = sim[i][j] >= PAIRABLE ? sim[i][j] + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(pair, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        int[] pairOf = new int[n];
        java.util.Arrays.fill(pairOf, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (sim[i][j] >= PAIRABLE && best[i][j] == sim[i][j] + best[i + 1][j + 1]) {
                pairOf[i++] = j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        return pairOf;
    }

    static boolean sameText(String a, String b) {
        return Objects.equals(normal(a), normal(b));
    }

    static boolean sameUnits(List<String> a, List<String> b) {
        return a.stream().map(Score::normal).sorted().toList().equals(b.stream().map(Score::normal).sorted().toList());
    }

    /** Width, spaces, quote and bracket styles and trailing punctuation do not count. */
    static String normal(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\\s\u3000]+", "")
                .replaceAll("[“”\"「」『』‘’']", "\"")
                .replace('（', '(').replace('）', ')')
                .replaceAll("[《》]", "")
                .replaceAll("[。；;，,、:：]+$", "");
        return t;
    }

    static double similarity(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x == null || y == null) {
            return x == null && y == null ? 1 : 0;
        }
        int longer = Math.max(x.length(), y.length());
        return longer == 0 ? 1 : 1 - (double) UnitDirectory.editDistance(x, y) / longer;
    }
}
