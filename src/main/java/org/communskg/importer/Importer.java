package org.communskg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.Extractor;
import org.communskg.model.Iris;
import org.communskg.store.GraphStore;
import org.communskg.store.StoreException;

/**
 * Reads articles, extracts their facts and writes each article's named graph, one transaction per
 * article: a source that fails leaves nothing behind and the batch goes on. Sources are read under
 * {@link ImportLimits}; empty, binary, oversized, damaged or non-French/English input is refused
 * with an {@link ImportException} whose message names the source and the cause.
 *
 * <pre>{@code
 * Importer importer = Importer.builder().store(store).extractor(extractor)
 *         .iris(Iris.under("http://localhost:7070/id/")).build();
 * ImportSummary summary = importer.importAll(List.of("data/articles"), ImportListener.NONE);
 * }</pre>
 */
public final class Importer {
    /** One lock per store (named by {@link GraphStore#describe()}): batches on one store serialize. */
    private static final Map<String, ReentrantLock> BATCHES = new ConcurrentHashMap<>();
    private final GraphStore store;
    private final Extractor extractor;
    private final GraphMapper mapper;
    private final EntityResolver resolver;
    private final Corrections corrections;
    private final ImportLimits limits;

    private Importer(Builder b) {
        this.store = b.store;
        this.extractor = b.extractor;
        this.mapper = new GraphMapper(b.iris);
        this.resolver = new EntityResolver(b.store, b.iris);
        this.corrections = b.corrections;
        this.limits = b.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Imports every article of the sources (files, folders, URLs), in order. Batches on the same
     * store run one after the other, even from several threads: entity resolution reads what
     * earlier articles wrote, so two interleaved batches could mint two nodes for one entity.
     */
    public ImportSummary importAll(List<String> sources, ImportListener listener) {
        ReentrantLock lock = BATCHES.computeIfAbsent(store.describe(), k -> new ReentrantLock());
        lock.lock();
        try {
            return importBatch(sources, listener);
        } finally {
            lock.unlock();
        }
    }

    private ImportSummary importBatch(List<String> sources, ImportListener listener) {
        List<ImportResult> done = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ArticleSources.Expansion expanded = ArticleSources.expand(sources);
        listener.started(expanded.sources().size());
        for (ImportException failure : expanded.failures()) {
            failures.add(failure.getMessage());
            listener.failed(failure.source(), failure.getMessage());
        }
        for (String source : expanded.sources()) {
            try {
                ArticleSources.Loaded loaded = ArticleSources.load(source, limits);
                if (loaded.warning() != null) {
                    warnings.add(source + ": " + loaded.warning());
                    listener.warned(source, source + ": " + loaded.warning());
                }
                ImportResult result = importArticle(loaded.article()).result();
                done.add(result);
                listener.imported(result);
            } catch (ImportException e) {
                failed(failures, listener, source, e.getMessage());
            } catch (StoreException e) {
                failed(failures, listener, source, source + ": " + e.getMessage());
            } catch (RuntimeException e) {
                // A defect on one article must not stop the batch; its line says so.
                failed(failures, listener, source, source + ": internal error: " + e);
            }
        }
        return new ImportSummary(done, failures, warnings);
    }

    private static void failed(List<String> failures, ImportListener listener, String source, String line) {
        failures.add(line);
        listener.failed(source, line);
    }

    /** Imports one file or URL, replacing the article's graph if it was imported before. */
    public ImportResult importOne(String source) {
        return importArticle(ArticleSources.load(source, limits).article()).result();
    }

    /**
     * What importing one article wrote.
     *
     * @param result     the summary line's figures
     * @param extraction the facts, after corrections
     * @param graph      the article's named graph as written
     */
    public record Imported(ImportResult result, Extraction extraction, Graph graph) {
    }

    /** Extracts, applies the corrections, links to earlier articles' entities and writes, in one transaction. */
    public Imported importArticle(Article article) {
        checkUrl(article);
        if (article.paragraphs().isEmpty()) {
            throw new ImportException(article.source(), "no article text found");
        }
        LanguageCheck.require(article);
        Corrections.Applied curated = corrections.apply(article, extractor.extract(article));
        Extraction x = curated.extraction();
        Node graphName = mapper.articleIri(article);
        Graph graph = mapper.map(article, x, resolver.resolve(x));
        mapper.corrections(graph, article, curated.applied());
        store.replaceGraph(graphName, graph);
        int events = x.events().stream().mapToInt(e -> 1 + e.parts().size()).sum();
        ImportResult result = new ImportResult(article.source(), graphName.getURI(), graph.size(), x.persons().size(),
                x.organizations().size(), events, x.roles().size(), x.publications().size());
        return new Imported(result, x, graph);
    }

    private static void checkUrl(Article article) {
        if (article.url() == null) {
            return;
        }
        try {
            IRIx iri = IRIx.create(article.url());
            if (!iri.isAbsolute()) {
                throw new ImportException(article.source(), "url is not absolute: " + article.url());
            }
        } catch (IRIException e) {
            throw new ImportException(article.source(), "url is not a valid IRI: " + article.url());
        }
    }

    /** Builds an {@link Importer}; store, extractor and IRIs are required. */
    public static final class Builder {
        private GraphStore store;
        private Extractor extractor;
        private Iris iris;
        private Corrections corrections = Corrections.none();
        private ImportLimits limits = ImportLimits.defaults();

        /** Size cap and HTTP timeouts per source (default: {@link ImportLimits#defaults()}). */
        public Builder limits(ImportLimits value) {
            this.limits = value;
            return this;
        }

        /** A curator's corrections, applied to every article imported (default: none). */
        public Builder corrections(Corrections value) {
            this.corrections = value;
            return this;
        }

        public Builder store(GraphStore value) {
            this.store = value;
            return this;
        }

        public Builder extractor(Extractor value) {
            this.extractor = value;
            return this;
        }

        public Builder iris(Iris value) {
            this.iris = value;
            return this;
        }

        public Importer build() {
            if (store == null || extractor == null || iris == null) {
                throw new IllegalStateException("store, extractor and iris are required");
            }
            return new Importer(this);
        }
    }
}
