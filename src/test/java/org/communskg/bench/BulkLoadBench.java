package org.communskg.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.communskg.store.GraphStore;
import org.communskg.store.Tdb2GraphStore;

/**
 * Our bulk path ({@link GraphStore#load}, the one {@code generate} uses: Jena's phased loader plus
 * the text index fed on the way) loading an N-Quads file into a fresh TDB2 store, for comparison
 * with Jena's {@code tdb2.tdbloader} on the same file. Not a test: run by {@code bench/scale.sh}.
 *
 * <pre>{@code
 * java -cp target/communs-kg.jar:target/test-classes org.communskg.bench.BulkLoadBench FILE.nq STORE
 * }</pre>
 */
public final class BulkLoadBench {
    private BulkLoadBench() {
    }

    public static void main(String[] args) throws java.io.IOException {
        long start = System.nanoTime();
        Path file = Path.of(args[0]);
        long n;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(Path.of(args[1]));
             InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            n = store.load(sink -> RDFParser.source(in).lang(Lang.NQUADS).parse(sink));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf("load\t%d\t%.1f\t%.0f%n", n, wall, n / wall);
    }
}
