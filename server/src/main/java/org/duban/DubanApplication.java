package org.duban;

import java.time.Clock;
import org.duban.planreader.cli.PlanReaderCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * Duban (督办). {@code java -jar duban.jar} serves the web application; {@code java -jar duban.jar read FILE} runs
 * the plan reader on one file and prints its JSON without starting Spring; {@code java -jar duban.jar
 * --duban.audit.verify} checks the operation log's hash chains, {@code --duban.backup=DIR} and {@code
 * --duban.restore=DIR} back up and restore the database with the photos, and exit.
 */
@SpringBootApplication
@Modulithic(sharedModules = "web")
public class DubanApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("read")) {
            String[] rest = new String[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            PlanReaderCommand.main(rest);
            return;
        }
        SpringApplication.run(DubanApplication.class, commandLine(args));
    }

    /**
     * A one-off command ({@code --duban.audit.verify}, {@code --duban.backup=DIR}, {@code --duban.restore=DIR}) starts the application to reach its database the way the
     * server does, but must not take the server's port: it listens on a free port of the loopback address only,
     * and exits when done.
     */
    static String[] commandLine(String[] args) {
        boolean command = java.util.Arrays.stream(args).anyMatch(a -> a.equals("--duban.audit.verify")
                || a.startsWith("--duban.audit.verify=") || a.startsWith("--duban.backup=")
                || a.startsWith("--duban.restore="));
        if (!command) {
            return args;
        }
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--server.address=127.0.0.1";
        return all;
    }

    /** Status and deadlines are computed against this clock; tests stand on any day by replacing it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
