package org.communskg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communskg.store.GraphStore;

/**
 * The folder of dated, immutable releases. A release is written beside its final place and
 * renamed into it when complete, and an existing version is never written again.
 *
 * <pre>{@code
 * Releases releases = Releases.in(Path.of("releases"));
 * Release r = releases.create(store, releases.nextVersion(LocalDate.now()), entry, DumpListener.NONE);
 * Optional<Release> latest = releases.latest();
 * }</pre>
 */
public final class Releases {
    private static final Pattern VERSION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\.(\\d+))?");
    /** Oldest first: by date, then by the number after the date. */
    static final Comparator<String> ORDER = Comparator.comparing((String v) -> matcher(v).group(1))
            .thenComparingInt(v -> matcher(v).group(2) == null ? 1 : Integer.parseInt(matcher(v).group(2)));

    private final Path folder;

    private Releases(Path folder) {
        this.folder = folder;
    }

    public static Releases in(Path folder) {
        return new Releases(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Every release, oldest first. */
    public List<Release> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(v -> VERSION.matcher(v).matches()).sorted(ORDER)
                    .map(v -> new Release(v, folder.resolve(v), DumpSet.read(folder.resolve(v))))
                    .filter(r -> !r.files().isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Release> latest() {
        List<Release> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<Release> find(String version) {
        return list().stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** The date itself if no release has it yet, else the date followed by {@code .2}, {@code .3}… */
    public String nextVersion(LocalDate date) {
        String v = date.toString();
        for (int n = 2; Files.exists(folder.resolve(v)); n++) {
            v = date + "." + n;
        }
        return v;
    }

    /**
     * Gates, dumps and freezes the store as release {@code version}.
     *
     * @param entry writes the release's catalogue entry from its dumps
     * @throws ReleaseExistsException      when that version exists
     * @throws ValidationFailedException   when the graph breaks the quality gate
     */
    public Release create(GraphStore store, String version, CatalogueEntry entry, DumpListener listener) {
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("A release version is a date, optionally followed by .N: " + version);
        }
        Path target = folder.resolve(version);
        refuseExisting(version, target);
        QualityGate.bundled().require(store);
        try {
            Files.createDirectories(folder);
            Path incoming = Files.createTempDirectory(folder, ".incoming-");
            List<DumpFile> files = DumpSet.write(store, incoming, listener);
            Release staged = new Release(version, incoming, files);
            Files.writeString(incoming.resolve(Release.CATALOGUE_ENTRY), entry.turtle(staged));
            refuseExisting(version, target);
            Files.move(incoming, target);
            freeze(target);
            return new Release(version, target, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseExisting(String version, Path target) {
        if (Files.exists(target)) {
            throw new ReleaseExistsException(version, target);
        }
    }

    /** Read-only files, so that a slip of the hand does not alter a published release. */
    private static void freeze(Path release) throws IOException {
        try (Stream<Path> files = Files.list(release)) {
            files.forEach(f -> f.toFile().setWritable(false, false));
        }
    }

    private static Matcher matcher(String version) {
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw new IllegalArgumentException(version);
        }
        return m;
    }

    /** Writes a release's catalogue entry (Turtle). */
    @FunctionalInterface
    public interface CatalogueEntry {
        String turtle(Release release);
    }
}
