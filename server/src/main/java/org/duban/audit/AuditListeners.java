package org.duban.audit;

import org.duban.backup.BackupMade;
import org.duban.campaign.CampaignChanged;
import org.duban.campaign.CampaignCreated;
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
                "address " + e.address());
    }

    @EventListener
    void userChanged(UserChanged e) {
        log.record(e.organisationId(), e.adminId(), nameOf(e.adminId()), "USER_CHANGED", "user " + e.username(), "OK",
                e.change());
    }

    @EventListener
    void accessToken(AccessTokenChanged e) {
        log.record(e.organisationId(), e.userId(), e.username(), "TOKEN_" + e.change(), "token " + e.tokenId(), "OK",
                e.tokenName() + (e.detail() == null ? "" : " (" + e.detail() + ")"));
    }

    @EventListener
    void campaignCreated(CampaignCreated e) {
        log.record(e.organisationId(), e.createdBy(), nameOf(e.createdBy()), "CAMPAIGN_CREATED", "campaign " + e.campaignId(),
                "OK", e.activities() + " activities, " + e.assignments() + " assignments");
    }

    @EventListener
    void campaignChanged(CampaignChanged e) {
        log.record(e.organisationId(), e.actorId(), nameOf(e.actorId()), "CAMPAIGN_" + e.change(),
                "活动计划 " + e.campaignId(), "OK", e.detail());
    }

    @EventListener
    void unitChanged(UnitChanged e) {
        log.record(e.organisationId(), e.actorId(), e.actorId() == null ? AuditLog.SYSTEM : nameOf(e.actorId()),
                e.added() ? "UNIT_ADDED" : "UNIT_CHANGED", "unit " + e.unitId() + " " + e.name(), "OK", e.change());
    }

    /** Written after a restore too, so the restored log itself says when it was put back. */
    @EventListener
    void backup(BackupMade e) {
        log.recordAlone(null, e.actorId(), e.actor() == null ? "命令行 (command line)" : e.actor(),
                e.restored() ? "RESTORED" : "BACKUP_MADE", e.folder(), "OK",
                e.database() + " database, " + e.photos() + " photo files");
    }

    @EventListener
    void urged(UnitUrged e) {
        log.record(e.organisationId(), e.coordinatorId(), nameOf(e.coordinatorId()), "URGE",
                e.assignmentId() != null ? "assignment " + e.assignmentId() : "campaign " + e.campaignId(), "OK",
                "unit " + e.unitId() + ", " + e.items() + " item(s)"
                        + (e.message() == null || e.message().isEmpty() ? "" : ": " + e.message()));
    }

    /**
     * Showing or replacing a unit's calendar address is logged each time; the feed itself is read by calendar apps
     * every few minutes, so a reading is logged once a day per unit and address (who held the link, from where).
     */
    @EventListener
    void calendar(CalendarAccessed e) {
        String target = "calendar of unit " + e.unitId() + " " + e.unitName();
        if (e.userId() == null) {
            if (log.loggedToday(e.organisationId(), "CALENDAR_FETCHED", target)) {
                return;
            }
            log.record(e.organisationId(), null, "日历订阅链接", "CALENDAR_FETCHED", target, "OK",
                    "feed read by whoever holds the unit's calendar address (first reading today from this address)");
        } else {
            log.record(e.organisationId(), e.userId(), nameOf(e.userId()), "CALENDAR_LINK", target, "OK",
                    e.access().equals("RENEWED") ? "address replaced: the old one stops working" : "address shown");
        }
    }

    @EventListener
    void reportSaved(ReportSaved e) {
        log.record(e.organisationId(), e.actorId(), nameOf(e.actorId()), "REPORT_SAVED", "report " + e.reportId(), "OK",
                e.photosAdded() + " photos added");
    }

    @EventListener
    void reportSubmitted(ReportSubmitted e) {
        log.record(e.organisationId(), e.actorId(), nameOf(e.actorId()), "REPORT_SUBMITTED", "report " + e.reportId(),
                "OK", null);
    }

    @EventListener
    void reportReviewed(ReportReviewed e) {
        log.record(e.organisationId(), e.reviewerId(), nameOf(e.reviewerId()),
                e.accepted() ? "REPORT_ACCEPTED" : "REPORT_RETURNED", "report " + e.reportId(), "OK", null);
    }

    @EventListener
    void summaryReviewed(SummaryReviewed e) {
        log.record(e.organisationId(), e.reviewerId(), nameOf(e.reviewerId()),
                e.accepted() ? "SUMMARY_ACCEPTED" : "SUMMARY_RETURNED", "活动总结 " + e.summaryId(), "OK", e.comment());
    }

    @EventListener
    void photoUploaded(PhotoUploaded e) {
        log.record(e.organisationId(), e.uploadedBy(), nameOf(e.uploadedBy()), "PHOTO_UPLOADED", "photo " + e.photoId(),
                "OK", e.sizeBytes() + " bytes" + (e.alreadyKnown() ? ", already known" : ""));
    }

    /**
     * Runs inside the download's read-only transaction, before a byte is served: an original that cannot be logged is
     * not handed out. {@link AuditLog#record} writes it in a transaction of its own.
     */
    @EventListener
    void photoDownloaded(PhotoDownloaded e) {
        log.record(e.organisationId(), e.userId(), nameOf(e.userId()), "PHOTO_DOWNLOADED", "photo " + e.photoId(), "OK",
                "original of report " + e.reportId());
    }

    @EventListener
    void ledgerExported(LedgerExported e) {
        log.record(e.organisationId(), e.userId(), nameOf(e.userId()),
                e.kind().equals("WORKBOOK") ? "LEDGER_EXPORTED" : "PACKAGE_EXPORTED", "campaign " + e.campaignId(), "OK",
                "export " + e.exportId() + ", as of " + e.asOf() + ", " + e.sizeBytes() + " bytes, data sha256 "
                        + e.dataSha256());
    }

    private String nameOf(long userId) {
        return accounts.byId(userId).map(UserAccount::username).orElse(String.valueOf(userId));
    }
}
