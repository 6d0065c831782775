package org.communskg.bench;

import java.time.Instant;
import java.util.Locale;

/** Writes {@code bench/LOAD.md}: how the load benchmark was run, and its figures. */
final class LoadResults {
    /** What one run was: when, how many clients, how long, over which graph, what the machine was doing. */
    record Run(Instant when, int clients, double seconds, long syntheticQuads, long syntheticArticles, int realArticles,
               long reimported, int kinds, String loadBefore, String loadAfter) {
    }

    private LoadResults() {
    }

    static String markdown(Run run, LatencyReport report) {
        StringBuilder b = new StringBuilder("# Load benchmark\n\n")
                .append("Written by `bench/load.sh` (`org.communskg.bench.LoadBench`); run by hand, not part of `mvn verify`.\n\n")
                .append(String.format(Locale.ROOT, """
                        What it does: one server (`serve` wiring, default settings: %s s timeout, %d concurrent queries, \
                        %d s queue) on loopback over an embedded TDB2 store holding the %d real articles of \
                        `data/articles/` and the test sets%s. **%d clients** (java.net.http, HTTP/1.1, one connection \
                        pool) each send requests back to back for **%.0f s**, picking uniformly among %d kinds: every \
                        gallery query of `queries/` (POST, JSON results), an entity page (HTML) and its Turtle for a \
                        random person, organization, event or article, the home page, and `/search` when the server \
                        has it. A latency is the time to the last byte of the answer. **Meanwhile an import runs**: the \
                        real articles are re-imported one after the other in a loop (%d imports during the run, each \
                        one transaction). An error is any answer other than 200, or no answer.

                        """, org.communskg.Settings.DEFAULT_QUERY_TIMEOUT_SECONDS, org.communskg.Settings.DEFAULT_MAX_CONCURRENT_QUERIES,
                        org.communskg.Settings.DEFAULT_QUEUE_WAIT_SECONDS, run.realArticles(), run.syntheticArticles() == 0 ? ""
                        : String.format(Locale.ROOT, ", plus a synthetic graph of %,d articles (%,d quads, `generate`)",
                        run.syntheticArticles(), run.syntheticQuads()), run.clients(), run.seconds(), run.kinds(),
                        run.reimported()))
                .append(String.format(Locale.ROOT, "## Figures (run of %s)%n%n", run.when().toString().substring(0, 16)))
                .append(String.format(Locale.ROOT, "**%,d requests in %.1f s: %.1f requests/s, %d errors.**%n%n",
                        report.requests(), run.seconds(), report.requests() / run.seconds(), report.errors()))
                .append(report.table(run.seconds())).append('\n');
        if (!report.firstErrors().isEmpty()) {
            b.append("First error of each kind:\n\n");
            report.firstErrors().forEach((kind, what) -> b.append("- ").append(kind).append(": `").append(what).append("`\n"));
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, """
                Machine: %d cores (`availableProcessors`), Java %s; load average (1, 5, 15 min) %s before the run and \
                %s after. The cores are shared with other work, so expect noise: compare runs on the same machine, \
                not absolute figures.
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), run.loadBefore(),
                run.loadAfter()));
        return b.toString();
    }
}
