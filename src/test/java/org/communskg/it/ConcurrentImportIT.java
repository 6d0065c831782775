package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.communskg.App;
import org.communskg.Settings;
import org.communskg.importer.ImportListener;
import org.communskg.importer.ImportResult;
import org.communskg.importer.ImportSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports and queries at the same time on one TDB2 store: readers never see half an article,
 * two batches in one process run one after the other, and a second process on the same folder
 * is refused with one line while the first finishes unharmed.
 */
class ConcurrentImportIT {
    @TempDir
    Path work;

    private Path articles(String name, int from, int count) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        for (int i = from; i < from + count; i++) {
            Files.writeString(dir.resolve(String.format("article-%05d.md", i)), SampleArticles.article(i));
        }
        return dir;
    }

    private App open(String store) {
        return App.open(Settings.defaults().withStore(work.resolve(store)));
    }

    @Test
    void readers_during_an_import_never_see_half_an_article() throws Exception {
        Path dir = articles("articles", 0, 30);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Set<Integer> sizes = ConcurrentHashMap.newKeySet();
        try (App app = open("store")) {
            AtomicBoolean importing = new AtomicBoolean(true);
            Runnable reader = () -> {
                while (importing.get()) {
                    Map<String, Long> now = Counts.perGraph(app.store());
                    now.forEach((g, n) -> seen.add(g + " " + n));
                    sizes.add(now.size());
                }
            };
            List<CompletableFuture<Void>> readers = List.of(CompletableFuture.runAsync(reader), CompletableFuture.runAsync(reader));
            ImportSummary summary = app.importer().importAll(List.of(dir.toString()), ImportListener.NONE);
            importing.set(false);
            CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).get();
            assertThat(summary.failures()).isEmpty();
            Map<String, Long> whole = Counts.perGraph(app.store());
            assertThat(sizes).as("the readers saw the store grow").hasSizeGreaterThan(3);
            for (String s : seen) {
                String graph = s.substring(0, s.indexOf(' '));
                assertThat(Long.parseLong(s.substring(s.indexOf(' ') + 1))).as("graph seen by a reader: " + graph)
                        .isEqualTo(whole.get(graph));
            }
        }
    }

    @Test
    void two_batches_in_one_process_run_one_after_the_other() throws Exception {
        Path a = articles("a", 0, 12);
        Path b = articles("b", 100, 12);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        try (App app = open("store")) {
            CompletableFuture<ImportSummary> first = CompletableFuture.supplyAsync(
                    () -> app.importer().importAll(List.of(a.toString()), recording("a", order)));
            CompletableFuture<ImportSummary> second = CompletableFuture.supplyAsync(
                    () -> app.importer().importAll(List.of(b.toString()), recording("b", order)));
            assertThat(first.get().failures()).isEmpty();
            assertThat(second.get().failures()).isEmpty();
            assertThat(String.join("", order)).matches("a{12}b{12}|b{12}a{12}");
            assertThat(Counts.perGraph(app.store())).hasSize(24);
        }
    }

    private static ImportListener recording(String name, List<String> order) {
        return new ImportListener() {
            @Override
            public void imported(ImportResult result) {
                order.add(name);
            }

            @Override
            public void failed(String source, String message) {
                order.add("!");
            }
        };
    }

    @Test
    void a_second_process_on_the_same_store_gets_one_line_and_the_store_is_unharmed() throws Exception {
        Path dir = articles("articles", 0, 10);
        Path store = work.resolve("shared-store");
        try (BadServer server = new BadServer()) {
            // The first import ends with a page the server holds back: it keeps the store open until released.
            Jar.Started first = Jar.start(work, List.of(), "import", "--store", store.toString(), dir.toString(),
                    server.url("/held"));
            while (first.process().isAlive() && first.outSoFar().lines().filter(l -> l.contains(" triples, ")).count() < 10) {
                Thread.sleep(20);
            }
            Jar.Run second = Jar.run(work, "import", "--store", store.toString(), dir.resolve("article-00001.md").toString());
            assertThat(second.code()).isEqualTo(1);
            assertThat(second.err().strip().lines()).singleElement().asString()
                    .startsWith("communs-kg: The TDB2 store at " + store + " is in use by another process (process ");
            server.held.countDown();
            Jar.Run done = first.waitFor();
            assertThat(done.code()).as(done.err()).isZero();
            try (App app = App.open(Settings.defaults().withStore(store))) {
                Map<String, Long> graphs = Counts.perGraph(app.store());
                assertThat(graphs).hasSize(11);
                assertThat(graphs.values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(Long.parseLong(done.out().replaceAll("(?s).*Imported 11 article\\(s\\), (\\d+) triples.*", "$1")));
            }
        }
    }
}
