package org.duban.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks as bureaus send them round, made with Apache POI. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /**
     * A city's 统计表: a merged title, a header row naming counts (发放宣传资料（份）, 群发短信（条）, 出动人员（人次）) over
     * a 合计 row, and 填报单位 / 填报日期 below.
     */
    public static byte[] statTemplate() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("统计表");
            s.createRow(0).createCell(0).setCellValue("2020年“质量月”活动开展情况统计表");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row head = s.createRow(1);
            String[] heads = {"单位", "发放宣传资料（份）", "群发短信（条）", "出动人员（人次）"};
            for (int i = 0; i < heads.length; i++) {
                head.createCell(i).setCellValue(heads[i]);
            }
            s.createRow(2).createCell(0).setCellValue("合计");
            Row sender = s.createRow(4);
            sender.createCell(0).setCellValue("填报单位：");
            sender.createCell(2).setCellValue("填报日期：");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
