package org.communskg.cli;

import org.communskg.App;
import org.communskg.importer.SyntheticArticles;
import org.communskg.importer.SyntheticGraph;
import org.communskg.model.Iris;
import org.communskg.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --articles N}: a synthetic graph of the shape of real imports, for benchmarks;
 * with {@code --markdown DIR}, synthetic article files for the importer instead.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic graph (persons, organizations, memberships, events with provenance; "
                + "one named graph per synthetic article, about 70 quads each) into the store, for benchmarks; "
                + "or, with --markdown DIR, write synthetic French articles as Markdown files to import.")
final class GenerateCommand extends BaseCommand {
    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many synthetic articles.")
    long articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--markdown", paramLabel = "DIR",
            description = "Write N synthetic articles as Markdown files into DIR instead of a graph into the store.")
    java.nio.file.Path markdown;

    @Override
    protected int run() throws java.io.IOException {
        if (markdown != null) {
            Progress progress = Progress.onTerminal("articles", articles);
            SyntheticArticles.write(markdown, articles, progress::update);
            progress.finish();
            System.out.printf("Wrote %d articles to %s%n", articles, markdown);
            return 0;
        }
        try (App app = App.open(common.settings())) {
            Progress progress = Progress.onTerminal("articles", articles);
            long start = System.nanoTime();
            long quads = SyntheticGraph.builder().iris(Iris.under(app.settings().baseUri())).articles(articles).seed(seed)
                    .build().writeTo((Tdb2GraphStore) app.store(), progress::update);
            progress.finish();
            System.out.printf("Generated %d articles, %d quads in %.1f s%n", articles, quads, (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }
}
