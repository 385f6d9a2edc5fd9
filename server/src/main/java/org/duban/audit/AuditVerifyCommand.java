package org.duban.audit;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar duban.jar --duban.audit.verify}: checks every chain of the operation log, prints the verdict and
 * each chain's last hash, and exits 0 when intact, 2 where it is broken. Runs before anything else that starts with
 * the application (the demo, the first administrator), so it changes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "duban.audit.verify";

    private final AuditVerification verification;
    private final Environment environment;
    private final ApplicationContext context;

    AuditVerifyCommand(AuditVerification verification, Environment environment, ApplicationContext context) {
        this.verification = verification;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty(OPTION, Boolean.class, false) && !args.containsOption(OPTION)) {
            return;
        }
        int code = verifyAndPrint(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Prints the verdict; returns the exit code. */
    int verifyAndPrint(PrintStream out) {
        AuditVerification.Verdict verdict = verification.verifyAll();
        if (verdict.intact()) {
            out.println("操作日志完整 (audit log intact): " + verdict.checked() + " entries checked");
            for (AuditVerification.Head head : verdict.heads()) {
                out.println("  chain " + head.chainKey() + (head.chainKey() == 0 ? " (no organisation)" : "")
                        + ": last entry #" + (head.lastId() == null ? "-" : head.lastId()) + ", hash " + head.lastHash());
            }
            return 0;
        }
        AuditVerification.Break b = verdict.broken();
        out.println("操作日志被篡改 (audit log tampered with): chain " + b.chainKey() + ", entry #" + b.entryId()
                + (b.at() == null ? "" : " of " + b.at()) + ": " + switch (b.kind()) {
                    case ALTERED -> "its content was changed";
                    case LINK_BROKEN -> "an entry before it was changed, removed or inserted (last intact entry before it: #"
                            + b.previousId() + ")";
                    case UNCHAINED -> "it has no hash: it was not written by Duban";
                    case TAIL_MISSING -> "the chain's last entries were removed (last intact entry: #" + b.previousId() + ")";
                    case ANCHOR_UNCONFIRMED -> "entries up to it were removed with no retention purge on record";
                } + "; " + verdict.checked() + " entries checked");
        return 2;
    }
}
