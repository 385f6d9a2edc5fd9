package org.duban.audit;

import org.duban.backup.BackupMade;
import org.duban.campaign.CampaignChanged;
import org.duban.campaign.CampaignCreated;
import org.duban.compile.CompiledReportMade;
import org.duban.ledger.LedgerExported;
import org.duban.notify.UnitUrged;
import org.duban.supervision.CalendarAccessed;
import org.duban.org.UnitChanged;
import org.duban.org.UserAccount;
import org.duban.org.UserAccounts;
import org.duban.photo.PhotoUploaded;
import org.duban.report.PhotoDownloaded;
import org.duban.report.ReportReviewed;
import org.duban.report.ReportSaved;
import org.duban.report.ReportSubmitted;
import org.duban.rollup.PlanIssued;
import org.duban.security.AccessTokenChanged;
import org.duban.security.LoginAttempted;
import org.duban.security.UserChanged;
import org.duban.summary.SummaryReviewed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What the other modules announce, written to the log with who did it. */
@Component
class AuditListeners {

    private final AuditLog log;
    private final UserAccounts accounts;

    AuditListeners(AuditLog log, UserAccounts accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    void login(LoginAttempted e) {
        Long org = e.organisationId();
        Long actorId = e.userId();
        if (org == null) {
            UserAccount known = accounts.byUsername(e.username()).orElse(null);
            org = known == null ? null : known.organisationId();
            actorId = known == null ? null : known.id();
        }
        String action = switch (e.outcome()) {
            case "SUCCESS" -> "LOGIN";
            case "LOCKED_OUT" -> "LOCKOUT";
            case "BLOCKED" -> "LOGIN_BLOCKED";
            default -> "LOGIN_FAILED";
        };
        // a failed login rolls back the request's transaction, if any; the record must stay
        log.recordAlone(org, actorId, e.username(), action, e.username(), e.outcome().equals("SUCCESS") ? "OK" : "DENIED",
                "来自 " + e.address());
    }

    @EventListener
    void userChanged(UserChanged e) {
        log.record(e.organisationId(), e.adminId(), nameOf(e.adminId()), "USER_CHANGED", "账号 " + e.username(), "OK",
                e.change());
    }

    @EventListener
    void accessToken(AccessTokenChanged e) {
        log.record(e.organisationId(), e.userId(), e.username(), "TOKEN_" + e.change(), "访问令牌 " + e.tokenId(), "OK",
                e.tokenName() + (e.detail() == null ? "" : " (" + e.detail() + ")"));
    }

    @EventListener
    void campaignCreated(CampaignCreated e) {
        log.record(e.organisationId(), e.createdBy(), nameOf(e.createdBy()), "CAMPAIGN_CREATED", "活动计划 " + e.campaignId(),
                "OK", e.activities() + " 项活动，" + e.assignments() + " 项单位任务");
    }

    @EventListener
    void planIssued(PlanIssued e) {
        log.record(e.organisationId(), e.coordinatorId(), nameOf(e.coordinatorId()), "PLAN_ISSUED",
                "活动计划 " + e.campaignId(), "OK", "下发给 " + e.issuedTo().size() + " 个下级机构：" + String.join("、", e.issuedTo()));
    }

    @EventListener
    void campaignChanged(CampaignChanged e) {
        log.record(e.organisationId(), e.actorId(), nameOf(e.actorId()), "CAMPAIGN_" + e.change(),
                "活动计划 " + e.campaignId(), "OK", e.detail());
    }

    @EventListener
    void unitChanged(UnitChanged e) {
        log.record(e.organisationId(), e.actorId(), e.actorId() == null ? AuditLog.SYSTEM : nameOf(e.actorId()),
                e.added() ? "UNIT_ADDED" : "UNIT_CHANGED", "单位 " + e.unitId() + " " + e.name(), "OK", e.change());
    }

    /** Written after a restore too, so the restored log itself says when it was put back. */
    @EventListener
    void backup(BackupMade e) {
        log.recordAlone(null, e.actorId(), e.actor() == null ? "命令行 (command line)" : e.actor(),
                e.restored() ? "RESTORED" : "BACKUP_MADE", e.folder(), "OK",
                e.database() + " 数据库，照片文件 " + e.photos() + " 个");
    }

    @EventListener
    void urged(UnitUrged e) {
        log.record(e.organisationId(), e.coordinatorId(), nameOf(e.coordinatorId()), "URGE",
                e.assignmentId() != null ? "单位任务 " + e.assignmentId() : "活动计划 " + e.campaignId(), "OK",
                "单位 " + e.unitId() + "，" + e.items() + " 项"
                        + (e.message() == null || e.message().isEmpty() ? "" : "：" + e.message()));
    }

    /**
     * Showing or replacing a unit's calendar address is logged each time; the feed itself is read by calendar apps
     * every few minutes, so a reading is logged once a day per unit and address (who held the link, from where).
     */
    @EventListener
    void calendar(CalendarAccessed e) {
        String target = "单位日历 " + e.unitId() + " " + e.unitName();
        if (e.userId() == null) {
            if (log.loggedToday(e.organisationId(), "CALENDAR_FETCHED", target)) {
                return;
            }
            log.record(e.organisationId(), null, "日历订阅链接", "CALENDAR_FETCHED", target, "OK",
                    "持有该单位日历订阅地址者读取了日历（今日首次）");
        } else {
            log.record(e.organisationId(), e.userId(), nameOf(e.userId()), "CALENDAR_LINK", target, "OK",
                    e.access().equals("RENEWED") ? "已更换订阅地址，旧地址停止使用" : "查看了订阅地址");
        }
    }

    @EventListener
    void reportSaved(ReportSaved e) {
        log.record(e.organisationId(), e.actorId(), nameOf(e.actorId()), "REPORT_SAVED", "报送 " + e.reportId(), "OK",
                "新增照片 " + e.photosAdded() + " 张");
    }

    @EventListener
    void reportSubmitted(ReportSubmitted e) {
        log.record(e.organisationId(), e.actorId(), nameOf(e.actorId()), "REPORT_SUBMITTED", "报送 " + e.reportId(),
                "OK", null);
    }

    @EventListener
    void reportReviewed(ReportReviewed e) {
        log.record(e.organisationId(), e.reviewerId(), nameOf(e.reviewerId()),
                e.accepted() ? "REPORT_ACCEPTED" : "REPORT_RETURNED", "报送 " + e.reportId(), "OK", null);
    }

    @EventListener
    void summaryReviewed(SummaryReviewed e) {
        log.record(e.organisationId(), e.reviewerId(), nameOf(e.reviewerId()),
                e.accepted() ? "SUMMARY_ACCEPTED" : "SUMMARY_RETURNED", "活动总结 " + e.summaryId(), "OK", e.comment());
    }

    @EventListener
    void photoUploaded(PhotoUploaded e) {
        log.record(e.organisationId(), e.uploadedBy(), nameOf(e.uploadedBy()), "PHOTO_UPLOADED", "照片 " + e.photoId(),
                "OK", e.sizeBytes() + " 字节" + (e.alreadyKnown() ? "，与已有照片相同" : ""));
    }

    /**
     * Runs inside the download's read-only transaction, before a byte is served: an original that cannot be logged is
     * not handed out. {@link AuditLog#record} writes it in a transaction of its own.
     */
    @EventListener
    void photoDownloaded(PhotoDownloaded e) {
        log.record(e.organisationId(), e.userId(), nameOf(e.userId()), "PHOTO_DOWNLOADED", "照片 " + e.photoId(), "OK",
                "报送 " + e.reportId() + " 的原图");
    }

    @EventListener
    void ledgerExported(LedgerExported e) {
        log.record(e.organisationId(), e.userId(), nameOf(e.userId()),
                e.kind().equals("WORKBOOK") ? "LEDGER_EXPORTED" : "PACKAGE_EXPORTED", "活动计划 " + e.campaignId(), "OK",
                "导出 " + e.exportId() + "，统计截止 " + e.asOf() + "，" + e.sizeBytes() + " 字节，数据版本 SHA-256 "
                        + e.dataSha256());
    }

    @EventListener
    void compiledReportMade(CompiledReportMade e) {
        if (e.signed()) {
            log.record(e.organisationId(), e.userId(), nameOf(e.userId()), "REPORT_SIGNED",
                    "活动计划 " + e.campaignId() + " 的活动开展情况报告", "OK",
                    "定稿第 " + e.version() + " 版，" + e.sizeBytes() + " 字节，DOCX SHA-256 " + e.fileSha256());
            return;
        }
        log.record(e.organisationId(), e.userId(), nameOf(e.userId()), "REPORT_COMPILED",
                "活动计划 " + e.campaignId() + " 的活动开展情况报告", "OK",
                "下载报告初稿（" + e.kind() + "），数据截至 " + e.asOf() + "，" + e.sizeBytes() + " 字节，文件 SHA-256 "
                        + e.fileSha256());
    }

    private String nameOf(long userId) {
        return accounts.byId(userId).map(UserAccount::username).orElse(String.valueOf(userId));
    }
}
