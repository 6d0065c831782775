package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.communskg.importer.extract.RuleBasedExtractor;
import org.communskg.model.Iris;
import org.communskg.store.Tdb2GraphStore;

/**
 * Generated text, HTML and bytes, written to real files and imported: whatever comes in, the
 * importer either writes the article's whole graph or throws an {@link ImportException} and
 * writes nothing. Any other exception fails the property. Tries are bounded to keep the build short.
 */
class ImporterPropertiesTest {
    static Path folder;
    static Tdb2GraphStore store;
    static Importer importer;
    static final AtomicInteger FILES = new AtomicInteger();

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("importer-properties");
        store = Tdb2GraphStore.inMemory();
        importer = Importer.builder().store(store).extractor(new RuleBasedExtractor())
                .iris(Iris.under("http://localhost:7070/id/")).build();
    }

    @AfterContainer
    static void close() throws IOException {
        store.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return RandomText.articles();
    }

    @Provide
    Arbitrary<String> pages() {
        return RandomHtml.documents();
    }

    @Property(tries = 150)
    void random_text_is_imported_whole_or_refused_with_an_import_exception(@ForAll("texts") String text) throws IOException {
        importsWholeOrNothing(write(".md", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 150)
    void random_html_is_imported_whole_or_refused_with_an_import_exception(@ForAll("pages") String html) throws IOException {
        importsWholeOrNothing(write(".html", html.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 100)
    void random_bytes_are_imported_whole_or_refused_with_an_import_exception(@ForAll byte[] bytes) throws IOException {
        importsWholeOrNothing(write(".txt", bytes));
    }

    private static Path write(String extension, byte[] bytes) throws IOException {
        return Files.write(folder.resolve("a" + FILES.incrementAndGet() + extension), bytes);
    }

    private static void importsWholeOrNothing(Path file) {
        long quadsBefore = quads();
        ImportResult result;
        try {
            result = importer.importOne(file.toString());
        } catch (ImportException e) {
            Statistics.collect("refused: " + e.getMessage().substring(file.toString().length() + 2).replaceAll("[:\\d'(].*", "").strip());
            assertThat(e.getMessage()).startsWith(file + ": ").doesNotContain("\n");
            assertThat(quads()).as("nothing written for a refused source").isEqualTo(quadsBefore);
            return;
        }
        long written = store.read(dsg -> org.apache.jena.atlas.iterator.Iter.count(
                dsg.find(org.apache.jena.graph.NodeFactory.createURI(result.article()), null, null, null)));
        Statistics.collect("imported");
        assertThat(written).as("the article's graph is whole").isEqualTo(result.triples());
    }

    private static long quads() {
        return store.read(dsg -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
    }
}
