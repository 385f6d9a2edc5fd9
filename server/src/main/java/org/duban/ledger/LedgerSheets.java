package org.duban.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.duban.campaign.UnitRole;
import org.duban.supervision.AssignmentStatus;

/**
 * The columns of the workbook's data sheets, in one place. A count about an assignment (from the metric catalog,
 * say) is one more entry in {@link #assignmentColumns}; marked {@link Column#rolledUp()}, it appears summed in
 * 活动汇总 and 单位汇总 as well, and every sheet's 合计 row adds it up.
 */
final class LedgerSheets {

    private final Function<AssignmentStatus, String> statusName;

    LedgerSheets(Function<AssignmentStatus, String> statusName) {
        this.statusName = statusName;
    }

    List<Column<LedgerLine>> assignmentColumns() {
        return List.of(
                Column.rowNumber(),
                Column.text("活动序号", 8, LedgerLine::activityNo),
                Column.text("活动内容", 40, LedgerLine::content),
                Column.date("计划开始", LedgerLine::start),
                Column.date("计划结束", LedgerLine::end),
                Column.text("活动时间（原文）", 16, LedgerLine::timeText),
                Column.text("单位", 22, LedgerLine::unitName),
                Column.text("角色", 6, l -> l.role() == UnitRole.LEAD ? "牵头" : "配合"),
                Column.text("状态", 8, l -> statusName.apply(l.status())),
                Column.date("实际日期", LedgerLine::happenedOn),
                Column.text("地点", 22, LedgerLine::place),
                Column.<LedgerLine>count("照片数", LedgerLine::photos).rolledUp(),
                Column.dateTime("首次报送时间", LedgerLine::firstReportAt),
                Column.dateTime("通过时间", LedgerLine::acceptedAt),
                Column.text("是否逾期", 8, LedgerLine::late),
                Column.<LedgerLine>count("逾期工作日", LedgerLine::lateDays).rolledUp(),
                Column.<LedgerLine>count("退回次数", LedgerLine::returns).rolledUp(),
                Column.<LedgerLine>count("催办次数", LedgerLine::urged).rolledUp());
    }

    /** The per-activity and per-unit figures made from the rows of 活动台账. */
    static final class Tally {
        final String key;
        final Object[] about;
        final List<String> leads = new ArrayList<>();
        final List<String> assists = new ArrayList<>();
        int assignments;
        int due;
        int reported;
        int onTime;
        int accepted;
        int lateUnreported;
        final Map<String, Double> rolled = new LinkedHashMap<>();

        Tally(String key, Object... about) {
            this.key = key;
            this.about = about;
        }

        void add(LedgerLine line, List<Column<LedgerLine>> rolledColumns) {
            assignments++;
            (line.role() == UnitRole.LEAD ? leads : assists).add(line.unitName());
            due += line.due() ? 1 : 0;
            reported += line.reported() ? 1 : 0;
            onTime += line.onTime() ? 1 : 0;
            accepted += line.accepted() ? 1 : 0;
            lateUnreported += !line.reported() && line.late() ? 1 : 0;
            for (Column<LedgerLine> c : rolledColumns) {
                Object v = c.value().apply(line);
                rolled.merge(c.header(), v instanceof Number n ? n.doubleValue() : 0d, Double::sum);
            }
        }

        Object about(int i) {
            return about[i];
        }
    }

    /** 活动汇总: one row per activity; {@code about} is (序号, 内容, 开始, 结束, 时间原文). */
    List<Column<Tally>> activityColumns(List<Column<LedgerLine>> rolled) {
        List<Column<Tally>> columns = new ArrayList<>(List.of(
                Column.rowNumber(),
                Column.text("活动序号", 8, t -> t.about(0)),
                Column.text("活动内容", 40, t -> t.about(1)),
                Column.date("计划开始", t -> t.about(2)),
                Column.date("计划结束", t -> t.about(3)),
                Column.text("活动时间（原文）", 16, t -> t.about(4)),
                Column.text("牵头单位", 22, t -> String.join("、", t.leads)),
                Column.text("配合单位", 30, t -> String.join("、", t.assists)),
                Column.count("任务单位数", t -> t.assignments),
                Column.count("已报送", t -> t.reported),
                Column.count("按时报送", t -> t.onTime),
                Column.count("已通过", t -> t.accepted),
                Column.count("逾期未报", t -> t.lateUnreported),
                Column.rate("完成率", t -> t.assignments == 0 ? null : (double) t.accepted / t.assignments,
                        s -> s.ratio("已通过", "任务单位数"))));
        rolled.forEach(c -> columns.add(Column.count(c.header(), t -> t.rolled.getOrDefault(c.header(), 0d))));
        return columns;
    }

