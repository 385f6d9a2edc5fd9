package org.duban.planreader.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A notice read into the parts of a Chinese official document (GB/T 9704-2012): 版头 (masthead, 发文字号), 标题,
 * 主送机关, 正文 as numbered paragraphs and tables, 附件, 发文机关署名, 成文日期; and the site's metadata around it.
 * Page furniture and spam are left out.
 *
 * @param metadata     the site's labelled facts (索引号, 发文字号, 发布机构, 成文日期, 发布日期, 来源, 标题…), labels
 *                     without spaces
 * @param noticeTitle  the notice's title as written, e.g. "…关于印发2024年福鼎市“质量月”活动方案的通知"; may be null
 * @param planTitle    the plan's own title: X of 关于印发《X》的通知, or the plan's title line; may be null
 * @param issuers      who issued it, most trustworthy first (signature, masthead, 发布机构, title, 来源), spam
 *                     included; the reader picks
 * @param recipients   主送机关, as written
 * @param body         the paragraphs and tables of the notice and its plan, in order
 * @param date         成文日期, or the site's date where the notice has none; may be null
 * @param dateIsItsOwn whether {@code date} is the notice's own (its signature's, its 成文日期), not the day a site
 *                     published a copy
 * @param attachments  the 附件 lines
 * @param lines        every line that belongs to the notice (metadata and noise removed), for facts read from text
 * @param planStart    where the plan begins among the lines: a notice that issues a plan asks, above it, for the plan
 *                     to be carried out, and those requests are no part of its work; 0 when all of the body is the plan
 */
public record OfficialDocument(Map<String, String> metadata, String noticeTitle, String planTitle,
        List<String> issuers, List<String> recipients, List<Part> body, LocalDate date, boolean dateIsItsOwn,
        List<String> attachments, List<String> lines, int planStart) {

    public OfficialDocument {
        metadata = Map.copyOf(metadata);
        issuers = List.copyOf(issuers);
        recipients = List.copyOf(recipients);
        body = List.copyOf(body);
        attachments = List.copyOf(attachments);
        lines = List.copyOf(lines);
    }

    /** The title a campaign is named by: the plan's own, else the notice's. */
    public String title() {
        return planTitle != null ? planTitle : noticeTitle;
    }

    /** The plan's paragraphs: those of a cover notice above it left out. */
    public List<Part.Paragraph> paragraphs() {
        return body.stream().filter(p -> p instanceof Part.Paragraph).map(p -> (Part.Paragraph) p)
                .filter(p -> p.line() >= planStart).toList();
    }

    public List<Part.Table> tables() {
        return body.stream().filter(p -> p instanceof Part.Table).map(p -> (Part.Table) p).toList();
    }
}
