package org.duban;

import java.time.Clock;
import org.duban.planreader.cli.PlanReaderCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * Duban (督办). {@code java -jar duban.jar} serves the web application; {@code java -jar duban.jar read FILE} runs
 * the plan reader on one file and prints its JSON without starting Spring.
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
        SpringApplication.run(DubanApplication.class, args);
    }

    /** Status and deadlines are computed against this clock; tests stand on any day by replacing it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
