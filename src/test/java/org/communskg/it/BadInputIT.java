package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communskg.App;
import org.communskg.Settings;
import org.communskg.importer.ImportLimits;
import org.communskg.importer.ImportListener;
import org.communskg.importer.ImportResult;
import org.communskg.importer.ImportSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input (files in a temp folder, URLs on a real local HTTP server) in one batch
 * with good articles: one line per bad source naming it and the cause, the good ones imported,
 * nothing of the bad ones written. Through the importer API and through the shaded jar.
 */
class BadInputIT {
    static final List<String> SHORT_TIMEOUTS = List.of("-Dcommunskg.import.connectTimeoutSeconds=2",
            "-Dcommunskg.import.readTimeoutSeconds=1", "-Dcommunskg.import.fetchTimeoutSeconds=3");
    @TempDir
    static Path work;
    static BadServer server;
    static BadSources sources;

    @BeforeAll
    static void serve() throws Exception {
        server = new BadServer();
        sources = new BadSources(work.resolve("batch"), server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void each_bad_source_gets_one_line_and_the_good_ones_are_imported_whole() {
        ImportLimits limits = ImportLimits.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(1)).withFetchTimeout(Duration.ofSeconds(3));
        List<String> heard = new ArrayList<>();
        try (App app = App.open(Settings.defaults().withStore(work.resolve("api-store")).withImportLimits(limits))) {
            ImportSummary summary = app.importer().importAll(sources.arguments, new ImportListener() {
                @Override
                public void imported(ImportResult result) {
                    heard.add("ok " + result.source());
                }

                @Override
                public void failed(String source, String message) {
                    heard.add("failed " + source);
                }
            });
            assertThat(summary.imported()).extracting(ImportResult::source).containsExactlyInAnyOrderElementsOf(sources.good);
            assertFailures(summary.failures());
            assertThat(summary.warnings()).singleElement().asString().startsWith(sources.latin1 + ": not UTF-8");
            assertThat(heard).hasSize(sources.good.size() + sources.bad.size());
            Map<String, Long> graphs = Counts.perGraph(app.store());
            assertThat(graphs).as("only the good articles are in the store, each whole").hasSize(sources.good.size());
            for (ImportResult r : summary.imported()) {
                assertThat(graphs.get(r.article())).as(r.source()).isEqualTo(r.triples());
            }
        }
        assertThat(server.chunkedBytesSent.get()).as("the endless download was not read past the cap")
                .isLessThan(64L * 1024 * 1024);
    }

    @Test
    void the_cli_prints_one_line_per_bad_source_a_summary_and_exits_1() {
        List<String> args = new ArrayList<>(List.of("import", "--store", work.resolve("cli-store").toString()));
        args.addAll(sources.arguments);
        Jar.Run r = Jar.run(work, SHORT_TIMEOUTS, args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains(String.format("Imported %d article(s)", sources.good.size()))
                .contains(String.format("; %d failed, 1 warning(s).", sources.bad.size()));
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as(r.err()).hasSize(sources.bad.size() + 1).noneMatch(l -> l.contains("\tat "));
        assertThat(lines).filteredOn(l -> l.startsWith("warning ")).singleElement().asString().contains("latin1.md");
        assertFailures(lines.stream().filter(l -> l.startsWith("skipped ")).map(l -> l.substring("skipped ".length())).toList());
    }

    private static void assertFailures(List<String> failures) {
        assertThat(failures).hasSize(sources.bad.size());
        sources.bad.forEach((source, cause) -> assertThat(failures).as(source)
                .filteredOn(l -> l.startsWith(source + ": ")).singleElement().asString().contains(cause)
                .doesNotContain("\n"));
    }
}
