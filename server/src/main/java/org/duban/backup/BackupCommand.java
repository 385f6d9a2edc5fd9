package org.duban.backup;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar duban.jar --duban.backup=DIR} and {@code --duban.restore=DIR}, with the server's own database and
 * photo settings: do it, print what was done, exit 0 (or 1 with the reason). Runs before anything else that starts
 * with the application (the demo, the first administrator), so a restore lands on a database nothing has touched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackupCommand.class);

    private final Backups backups;
    private final ApplicationContext context;

    BackupCommand(Backups backups, ApplicationContext context) {
        this.backups = backups;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String backup = single(args, "duban.backup");
        String restore = single(args, "duban.restore");
        if (backup == null && restore == null) {
            return;
        }
        int code;
        try {
            Backups.Result result = backup != null ? backups.backUp(Path.of(backup)) : backups.restore(Path.of(restore));
            System.out.println((backup != null ? "备份完成 (backup written): " : "恢复完成 (restored): ") + result.folder()
                    + " — " + result.database() + " database, " + result.photos() + " photo files, " + result.files()
                    + " files checked by " + Backups.MANIFEST);
            code = 0;
        } catch (BackupRefused e) {
            System.out.println((backup != null ? "备份失败 (backup failed): " : "恢复失败 (restore failed): ") + e.getMessage());
            code = 1;
        } catch (Exception e) {
            LOG.error("{} failed", backup != null ? "Backup" : "Restore", e);
            System.out.println((backup != null ? "备份失败 (backup failed): " : "恢复失败 (restore failed): ") + e);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static String single(ApplicationArguments args, String option) {
        if (!args.containsOption(option)) {
            return null;
        }
        var values = args.getOptionValues(option);
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("--" + option + "=DIR: name one folder");
        }
        return values.get(0);
    }
}
