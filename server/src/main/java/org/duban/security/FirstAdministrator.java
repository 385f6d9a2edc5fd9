package org.duban.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import org.duban.org.UserAccounts;
import org.duban.web.NotFound;
import org.duban.web.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Duban's first administrator, so that no start needs a known password. Either from the environment
 * ({@code DUBAN_ADMIN_USERNAME}, {@code DUBAN_ADMIN_PASSWORD}, for scripted installs and several nodes), created at
 * start while no real administrator exists; or on the one-time page {@code /setup}, open only while nobody can
 * administer users and only with the setup code this node writes to its log (whoever reaches a fresh server first
 * must also be able to read its log). Runs before the demo data, which then switches the demo accounts off.
 */
@Service
@Order(10)
@EnableConfigurationProperties(FirstAdministrator.Settings.class)
class FirstAdministrator implements ApplicationRunner {

    /**
     * {@code duban.admin.*}
     *
     * @param username     the first administrator's user name; with {@code password}, created at start
     * @param password     their password (the password policy applies); read only while they do not exist
     * @param organisation the name of the organisation (bureau) they administer
     * @param displayName  the name shown for them
     */
    @ConfigurationProperties("duban.admin")
    record Settings(String username, String password, @DefaultValue("本局") String organisation, String displayName) {
    }

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Settings settings;
    private final UserAccounts accounts;
    private final UserAdministration administration;
    private final MessageSource messages;
    private final String code;

    FirstAdministrator(Settings settings, UserAccounts accounts, UserAdministration administration,
            MessageSource messages) {
        this.settings = settings;
        this.accounts = accounts;
        this.administration = administration;
        this.messages = messages;
        this.code = newCode();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.username() == null || settings.username().isBlank()) {
            return;
        }
        if (accounts.realAdministratorExists()) {
            log.info("DUBAN_ADMIN_USERNAME is set, but an administrator exists already: nothing created");
            return;
        }
        if (settings.password() == null || settings.password().isEmpty()) {
            throw new IllegalStateException("DUBAN_ADMIN_USERNAME 已设置，但没有 DUBAN_ADMIN_PASSWORD。"
                    + " DUBAN_ADMIN_USERNAME is set without DUBAN_ADMIN_PASSWORD.");
        }
        try {
            administration.createFirstAdministrator(settings.organisation(), settings.username(), settings.displayName(),
                    settings.password());
            log.info("First administrator {} created from the environment", settings.username());
        } catch (DataAccessException e) {
            if (!createdByAnotherNode()) {
                throw e;
            }
        } catch (UserFacingException e) {
            if (!createdByAnotherNode()) {
                throw new IllegalStateException("DUBAN_ADMIN_USERNAME / DUBAN_ADMIN_PASSWORD 不可用："
                        + messages.getMessage(e.messageKey(), e.args(), Locale.SIMPLIFIED_CHINESE) + " / "
                        + messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH), e);
            }
        }
    }

    /** Several nodes started at once on a new database, each told the same: another one was first. */
    private boolean createdByAnotherNode() {
        if (!accounts.realAdministratorExists()) {
            return false;
        }
        log.info("DUBAN_ADMIN_USERNAME is set; another node created the first administrator at the same moment");
        return true;
    }

    /** Says where to go when nobody can administer Duban: after every start-up step, so after the demo's. */
    @EventListener(ApplicationReadyEvent.class)
    void tellHowToSetUp() {
        if (needed()) {
            log.warn("""
                    督办还没有可以登录的管理员。请打开 /setup，输入设置码 {} 创建第一个管理员（或设置 DUBAN_ADMIN_USERNAME 和\
                     DUBAN_ADMIN_PASSWORD 后重新启动；要试用演示，请加 --duban.demo.enabled=true 启动）。
                    No administrator yet: open /setup and enter the setup code {} (or set DUBAN_ADMIN_USERNAME and\
                     DUBAN_ADMIN_PASSWORD and restart; for the demo, start with --duban.demo.enabled=true).""", code, code);
        }
    }

    /** Whether Duban still needs its first administrator: nobody, demo or real, can administer users. */
    boolean needed() {
        return !accounts.administratorExists();
    }

    /** Creates the first administrator from the setup page; one at a time, and only while none exists. */
    synchronized long setUp(SetupForm form) {
        if (!needed()) {
            throw new NotFound();
        }
        if (!sameCode(form.code())) {
            throw new UserAdministration.Refused("setup.error.code");
        }
        return administration.createFirstAdministrator(form.organisation(), form.username(), form.displayName(),
                form.password());
    }

    /** This node's setup code, as its log shows it. */
    String code() {
        return code;
    }

    private boolean sameCode(String typed) {
        String t = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8),
                code.replace("-", "").getBytes(StandardCharsets.UTF_8));
    }

    /** 12 letters from 32 (60 bits), in groups of four, without the look-alikes 0/O and 1/I. */
    private static String newCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return b.toString();
    }
}
