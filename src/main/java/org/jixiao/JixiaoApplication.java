package org.jixiao;

import org.jixiao.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** jixiao: reads budget-performance filings, checks them, sums them and publishes the reports. */
@SpringBootApplication
public class JixiaoApplication {

    public static void main(String[] args) {
        Cli.quickCompile(args);
        System.exit(Cli.run(args));
    }
}
