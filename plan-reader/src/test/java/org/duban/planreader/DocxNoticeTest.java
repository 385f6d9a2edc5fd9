package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

public class DocxNoticeTest {

    @Test
    void readsAWordTableWithAVerticallyMergedLeadCell() throws IOException {
        PlanDraft d = new PlanReader().read(planDocx());

        assertThat(d.title()).isEqualTo("2022年“安全生产月”活动方案");
        assertThat(d.issuer()).isEqualTo("霞浦县应急管理局");
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 5, 30));
        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(0).lead()).containsExactly("应急管理股");
        assertThat(d.tasks().get(1).lead()).as("merged down from the row above").containsExactly("应急管理股");
        assertThat(d.tasks().get(1).assist()).containsExactly("各乡镇人民政府", "县消防救援大队");
        assertThat(d.tasks().get(2).start()).isEqualTo(LocalDate.of(2022, 6, 11));
        assertThat(d.tasks().get(2).end()).isEqualTo(LocalDate.of(2022, 6, 20));
    }

    @Test
    void readsSpannedCellsLineBreaksAndNotTheDeletedText() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("2023年“质量月”活动方案");
            XWPFParagraph withBreak = doc.createParagraph();
            withBreak.createRun().setText("一、活动时间");
            withBreak.getRuns().get(0).addBreak();
            withBreak.getRuns().get(0).setText("2023年9月");
            // a revision the author deleted is not part of the notice
            withBreak.getCTP().addNewDel().addNewR().addNewDelText().setStringValue("删除的文字");
            String[][] rows = {
                {"序号", "活动内容", "时间安排", "责任单位", ""},
                {"", "", "", "牵头单位", "配合单位"},
                {"1", "质量开放日", "9月15日", "质量发展股", "各市场监督管理所"},
                {"2", "计量器具检定", "9月下旬", "计量股", ""},
            };
            XWPFTable table = doc.createTable(rows.length, 5);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 5; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            // "责任单位" spans the two unit columns of the header's first row
            table.getRow(0).getCell(3).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(4);
            doc.write(out);
            docx = out.toByteArray();
        }
        PlanDraft d = new PlanReader().read(docx);

        assertThat(d.tasks()).hasSize(2);
        assertThat(d.tasks().get(0).lead()).containsExactly("质量发展股");
        assertThat(d.tasks().get(0).assist()).containsExactly("各市场监督管理所");
        assertThat(d.tasks().get(1).end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(d.period().start()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(PlanDraftJson.write(d)).doesNotContain("删除的文字");
    }

    @Test
    void theNumbersWordWritesItselfBeforeHeadingsItemsAndATablesRowsAreRead() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            // a list of parts (一、) over items (（一）), and a table's 序号 column (1.): Word counts them, no run holds them
            BigInteger outline = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(listOf(BigInteger.ZERO,
                    new Object[][] {{STNumberFormat.CHINESE_COUNTING, "%1、"}, {STNumberFormat.CHINESE_COUNTING, "（%2）"}}))));
            BigInteger rows = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(listOf(BigInteger.ONE,
                    new Object[][] {{STNumberFormat.DECIMAL, "%1"}}))));
            doc.createParagraph().createRun().setText("2023年“安全生产月”活动方案");
            numbered(doc.createParagraph(), outline, 0).createRun().setText("活动内容");
            numbered(doc.createParagraph(), outline, 1).createRun().setText("开展安全宣传咨询日活动。6月16日，由县应急管理局负责。");
            numbered(doc.createParagraph(), outline, 1).createRun().setText("组织应急演练。6月下旬，由县消防救援大队负责。");
            numbered(doc.createParagraph(), outline, 0).createRun().setText("重点工作安排");
            String[][] cells = {
                {"序号", "工作内容", "完成时限", "责任单位"},
                {"", "开展隐患排查", "6月30日前", "县应急管理局"},
                {"", "开展执法检查", "7月15日前", "县市场监督管理局"},
            };
            XWPFTable table = doc.createTable(cells.length, 4);
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
                if (r > 0) {
                    numbered(table.getRow(r).getCell(0).getParagraphs().get(0), rows, 0);
                }
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        PlanDraft d = new PlanReader().read(docx);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2");
        assertThat(d.tasks()).extracting(TaskDraft::content).containsExactly("开展隐患排查", "开展执法检查");
        assertThat(d.reading().levels()).extracting(PlanDraft.Level::example)
                .contains("一、活动内容", "（一）开展安全宣传咨询日活动");
    }

    /** A list's definition: its levels' formats and texts, each counted from 1. */
    private static CTAbstractNum listOf(BigInteger id, Object[][] levels) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        for (int i = 0; i < levels.length; i++) {
            CTLvl level = list.addNewLvl();
            level.setIlvl(BigInteger.valueOf(i));
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal((STNumberFormat.Enum) levels[i][0]);
            level.addNewLvlText().setVal((String) levels[i][1]);
        }
        return list;
    }

    @Test
    void aHeaderThatNamesOnlyItsNumberAndUnitsHeadsTheNumberedRowsBelowIt() throws IOException {
        // corpus-files f07: 「序号 | 市（州）扶贫移民部门反映问题 | 李昌平常委批示 | 分管领导 | 责任处室」, the header repeated where
        // the table went on over a page; no column is called the task's, and a long one holds a unit's word (部门)
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("贯彻落实李昌平常委重要批示责任分工表");
            String[] head = {"序号", "市（州）扶贫移民部门反映问题", "李昌平常委批示", "分管领导", "责任处室"};
            String[][] rows = {head,
                {"1", "单位性质问题。担心随着机构改革工作纵深推进，扶贫移民部门单位性质发生改变。", "不患无位，只患无立。", "刘  兵", "人事处"},
                {"2", "监督管理问题。市（州）扶贫移民部门因作用和地位转变，监督检查工作实施难度大。", "变分钱分物为项目、资金、成效监管。",
                    "刘维嘉", "扶贫开发指导处"},
                head,
                {"3", "社会扶贫问题。部分企业在扶贫事业上很有积极性，希望省局出台文件给予一定荣誉。", "纳入表彰即可。", "廖  蔚",
                    "国际合作与社会扶贫处"},
            };
            XWPFTable table = doc.createTable(rows.length, 5);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 5; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        PlanDraft d = new PlanReader().read(docx);

        assertThat(d.tasks()).extracting(TaskDraft::no).containsExactly("1", "2", "3");
        assertThat(d.tasks().get(0).content()).startsWith("单位性质问题");
        assertThat(d.tasks()).extracting(t -> t.lead().get(0)).containsExactly("人事处", "扶贫开发指导处", "国际合作与社会扶贫处");
    }

    private static XWPFParagraph numbered(XWPFParagraph paragraph, BigInteger list, int level) {
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        return paragraph;
    }

    public static byte[] planDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("各乡镇人民政府，县直有关单位：");
            doc.createParagraph().createRun().setText("现将《2022年“安全生产月”活动方案》印发给你们，请认真组织实施。");
            doc.createParagraph().createRun().setText("霞浦县应急管理局");
            doc.createParagraph().createRun().setText("2022年5月30日");
            doc.createParagraph().createRun().setText("2022年“安全生产月”活动方案");
            String[][] rows = {
                {"序号", "活动内容", "时间安排", "牵头单位", "配合单位"},
                {"1", "启动仪式暨宣传咨询日", "6月16日", "应急管理股", "各乡镇人民政府"},
                {"2", "开展应急演练周", "6月1日-7日", "", "各乡镇人民政府、县消防救援大队"},
                {"3", "隐患排查整治", "6月中旬", "执法大队", ""},
            };
            XWPFTable table = doc.createTable(rows.length, 5);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 5; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            XWPFTableCell top = table.getRow(1).getCell(3);
            top.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            XWPFTableCell below = table.getRow(2).getCell(3);
            below.getCTTc().addNewTcPr().addNewVMerge();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
