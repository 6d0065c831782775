package org.communskg.synthetic;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.communskg.model.Iris;
import org.communskg.store.GraphStore;

/**
 * A synthetic graph of the shape of real imports, for benchmarks: one named graph per synthetic
 * article with its persons, organizations, memberships and an event with parts, every fact with
 * its provenance (about 75 quads an article). Persons and organizations are drawn from shared
 * pools with power-law degrees, so a few are named in thousands of articles. Drawn in batches of
 * {@value #ARTICLES_PER_BATCH} articles and written by the store's bulk path
 * ({@link GraphStore#load}), without the extractor.
 *
 * <pre>{@code
 * SyntheticGraph.Written w = SyntheticGraph.builder().iris(Iris.under(base)).quads(SyntheticGraph.parseSize("1M"))
 *         .seed(1).build().writeTo(store, quads -> progress.update(quads));
 * }</pre>
 */
public final class SyntheticGraph {
    static final int ARTICLES_PER_BATCH = 2000;
    /** Quads of an average synthetic article, to size the pools from a quad target. */
    static final int MEAN_QUADS_PER_ARTICLE = 75;

    private final Iris iris;
    private final long articles;
    private final long quads;
    private final long seed;

    private SyntheticGraph(Builder b) {
        this.iris = b.iris;
        this.articles = b.articles;
        this.quads = b.quads;
        this.seed = b.seed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** "100k", "1M", "10M" or a plain number, as a count of quads. */
    public static long parseSize(String size) {
        String s = size.strip().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        long unit = s.endsWith("k") ? 1_000L : s.endsWith("m") ? 1_000_000L : 1L;
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        try {
            return Math.round(Double.parseDouble(digits) * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a size: " + size + " (use 100k, 1M, 10M or a number)", e);
        }
    }

    /** The quads this graph aims at: the target given, or an estimate from the article count. */
    public long targetQuads() {
        return quads > 0 ? quads : articles * MEAN_QUADS_PER_ARTICLE;
    }

    /**
     * Writes the graph; {@code progress} is told the quads written so far after each batch.
     * Stops after the article count or at the first article that reaches the quad target.
     */
    public Written writeTo(GraphStore store, LongConsumer progress) {
        long maxArticles = quads > 0 ? Long.MAX_VALUE : articles;
        SyntheticArticle.Pools pools = SyntheticArticle.Pools.forArticles(targetQuads() / MEAN_QUADS_PER_ARTICLE);
        SplittableRandom random = new SplittableRandom(seed);
        long[] written = {0};
        long[] i = {0};
        // One bulk load for the whole graph; the articles are drawn batch by batch, so memory stays flat.
        store.load(sink -> {
            while (i[0] < maxArticles && (quads <= 0 || written[0] < quads)) {
                DatasetGraph batch = DatasetGraphFactory.create();
                for (int k = 0; k < ARTICLES_PER_BATCH && i[0] < maxArticles && (quads <= 0 || written[0] < quads); k++, i[0]++) {
                    written[0] += SyntheticArticle.write(iris, batch, i[0], pools, random);
                }
                batch.find().forEachRemaining(sink::quad);
                progress.accept(written[0]);
            }
        });
        return new Written(i[0], written[0]);
    }

    /** What {@link #writeTo} wrote. */
    public record Written(long articles, long quads) {
    }

    /** Builds a {@link SyntheticGraph}: set either {@code articles} or {@code quads}. */
    public static final class Builder {
        private Iris iris = Iris.under("http://localhost:7070/id/");
        private long articles = 1000;
        private long quads;
        private long seed = 1;

        public Builder iris(Iris value) {
            iris = value;
            return this;
        }

        public Builder articles(long value) {
            articles = value;
            quads = 0;
            return this;
        }

        /** Writes articles until this many quads are written. */
        public Builder quads(long value) {
            quads = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public SyntheticGraph build() {
            return new SyntheticGraph(this);
        }
    }
}
