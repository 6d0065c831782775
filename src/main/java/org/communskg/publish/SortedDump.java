package org.communskg.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.communskg.model.Vocab;
import org.communskg.store.Formats;
import org.communskg.store.GraphStore;

/**
 * One reproducible dump of the whole store in one syntax, streamed with flat memory: every quad
 * goes through an external sort ({@link LineSorter}), so the same graph gives the same bytes
 * whatever order it was loaded in. N-Quads and N-Triples are the sorted lines themselves
 * (N-Triples is the union graph, duplicates dropped); Turtle is written from the sorted
 * N-Triples, TriG and JSON-LD from the quads sorted graph first.
 *
 * <pre>{@code
 * long quads = SortedDump.of(Lang.NQUADS).write(store, System.out, DumpListener.NONE);
 * }</pre>
 */
public final class SortedDump {
    /**
     * Characters of lines held in memory before a sorted run is spilled to disk: about 10 to 20 MB
     * of heap, small beside TDB2's own node caches, so a dump fits where Jena's writer fits.
     */
    static final long SORT_BUDGET = 8_000_000L;
    private static final int TICK = 8192;

    private final Lang lang;

    private SortedDump(Lang lang) {
        this.lang = lang;
    }

    /** @param lang one of {@link Formats#DATASETS} */
    public static SortedDump of(Lang lang) {
        if (!Formats.DATASETS.contains(lang)) {
            throw new IllegalArgumentException("No dump in " + lang.getLabel());
        }
        return new SortedDump(lang);
    }

    /** Writes the dump (uncompressed) to {@code out}; returns the number of triples or quads written. */
    public long write(GraphStore store, OutputStream out, DumpListener listener) {
        QuadLines lines = new QuadLines();
        Function<Quad, String> line = Lang.NQUADS.equals(lang) ? lines::quad
                : Lang.NTRIPLES.equals(lang) || Lang.TURTLE.equals(lang) ? lines::triple : lines::graphFirst;
        try (LineSorter sorter = LineSorter.withBudget(SORT_BUDGET)) {
            Feed feed = new Feed(line, sorter, listener);
            store.streamQuads(feed);
            feed.done();
            if (Lang.NQUADS.equals(lang) || Lang.NTRIPLES.equals(lang)) {
                return writeLines(sorter, out, listener);
            }
            return writeThroughRiot(sorter, out, listener);
        }
    }

    /** Turns each quad into its sort line as the store streams it. */
    private static final class Feed extends StreamRDFBase {
        private final Function<Quad, String> line;
        private final LineSorter sorter;
        private final DumpListener listener;
        private long n;

        Feed(Function<Quad, String> line, LineSorter sorter, DumpListener listener) {
            this.line = line;
            this.sorter = sorter;
            this.listener = listener;
        }

        @Override
        public void quad(Quad quad) {
            sorter.add(line.apply(quad));
            if (++n % TICK == 0) {
                listener.advanced(TICK);
            }
        }

        void done() {
            listener.advanced(n % TICK);
        }
    }

    private static long writeLines(LineSorter sorter, OutputStream out, DumpListener listener) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long n = sorter.drain(l -> {
            emit(w, l);
            listener.advanced(1);
        });
        flush(w);
        return n;
    }

    /** Turtle, TriG and JSON-LD: the sorted lines go to a temporary file, parsed back into a streaming writer. */
    private long writeThroughRiot(LineSorter sorter, OutputStream out, DumpListener listener) {
        Path sorted = null;
        try {
            sorted = Files.createTempFile("communs-kg-sorted", Lang.TURTLE.equals(lang) ? ".nt" : ".nq");
            long n;
            try (Writer w = Files.newBufferedWriter(sorted, StandardCharsets.UTF_8)) {
                boolean keyed = !Lang.TURTLE.equals(lang);
                n = sorter.drain(l -> emit(w, keyed ? QuadLines.stripKey(l) : l));
            }
            StreamRDF counting = new Counting(target(out), listener);
            counting.start();
            Vocab.prefixes().getNsPrefixMap().forEach(counting::prefix);
            // The parser would start and finish the writer itself; the wrapper below leaves that to us.
            RDFParser.source(sorted).lang(Lang.TURTLE.equals(lang) ? Lang.NTRIPLES : Lang.NQUADS).build()
                    .parse(new Counting(counting, DumpListener.NONE) {
                        @Override
                        public void start() {
                        }

                        @Override
                        public void finish() {
                        }
                    });
            counting.finish();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(sorted);
        }
    }

    /** Passes everything on and tells the listener of each triple or quad. */
    private static class Counting extends StreamRDFWrapper {
        private final DumpListener listener;

        Counting(StreamRDF other, DumpListener listener) {
            super(other);
            this.listener = listener;
        }

        @Override
        public void triple(Triple triple) {
            super.triple(triple);
            listener.advanced(1);
        }

        @Override
        public void quad(Quad quad) {
            super.quad(quad);
            listener.advanced(1);
        }
    }

    private StreamRDF target(OutputStream out) {
        if (Lang.JSONLD.equals(lang)) {
            return new JsonLdStream(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        }
        RDFFormat format = Lang.TURTLE.equals(lang) ? RDFFormat.TURTLE_BLOCKS : RDFFormat.TRIG_BLOCKS;
        return StreamRDFWriter.getWriterStream(out, format);
    }

    private static void emit(Writer w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
