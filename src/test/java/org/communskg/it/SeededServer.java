package org.communskg.it;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.communskg.App;
import org.communskg.Seeded;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app over a fresh TDB2 folder with the seed imported, served on a random port for a whole
 * test class: {@code @RegisterExtension static final SeededServer SERVER = new SeededServer();}
 */
public final class SeededServer implements BeforeAllCallback, AfterAllCallback {
    private Path folder;
    private App app;
    private Javalin web;
    private Http http;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("communskg-it");
        app = Seeded.withSeed(folder);
        web = app.web("http://localhost:0").start(0);
        http = new Http(web.port());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        web.stop();
        app.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public App app() {
        return app;
    }

    public Http http() {
        return http;
    }
}