    /** 单位汇总: one row per unit; {@code about} is (单位). */
    List<Column<Tally>> unitColumns(List<Column<LedgerLine>> rolled) {
        List<Column<Tally>> columns = new ArrayList<>(List.of(
                Column.rowNumber(),
                Column.text("单位", 24, t -> t.about(0)),
                Column.count("任务数", t -> t.assignments),
                Column.count("其中牵头", t -> t.leads.size()),
                Column.count("应报", t -> t.due),
                Column.count("已报", t -> t.reported),
                Column.count("按时", t -> t.onTime),
                Column.rate("按时率", t -> t.due == 0 ? null : (double) t.onTime / t.due, s -> s.ratio("按时", "应报")),
                Column.count("已通过", t -> t.accepted),
                Column.count("逾期未报", t -> t.lateUnreported)));
        rolled.forEach(c -> columns.add(Column.count(c.header(), t -> t.rolled.getOrDefault(c.header(), 0d))));
        return columns;
    }

    List<Column<LedgerData.ReportRound>> roundColumns(Function<String, String> actionName) {
        return List.of(
                Column.rowNumber(),
                Column.dateTime("时间", LedgerData.ReportRound::at),
                Column.text("活动序号", 8, LedgerData.ReportRound::activityNo),
                Column.text("活动内容", 36, LedgerData.ReportRound::content),
                Column.text("单位", 22, LedgerData.ReportRound::unitName),
                Column.text("报告编号", 9, r -> r.reportId()),
                Column.count("轮次", LedgerData.ReportRound::round),
                Column.text("环节", 10, r -> actionName.apply(r.action())),
                Column.text("操作人", 12, LedgerData.ReportRound::actor),
                Column.text("审核意见", 36, LedgerData.ReportRound::comment));
    }

    List<Column<LedgerData.Reminder>> reminderColumns() {
        return List.of(
                Column.rowNumber(),
                Column.dateTime("时间", LedgerData.Reminder::at),
                Column.text("单位", 22, LedgerData.Reminder::unitName),
                Column.text("活动序号", 8, LedgerData.Reminder::activityNo),
                Column.text("活动内容", 30, LedgerData.Reminder::content),
                Column.text("方式", 10, r -> switch (r.kind()) {
                    case "URGE" -> "人工催办";
                    case "OVERDUE" -> "逾期提醒";
                    default -> "到期提醒";
                }),
                Column.text("催办人", 12, LedgerData.Reminder::by),
                Column.text("内容", 50, LedgerData.Reminder::message));
    }

    List<Column<LedgerData.PhotoLine>> photoColumns() {
        return List.of(
                Column.rowNumber(),
                Column.text("文件名", 34, LedgerData.PhotoLine::fileName),
                Column.text("活动序号", 8, LedgerData.PhotoLine::activityNo),
                Column.text("活动内容", 30, LedgerData.PhotoLine::content),
                Column.text("单位", 22, LedgerData.PhotoLine::unitName),
                Column.text("报告编号", 9, p -> p.reportId()),
                Column.text("报告已通过", 8, LedgerData.PhotoLine::accepted),
                Column.dateTime("拍摄时间（EXIF）", LedgerData.PhotoLine::takenAt),
                Column.text("含GPS", 7, LedgerData.PhotoLine::located),
                Column.text("地点", 24, LedgerData.PhotoLine::place),
                Column.text("SHA-256", 66, LedgerData.PhotoLine::sha256),
                Column.text("疑似重复使用", 30, LedgerData.PhotoLine::reuse));
    }
}
