package org.communskg;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communskg.importer.Corrections;
import org.communskg.importer.Importer;
import org.communskg.importer.extract.Authority;
import org.communskg.importer.extract.Extractor;
import org.communskg.importer.extract.RuleBasedExtractor;
import org.communskg.model.Iris;
import org.communskg.publish.Publishing;
import org.communskg.publish.Releases;
import org.communskg.store.GraphStore;
import org.communskg.store.NamedQueries;
import org.communskg.store.RemoteGraphStore;
import org.communskg.store.Tdb2GraphStore;
import org.communskg.web.WebApp;

/**
 * Wires the stages together: the store, the importer and the web front end, from one
 * {@link Settings}.
 *
 * <pre>{@code
 * try (App app = App.open(Settings.defaults())) {
 *     app.importer().importAll(List.of("data/articles"), ImportListener.NONE);
 *     app.web("http://localhost:7070").start(7070);
 * }
 * }</pre>
 */
public final class App implements AutoCloseable {
    private final Settings settings;
    private final GraphStore store;
    private Importer importer;

    private App(Settings settings, GraphStore store) {
        this.settings = settings;
        this.store = store;
    }

    /** Opens the store named in the settings: the embedded TDB2 folder, or a remote Fuseki dataset. */
    public static App open(Settings settings) {
        GraphStore store = settings.isRemote()
                ? RemoteGraphStore.connect(settings.remote(), settings.queryTimeout())
                : Tdb2GraphStore.open(settings.store(), settings.textIndex(), settings.queryTimeout());
        return new App(settings, store);
    }

    /** Wires the stages over a store opened elsewhere, such as a remote Fuseki dataset. */
    public static App over(Settings settings, GraphStore store) {
        return new App(settings, store);
    }

    /** The extractor the settings ask for: the rule-based one, with the bundled or a user's authority file. */
    public static Extractor extractor(Settings settings) {
        Authority authority = settings.authority() == null ? Authority.bundled() : Authority.load(settings.authority());
        return new RuleBasedExtractor(authority);
    }

    /** The curator's corrections named in the settings, or none when the file does not exist. */
    public static Corrections corrections(Settings settings) {
        Path file = settings.corrections();
        return file != null && Files.isRegularFile(file) ? Corrections.load(file) : Corrections.none();
    }

    public Settings settings() {
        return settings;
    }

    public GraphStore store() {
        return store;
    }

    /** Built on first use: its lexicons and authority file cost a server that only answers queries its start time. */
    public synchronized Importer importer() {
        if (importer == null) {
            importer = Importer.builder().store(store).extractor(extractor(settings))
                    .iris(Iris.under(settings.baseUri())).corrections(corrections(settings))
                    .limits(settings.importLimits()).build();
        }
        return importer;
    }

    /** An unstarted Javalin serving this app's store. */
    public Javalin web(String publicUrl) {
        return WebApp.create(store, NamedQueries.bundled(), publicUrl, settings);
    }

    @Override
    public void close() {
        store.close();
    }
}
