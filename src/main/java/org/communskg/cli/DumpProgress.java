package org.communskg.cli;

import org.communskg.publish.DumpListener;
import org.communskg.store.GraphStore;
import org.communskg.store.Sparql;

/** Progress of dumps on the terminal: each dump reads every quad once, then writes about as many lines. */
final class DumpProgress implements DumpListener {
    private final Progress progress;
    private long done;

    private DumpProgress(Progress progress) {
        this.progress = progress;
    }

    /** @param dumps how many dumps will be written from the store */
    static DumpProgress of(GraphStore store, int dumps) {
        if (System.console() == null) {
            return new DumpProgress(Progress.onTerminal("quads", 0));
        }
        long quads = store.query(Sparql.parse("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                qe -> qe.execSelect().next().getLiteral("n").getLong());
        return new DumpProgress(Progress.onTerminal("quads", 2 * quads * dumps));
    }

    @Override
    public void advanced(long items) {
        done += items;
        progress.update(done);
    }

    void finish() {
        progress.finish();
    }
}
