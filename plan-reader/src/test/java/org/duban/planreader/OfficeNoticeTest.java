package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Bureaus still attach old Word files, and task lists as workbooks. */
class OfficeNoticeTest {

    @Test
    void readsAnOldWordDocumentWithItsTableAndMergedLeadCell() {
        // DocxNoticeTest's notice saved as Word 97-2003 by LibreOffice
        PlanDraft d = new PlanReader().read(Notices.bytes("safety-month-2022.doc"));

        assertThat(d.title()).isEqualTo("2022年“安全生产月”活动方案");
        assertThat(d.issuer()).isEqualTo("霞浦县应急管理局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 5, 30));
        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(1).lead()).as("merged down from the row above").containsExactly("应急管理股");
        assertThat(d.tasks().get(1).assist()).containsExactly("各乡镇人民政府", "县消防救援大队");
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2022, 6, 20));
    }

    @Test
    void aMeasureMergedOverItsRowsIsTheirGroupAndEachResultTheRowsWork() {
        // corpus-files f09, a Sichuan bureau's division of reform measures (an OOXML file under a .doc name):
        // 「序号 | 改革举措内容 (merged over its rows) | 改革路径 | 主要成果及出台时间 | … | 责任处室 | 配合处室」
        PlanDraft d = new PlanReader().read(Notices.corpusFile("f09-sichuan-reform-measures-division-2015.doc"));

        assertThat(d.tasks().get(0).content()).isEqualTo("制定“四大片区扶贫攻坚行动”和“五大扶贫工程”实施规划和年度方案。（2014年）");
        assertThat(d.tasks().get(0).end()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(d.tasks().get(1).content()).isEqualTo("完成全省贫困户建档立卡工作。");
        assertThat(d.tasks().get(1).lead()).containsExactly("信统处");
        assertThat(d.tasks().get(0).section()).startsWith("实施“四大片区扶贫攻坚行动”");
        // item 82 on: the table Word broke off at a page goes on with no header and one results column, not three
        TaskDraft goingOn = d.tasks().stream().filter(t -> t.content().startsWith("（一）制定出台四川省贫困县农村扶贫开发工作考核办法"))
                .findFirst().orElseThrow();
        assertThat(goingOn.lead()).containsExactly("指导处");
        assertThat(goingOn.end()).isEqualTo(LocalDate.of(2014, 12, 31));
    }

    @Test
    void readsATaskWorkbookInTheNewFormat() throws IOException {
        assertWorkbookRead(workbook(new XSSFWorkbook()));
    }

    @Test
    void readsATaskWorkbookInTheOldFormat() throws IOException {
        assertWorkbookRead(workbook(new HSSFWorkbook()));
    }

    private static void assertWorkbookRead(byte[] bytes) {
        PlanDraft d = new PlanReader().read(bytes);

        assertThat(d.title()).as("the title row merged across the sheet").isEqualTo("2024年全县“质量月”活动安排表");
        assertThat(d.reading().finder()).isEqualTo("table");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("启动仪式", "企业质量培训", "产品质量抽查");
        assertThat(d.tasks().get(1).lead()).as("merged over two rows").containsExactly("质量股");
        assertThat(d.tasks().get(2).lead()).containsExactly("稽查大队");
        assertThat(d.tasks().get(2).assist()).containsExactly("各市场监管所");
        assertThat(d.tasks().get(0).start()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2024, 10, 31));
    }

    private static byte[] workbook(Workbook book) throws IOException {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("活动安排");
            String[][] rows = {
                {"2024年全县“质量月”活动安排表", "", "", "", ""},
                {"序号", "活动内容", "时间", "牵头单位", "配合单位"},
                {"1", "启动仪式", "9月1日", "质量股", "办公室"},
                {"2", "企业质量培训", "9月中旬", "", ""},
                {"3", "产品质量抽查", "9月-10月", "稽查大队", "各市场监管所"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aMeetingsDecisionOnADocumentItReviewedIsTheItemAndWhoseTheMatterIs() {
        // corpus-files f30, a 局长办公会议's minutes: "一、审议《…的请示》" on a line of its own (ended by the title's
        // 》, no line a page's width broke), "会议议定：原则同意…，由移民安置处按程序办理。" under it, then its points
        PlanDraft d = new PlanReader().read(Notices.corpusFile("f30-sichuan-director-office-meeting-2015-09.doc"));

        assertThat(d.tasks()).hasSize(8);
        assertThat(d.tasks().get(0).content()).isEqualTo("审议《关于雅砻江桐子林水电站建设征地移民安置独立评估服务中标候选人的请示》");
        assertThat(d.tasks().get(0).lead()).containsExactly("移民安置处");
        assertThat(d.tasks().get(6).lead()).containsExactly("规划处");
    }
}
