package org.communskg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communskg.importer.ImportListener;
import org.communskg.importer.ImportSummary;

/** Test fixture: an App over a fresh TDB2 folder with the bundled seed article imported. */
public final class Seeded {
    public static final Path ROOT = Path.of(System.getProperty("project.root", "."));
    public static final Path SEED = ROOT.resolve("data/articles/seed-article.md");
    public static final String BASE = "http://localhost:7070/id/";

    private Seeded() {
    }

    /** The IRI of an entity or article under {@link #BASE}: {@code iri("person/camille-hub")}. */
    public static org.apache.jena.graph.Node iri(String path) {
        return org.apache.jena.graph.NodeFactory.createURI(BASE + path);
    }

    public static App app(Path folder) {
        return App.open(Settings.defaults().withStore(folder.resolve("store")).withBaseUri(BASE));
    }

    /** Opens a store in {@code folder} and imports the seed; fails loudly if the import failed. */
    public static App withSeed(Path folder) {
        App app = app(folder);
        ImportSummary summary = app.importer().importAll(List.of(SEED.toString()), ImportListener.NONE);
        if (!summary.failures().isEmpty() || summary.imported().size() != 1) {
            throw new IllegalStateException("seed import failed: " + summary.failures());
        }
        return app;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
