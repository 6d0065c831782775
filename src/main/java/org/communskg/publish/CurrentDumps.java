package org.communskg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communskg.store.GraphStore;

/**
 * The dumps of the graph a server is serving, made on first demand and kept for the server's
 * life: the store is opened by one process, so it does not change under a running server.
 *
 * <pre>{@code
 * CurrentDumps dumps = CurrentDumps.in(store, Files.createTempDirectory("dumps"));
 * List<DumpFile> files = dumps.files();
 * }</pre>
 */
public final class CurrentDumps {
    private final GraphStore store;
    private final Path folder;
    private List<DumpFile> files;
    private Instant made;

    private CurrentDumps(GraphStore store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    public static CurrentDumps in(GraphStore store, Path folder) {
        return new CurrentDumps(store, folder);
    }

    /** A fresh temporary folder, removed when the JVM exits. */
    public static CurrentDumps inTemporaryFolder(GraphStore store) {
        try {
            Path folder = Files.createTempDirectory("communs-kg-dumps");
            folder.toFile().deleteOnExit();
            return new CurrentDumps(store, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The five dumps, written on the first call. */
    public synchronized List<DumpFile> files() {
        if (files == null) {
            files = DumpSet.write(store, folder, DumpListener.NONE);
            // Registered after the folder, so deleted before it when the JVM exits.
            files.forEach(f -> folder.resolve(f.name()).toFile().deleteOnExit());
            folder.resolve(DumpSet.MANIFEST).toFile().deleteOnExit();
            folder.resolve(DumpSet.SHA256SUMS).toFile().deleteOnExit();
            made = Instant.now();
        }
        return files;
    }

    /** When the dumps were made (after {@link #files()}). */
    public synchronized Instant made() {
        files();
        return made;
    }

    /** The path of a file by name: a dump or {@code SHA256SUMS}; empty for any other name. */
    public Optional<Path> file(String name) {
        boolean known = DumpSet.SHA256SUMS.equals(name) || files().stream().anyMatch(f -> f.name().equals(name));
        return known ? Optional.of(folder.resolve(name)) : Optional.empty();
    }
}
