package org.communskg.bench;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.communskg.store.GraphStore;
import org.communskg.store.Tdb2GraphStore;

/**
 * Our bulk path ({@link GraphStore#load}, the one {@code generate} uses) loading an N-Quads file
 * into a fresh TDB2 store in batches, for comparison with Jena's {@code tdb2.tdbloader} on the same
 * file. Not a test: run by {@code bench/scale.sh}.
 *
 * <pre>{@code
 * java -cp target/communs-kg.jar:target/test-classes org.communskg.bench.BulkLoadBench FILE.nq STORE
 * }</pre>
 */
public final class BulkLoadBench {
    /** Quads per transaction: about what {@code generate} writes per batch. */
    static final int BATCH = 150_000;

    private BulkLoadBench() {
    }

    public static void main(String[] args) throws java.io.IOException {
        long start = System.nanoTime();
        long[] n = {0};
        Path file = Path.of(args[0]);
        try (Tdb2GraphStore store = Tdb2GraphStore.open(Path.of(args[1]));
             java.io.InputStream raw = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16);
             java.io.InputStream in = file.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw) {
            DatasetGraph[] batch = {DatasetGraphFactory.create()};
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    batch[0].add(quad);
                    if (++n[0] % BATCH == 0) {
                        store.load(batch[0]);
                        batch[0] = DatasetGraphFactory.create();
                    }
                }
            });
            store.load(batch[0]);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf("load\t%d\t%.1f\t%.0f%n", n[0], wall, n[0] / wall);
    }
}
