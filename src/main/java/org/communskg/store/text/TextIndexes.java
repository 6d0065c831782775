package org.communskg.store.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.communskg.model.Vocab;

/**
 * The jena-text (Lucene) index of the embedded store: what is indexed, with which analyzer, and
 * where. Every literal of a name, an alias, an article title or an evidence sentence is one
 * document in one field ({@value #FIELD}), tagged with its named graph, so that replacing an
 * article's graph removes exactly that article's documents.
 *
 * <pre>{@code
 * TextIndex index = TextIndexes.onDisk(Path.of("store-text"));
 * DatasetGraph indexed = TextDatasetFactory.create(tdb2, index, true);
 * }</pre>
 */
public final class TextIndexes {
    /** The one indexed field, the default field of {@code text:query}. */
    public static final String FIELD = "text";
    /** Names and aliases: what an entity is called. */
    public static final List<Node> NAMES = List.of(Vocab.FOAF_NAME, Vocab.SCHEMA_NAME, Vocab.SCHEMA_ALTERNATE_NAME,
            Vocab.SKOS_PREF_LABEL, Vocab.SKOS_ALT_LABEL);
    /** Article text the graph keeps: titles and the sentences facts were read from. */
    public static final List<Node> TEXTS = List.of(Vocab.SCHEMA_HEADLINE, Vocab.CKG_EVIDENCE);

    private TextIndexes() {
    }

    /** The index in a folder, created if needed; its content is kept by the caller's transactions. */
    public static TextIndex onDisk(Path folder) {
        try {
            Files.createDirectories(folder);
            return create(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot open the text index at " + folder, e);
        }
    }

    /** An index in memory, for in-memory stores. */
    public static TextIndex inMemory() {
        return create(new ByteBuffersDirectory());
    }

    /** Whether a folder holds no index yet, so that one must be built from the store. */
    public static boolean isEmpty(Path folder) {
        try (var files = Files.list(folder)) {
            return files.noneMatch(f -> f.getFileName().toString().startsWith("segments"));
        } catch (IOException e) {
            return true;
        }
    }

    /** Indexes every quad of {@code dsg} that the definition covers; the caller holds a read transaction. */
    public static long rebuild(DatasetGraph dsg, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        long n = 0;
        for (Node p : predicates()) {
            var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Entity e = TextQueryFuncs.entityFromQuad(def, q);
                if (e != null) {
                    index.addEntity(e);
                    n++;
                }
            }
        }
        index.commit();
        return n;
    }

    /** Wraps a dataset so that every change to it reaches the index in the same transaction. */
    public static DatasetGraph indexed(DatasetGraph base, TextIndex index) {
        return TextDatasetFactory.create(base, index, true);
    }

    static List<Node> predicates() {
        return java.util.stream.Stream.concat(NAMES.stream(), TEXTS.stream()).toList();
    }

    private static TextIndex create(Directory dir) {
        EntityDefinition def = new EntityDefinition("uri", FIELD);
        def.setGraphField("graph");
        // The uid lets a deleted triple remove its own document, and only it.
        def.setUidField("uid");
        def.setLangField("lang");
        predicates().forEach(p -> def.set(FIELD, p));
        def.setPrimaryPredicate(Vocab.SCHEMA_NAME);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new FrenchFoldingAnalyzer());
        config.setQueryAnalyzer(new FrenchFoldingAnalyzer());
        config.setValueStored(true);
        return TextDatasetFactory.createLuceneIndex(dir, config);
    }
}
