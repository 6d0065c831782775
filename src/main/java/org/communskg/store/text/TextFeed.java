package org.communskg.store.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The text side of a bulk load that bypasses the indexed dataset: quads pass on to the loader's
 * stream, and the ones the index covers are indexed on a thread of their own, so that Lucene's
 * analysis runs beside TDB2's loader instead of after it. Nothing is committed here: the caller
 * commits after the loader has, or rolls back.
 *
 * <pre>{@code
 * TextFeed feed = TextFeed.start(index, loader.stream());
 * source.accept(feed.stream());
 * feed.endOfInput();
 * loader.finishBulk();              // TDB2's secondary indexes, while the text catches up
 * feed.await();                     // every document in the index, prepared to commit
 * index.commit();
 * }</pre>
 */
public final class TextFeed {
    private static final int BATCH = 1_000;
    private static final List<Quad> END = List.of();

    private final TextIndex index;
    private final EntityDefinition def;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(64);
    private final Thread worker;
    private final StreamRDF stream;
    private List<Quad> batch = new ArrayList<>(BATCH);
    private volatile RuntimeException failure;
    private volatile boolean aborted;

    private TextFeed(TextIndex index, StreamRDF next) {
        this.index = index;
        this.def = index.getDocDef();
        this.worker = new Thread(this::indexAll, "communs-kg-text-index");
        this.worker.setDaemon(true);
        this.stream = new StreamRDFWrapper(next) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                if (def.getField(quad.getPredicate()) != null) {
                    batch.add(quad);
                    if (batch.size() == BATCH) {
                        hand(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
        };
    }

    /** Starts the indexing thread; quads sent to {@link #stream()} go on to {@code next}. */
    public static TextFeed start(TextIndex index, StreamRDF next) {
        TextFeed feed = new TextFeed(index, next);
        feed.worker.start();
        return feed;
    }

    public StreamRDF stream() {
        return stream;
    }

    /** No more quads will come: the thread indexes what is queued, then prepares the index to commit. */
    public void endOfInput() {
        hand(batch);
        hand(END);
    }

    /** Waits until the index is prepared to commit; rethrows the indexer's failure. */
    public void await() {
        join();
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Stops the indexing thread after a failed load, without indexing the rest of the queue. The
     * thread is told, not interrupted: an interrupt inside Lucene's file I/O would close its
     * channels and with them the index writer.
     */
    public void abort() {
        aborted = true;
        queue.clear();
        queue.offer(END);
        join();
    }

    private void indexAll() {
        try {
            for (List<Quad> next = queue.take(); next != END && !aborted; next = queue.take()) {
                for (Quad q : next) {
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) {
                        index.addEntity(e);
                    }
                }
            }
            if (!aborted) {
                index.prepareCommit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            queue.clear(); // the producer may be waiting for room
        }
    }

    private void hand(List<Quad> quads) {
        if (failure != null) {
            throw failure;
        }
        try {
            queue.put(quads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing text", e);
        }
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing text", e);
        }
    }
}
