package org.duban.compile;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The coordinator's edits of a campaign's report and its signed versions. */
@Component
class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A signed version, without its files. */
    public record Version(long id, int number, String signedBy, OffsetDateTime signedAt, String title, String docxSha256,
            long docxBytes, String pdfSha256, long pdfBytes) {
    }

    Map<String, ReportDrafter.Edit> edits(long campaignId) {
        Map<String, ReportDrafter.Edit> edits = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.para_key, e.body, u.display_name from report_edit e join app_user u on u.id = e.edited_by
                        where e.campaign_id = ?""")
                .param(campaignId)
                .query((rs, n) -> edits.put(rs.getString(1), new ReportDrafter.Edit(rs.getString(2), rs.getString(3))))
                .list();
        return edits;
    }

    void saveEdit(long campaignId, String key, String body, long userId, OffsetDateTime at) {
        int updated = jdbc.sql("""
                        update report_edit set body = ?, edited_by = ?, edited_at = ? where campaign_id = ? and para_key = ?""")
                .params(body, userId, at, campaignId, key).update();
        if (updated == 0) {
            jdbc.sql("insert into report_edit (campaign_id, para_key, body, edited_by, edited_at) values (?, ?, ?, ?, ?)")
                    .params(campaignId, key, body, userId, at).update();
        }
    }

    void dropEdit(long campaignId, String key) {
        jdbc.sql("delete from report_edit where campaign_id = ? and para_key = ?").params(campaignId, key).update();
    }

    /** The coordinator's choices of 附件2's photos: photo → taken in (true) or left out (false). */
    Map<Long, Boolean> photoChoices(long campaignId) {
        Map<Long, Boolean> choices = new LinkedHashMap<>();
        jdbc.sql("select photo_id, chosen from report_photo_choice where campaign_id = ?").param(campaignId)
                .query((rs, n) -> choices.put(rs.getLong(1), rs.getBoolean(2))).list();
        return choices;
    }

    void choosePhoto(long campaignId, long photoId, boolean chosen, long userId, OffsetDateTime at) {
        jdbc.sql("delete from report_photo_choice where campaign_id = ? and photo_id = ?").params(campaignId, photoId)
                .update();
        jdbc.sql("""
                        insert into report_photo_choice (campaign_id, photo_id, chosen, chosen_by, chosen_at)
                        values (?, ?, ?, ?, ?)""")
                .params(campaignId, photoId, chosen, userId, at).update();
    }

    /** Saves the next version; the unique (campaign, number) makes two signers at once get different numbers or fail. */
    Version sign(long organisationId, long campaignId, long userId, OffsetDateTime at, String title, byte[] docx,
            String docxSha256, byte[] pdf, String pdfSha256) {
        int next = jdbc.sql("select coalesce(max(version_no), 0) + 1 from report_version where campaign_id = ?")
                .param(campaignId).query(Integer.class).single();
        jdbc.sql("""
                        insert into report_version (organisation_id, campaign_id, version_no, signed_by, signed_at, title,
                                                    docx, docx_sha256, pdf, pdf_sha256)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, campaignId, next, userId, at, title, docx, docxSha256, pdf, pdfSha256)
                .update();
        return version(campaignId, next).orElseThrow();
    }

    List<Version> versions(long campaignId) {
        return jdbc.sql(VERSION + " where v.campaign_id = ? order by v.version_no desc").param(campaignId)
                .query((rs, n) -> row(rs)).list();
    }

    Optional<Version> version(long campaignId, int number) {
        return jdbc.sql(VERSION + " where v.campaign_id = ? and v.version_no = ?").params(campaignId, number)
                .query((rs, n) -> row(rs)).optional();
    }

    /** The latest version signed at or before {@code at}, for a 上报包 made as of then. */
    Optional<Integer> latestSignedBy(long campaignId, OffsetDateTime at) {
        return jdbc.sql("select max(version_no) from report_version where campaign_id = ? and signed_at <= ?")
                .params(campaignId, at).query((rs, n) -> (Integer) rs.getObject(1, Integer.class)).optional()
                .filter(java.util.Objects::nonNull);
    }

    /** The file of a version: {@code docx} or {@code pdf}. */
    Optional<byte[]> file(long campaignId, int number, boolean pdf) {
        return jdbc.sql("select " + (pdf ? "pdf" : "docx") + " from report_version where campaign_id = ? and version_no = ?")
                .params(campaignId, number).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static final String VERSION = """
            select v.id, v.version_no, u.display_name, v.signed_at, v.title, v.docx_sha256, octet_length(v.docx) as docx_bytes,
                   v.pdf_sha256, octet_length(v.pdf) as pdf_bytes
            from report_version v join app_user u on u.id = v.signed_by""";

    private static Version row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Version(rs.getLong("id"), rs.getInt("version_no"), rs.getString("display_name"),
                rs.getObject("signed_at", OffsetDateTime.class), rs.getString("title"), rs.getString("docx_sha256"),
                rs.getLong("docx_bytes"), rs.getString("pdf_sha256"), rs.getLong("pdf_bytes"));
    }
}
