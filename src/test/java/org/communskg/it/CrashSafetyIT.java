package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.communskg.App;
import org.communskg.Settings;
import org.communskg.importer.ImportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a large import, run by the shaded jar in its own JVM: the TDB2
 * store opens afterwards and holds only whole articles (each graph has the triples of a clean
 * run), and running the import again completes it with the clean run's counts.
 */
class CrashSafetyIT {
    static final int ARTICLES = 40;
    static final int KILL_AFTER = 8;
    @TempDir
    Path work;

    @Test
    void a_killed_import_leaves_only_whole_articles_and_a_rerun_completes_it() throws Exception {
        Path articles = work.resolve("articles");
        Jar.Run generated = Jar.run(work, "generate", "--texts", String.valueOf(ARTICLES), "--out", articles.toString());
        assertThat(generated.code()).as(generated.err()).isZero();
        Map<String, Long> clean = cleanRun(articles);
        assertThat(clean).hasSize(ARTICLES);

        Path store = work.resolve("crashed");
        Jar.Started importing = Jar.start(work, List.of(), "import", "--store", store.toString(), articles.toString());
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (importedLines(importing.outSoFar()) < KILL_AFTER && importing.process().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(importing.process().isAlive()).as("still importing when killed").isTrue();
        importing.process().destroyForcibly(); // SIGKILL: no shutdown hook, no commit
        assertThat(importing.process().waitFor()).isEqualTo(137);

        Map<String, Long> survived = perGraph(store);
        assertThat(survived.size()).as("some articles, not all").isBetween(KILL_AFTER, ARTICLES - 1);
        survived.forEach((graph, quads) -> assertThat(quads).as("whole article " + graph).isEqualTo(clean.get(graph)));

        Jar.Run rerun = Jar.run(work, "import", "--store", store.toString(), articles.toString());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(perGraph(store)).isEqualTo(clean);
    }

    private static long importedLines(String out) {
        return out.lines().filter(l -> l.contains(" triples, ")).count();
    }

    private Map<String, Long> cleanRun(Path articles) {
        try (App app = App.open(Settings.defaults().withStore(work.resolve("clean")))) {
            assertThat(app.importer().importAll(List.of(articles.toString()), ImportListener.NONE).failures()).isEmpty();
            return Counts.perGraph(app.store());
        }
    }

    private static Map<String, Long> perGraph(Path store) {
        try (App app = App.open(Settings.defaults().withStore(store))) {
            return Counts.perGraph(app.store());
        }
    }
}
