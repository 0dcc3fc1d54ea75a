package org.jixiao;

import org.jixiao.cli.Cli;
import org.jixiao.cli.NightJvm;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** jixiao: reads budget-performance filings, checks them, sums them and publishes the reports. */
@SpringBootApplication
public class JixiaoApplication {

    public static void main(String[] args) {
        // a night started from the jar runs in a JVM started for it (class archive, compilers): see NightJvm
        java.util.OptionalInt night = NightJvm.launch(args);
        if (night.isPresent()) {
            System.exit(night.getAsInt());
        }
        Cli.quickCompile(args);
        System.exit(Cli.run(args));
    }
}
