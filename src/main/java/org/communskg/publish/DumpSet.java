package org.communskg.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.communskg.store.Formats;
import org.communskg.store.GraphStore;

/**
 * The five gzip-compressed dumps of the graph in one folder, with a {@code manifest.tsv} (size,
 * count, checksum of each) and a {@code SHA256SUMS} file that {@code sha256sum -c} checks.
 * Gzip output is deterministic: {@link GZIPOutputStream} writes mtime 0 and no file name.
 *
 * <pre>{@code
 * List<DumpFile> files = DumpSet.write(store, Path.of("dumps"), DumpListener.NONE);
 * List<DumpFile> again = DumpSet.read(Path.of("dumps"));
 * }</pre>
 */
public final class DumpSet {
    public static final String MANIFEST = "manifest.tsv";
    public static final String SHA256SUMS = "SHA256SUMS";

    private DumpSet() {
    }

    /** Writes every dump of {@link Formats#DATASETS} into {@code folder}, then the manifest and checksums. */
    public static List<DumpFile> write(GraphStore store, Path folder, DumpListener listener) {
        try {
            Files.createDirectories(folder);
            List<DumpFile> files = new ArrayList<>();
            for (Lang lang : Formats.DATASETS) {
                files.add(writeOne(store, lang, folder, listener));
            }
            writeManifest(folder, files);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One compressed dump, written to a temporary file and moved into place when complete. */
    public static DumpFile writeOne(GraphStore store, Lang lang, Path folder, DumpListener listener) throws IOException {
        String name = DumpFile.nameFor(lang);
        Path tmp = Files.createTempFile(folder, ".dump-", ".tmp");
        try {
            MessageDigest sha = sha256();
            long count;
            try (OutputStream file = Files.newOutputStream(tmp);
                 DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(file, 1 << 16), sha);
                 GZIPOutputStream gz = new GZIPOutputStream(digest, 1 << 16)) {
                count = SortedDump.of(lang).write(store, gz, listener);
            }
            Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new DumpFile(name, lang, Files.size(folder.resolve(name)), count, HexFormat.of().formatHex(sha.digest()));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The dumps a folder's manifest lists, or an empty list when it has none. */
    public static List<DumpFile> read(Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return List.of();
        }
        try {
            return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(DumpFile::fromManifestLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeManifest(Path folder, List<DumpFile> files) throws IOException {
        StringBuilder manifest = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        for (DumpFile f : files) {
            manifest.append(f.toManifestLine()).append('\n');
            sums.append(f.sha256()).append("  ").append(f.name()).append('\n');
        }
        Files.writeString(folder.resolve(SHA256SUMS), sums, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
