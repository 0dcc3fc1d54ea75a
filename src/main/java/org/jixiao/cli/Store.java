package org.jixiao.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Where the H2 store lives: a file database in {@code <output>/.jixiao/} unless --store gives a JDBC URL. */
final class Store {

    static final String FOLDER = ".jixiao";

    private Store() {
    }

    static Map<String, Object> defaults(Path output, String url) {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", url != null ? url : fileUrl(output));
        // The terminal gets jixiao's own report; the log (with stack traces) goes to the store folder.
        p.put("logging.file.name", output.resolve(FOLDER).resolve("jixiao.log").toString());
        p.put("logging.threshold.console", "OFF");
        // what jixiao keeps from night to night besides the store: compiled templates
        p.put("jixiao.cache", output.resolve(FOLDER).resolve("cache").toString());
        return p;
    }

    static String fileUrl(Path output) {
        Path db = output.resolve(FOLDER).resolve("store").toAbsolutePath();
        return "jdbc:h2:file:" + db.toString().replace('\\', '/');
    }
}
