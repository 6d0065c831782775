package org.communskg.it;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.Settings;
import org.communskg.importer.ImportListener;

/**
 * The app over a fresh TDB2 folder, with the settings a test chooses, the articles it imports,
 * served on a random loopback port. Close it to stop the server and delete the folder.
 *
 * <pre>{@code
 * try (TestServer s = TestServer.start(set -> set.withQueryTimeout(Duration.ofSeconds(2)), Seeded.SEED)) { ... }
 * }</pre>
 */
final class TestServer implements AutoCloseable {
    private final Path folder;
    private final App app;
    private final Javalin web;
    private final Http http;

    private TestServer(Path folder, App app) {
        this.folder = folder;
        this.app = app;
        this.web = app.web("http://localhost:0").start("127.0.0.1", 0);
        this.http = new Http(web.port());
    }

    /** A server over {@code articles} (imported one by one, each must succeed), with tweaked settings. */
    static TestServer start(UnaryOperator<Settings> settings, Path... articles) {
        try {
            Path folder = Files.createTempDirectory("communskg-it");
            App app = App.open(settings.apply(Settings.defaults().withStore(folder.resolve("store"))
                    .withBaseUri(Seeded.BASE)));
            for (Path article : articles) {
                var summary = app.importer().importAll(List.of(article.toString()), ImportListener.NONE);
                if (!summary.failures().isEmpty()) {
                    throw new IllegalStateException("import failed: " + summary.failures());
                }
            }
            return new TestServer(folder, app);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    App app() {
        return app;
    }

    Http http() {
        return http;
    }

    int port() {
        return web.port();
    }

    @Override
    public void close() {
        web.stop();
        app.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
