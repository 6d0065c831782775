package org.communskg.cli;

import java.nio.file.Path;
import org.communskg.App;
import org.communskg.model.Iris;
import org.communskg.synthetic.SyntheticArticles;
import org.communskg.synthetic.SyntheticGraph;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate (--size 1M | --articles N | --texts N --out DIR)}: synthetic data for benchmarks,
 * a graph written into the store or French articles written as files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic graph of the real graph's shape into the store (persons, organizations, "
                + "memberships, events with parts, articles with provenance, power-law degrees), or synthetic "
                + "French articles for the importer.")
final class GenerateCommand extends BaseCommand {
    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--size", paramLabel = "QUADS", description = "Quads to write: 100k, 1M, 10M or a number.")
        String size;

        @Option(names = "--articles", paramLabel = "N", description = "Synthetic article graphs to write (~75 quads each).")
        Long articles;

        @Option(names = "--texts", paramLabel = "N", description = "Write N synthetic French articles (Markdown) to --out.")
        Long texts;
    }

    @Option(names = "--out", paramLabel = "DIR", description = "The folder for --texts.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    protected int run() {
        long start = System.nanoTime();
        if (what.texts != null) {
            if (out == null) {
                throw new IllegalArgumentException("--texts needs --out DIR");
            }
            Progress progress = Progress.onTerminal("articles", what.texts);
            SyntheticArticles.seeded(seed).writeTo(out, what.texts, progress::update);
            progress.finish();
            System.out.printf("Wrote %d articles to %s in %.1f s%n", what.texts, out, seconds(start));
            return 0;
        }
        try (App app = App.open(common.settings())) {
            SyntheticGraph.Builder b = SyntheticGraph.builder().iris(Iris.under(app.settings().baseUri())).seed(seed);
            SyntheticGraph graph = (what.size != null ? b.quads(SyntheticGraph.parseSize(what.size)) : b.articles(what.articles)).build();
            Progress progress = Progress.onTerminal("quads", graph.targetQuads());
            SyntheticGraph.Written w = graph.writeTo(app.store(), progress::update);
            progress.finish();
            System.out.printf("Generated %d articles, %d quads into %s in %.1f s%n", w.articles(), w.quads(),
                    app.store().describe(), seconds(start));
            return 0;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
