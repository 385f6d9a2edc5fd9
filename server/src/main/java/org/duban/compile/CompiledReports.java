package org.duban.compile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.web.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts a campaign's compiled report, for its organisation's coordinators and administrators only, from the data as
 * it stands (or stood at the 上报包's cut-off). A download is written to the audit log.
 */
@Service
public class CompiledReports {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CampaignService campaigns;
    private final CompiledReportData data;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate reading;

    CompiledReports(CampaignService campaigns, CompiledReportData data, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.campaigns = campaigns;
        this.data = data;
        this.events = events;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The draft, made now, as the download; recorded in the audit log. */
    public record Drafted(Campaign campaign, byte[] docx) {

        /** The download's name: the report's title. */
        public String fileName() {
            return ReportDocx.title(campaign.notice()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_") + ".docx";
        }
    }

    /**
     * @throws CompileRefused 403 for anyone but a coordinator or an administrator
     * @throws NotFound       for a campaign not of the user's organisation
     */
    public Drafted draft(DubanUser user, long campaignId) {
        Campaign campaign = allowed(user, campaignId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(user, campaign, now, out);
        byte[] docx = out.toByteArray();
        events.publishEvent(new CompiledReportMade(user.organisationId(), campaignId, user.id(), now, sha256(docx),
                docx.length));
        return new Drafted(campaign, docx);
    }

    /** Writes the draft as of {@code cutoff} to {@code out} (left open), for the 上报包. */
    void write(DubanUser user, long campaignId, OffsetDateTime cutoff, OutputStream out) {
        write(user, allowed(user, campaignId), cutoff, out);
    }

    private void write(DubanUser user, Campaign campaign, OffsetDateTime cutoff, OutputStream out) {
        CompiledReportData.Draft draft = reading.execute(status ->
                data.read(user.organisationId(), campaign, cutoff, clock.getZone()));
        try {
            ReportDocx.write(draft, clock.getZone(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Campaign allowed(DubanUser user, long campaignId) {
        if (!user.canCoordinate()) {
            throw new CompileRefused(403, "compile.error.notCoordinator");
        }
        return campaigns.find(user.organisationId(), campaignId).orElseThrow(NotFound::new);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
