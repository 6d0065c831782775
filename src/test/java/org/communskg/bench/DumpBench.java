package org.communskg.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.communskg.publish.DumpListener;
import org.communskg.publish.SortedDump;
import org.communskg.store.Tdb2GraphStore;

/**
 * One dump of a TDB2 store to gzip N-Quads, for {@code bench/run.sh}, which runs it in a child
 * JVM under {@code -Xmx512m} and measures its RSS. Not a test: run by hand.
 *
 * <pre>{@code
 * java -Xmx512m -cp target/communs-kg.jar:target/test-classes org.communskg.bench.DumpBench ours STORE out.nq.gz
 * java -Xmx512m -cp target/communs-kg.jar:target/test-classes org.communskg.bench.DumpBench jena STORE out.nq.gz
 * java -Xmx512m -cp target/communs-kg.jar:target/test-classes org.communskg.bench.DumpBench ours-ttl STORE out.ttl.gz
 * }</pre>
 *
 * Prints one tab-separated line: mode, quads written (ours; -1 for Jena), wall seconds, and the
 * largest heap in use just after a garbage collection, in MB: the live data, which is what must stay
 * flat (the heap in use between collections grows with garbage up to {@code -Xmx} whatever the
 * program).
 */
public final class DumpBench {
    private DumpBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path store = Path.of(args[1]);
        Path out = Path.of(args[2]);
        long start = System.nanoTime();
        long count = -1;
        try (Tdb2GraphStore tdb = Tdb2GraphStore.open(store);
             OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             GZIPOutputStream gz = new GZIPOutputStream(file, 1 << 16)) {
            if ("ours".equals(mode)) {
                count = SortedDump.of(Lang.NQUADS).write(tdb, gz, DumpListener.NONE);
            } else if ("ours-ttl".equals(mode)) {
                count = SortedDump.of(Lang.TURTLE).write(tdb, gz, DumpListener.NONE);
            } else if ("jena".equals(mode)) {
                // The peer: Jena's own streaming N-Quads writer over the same dataset, unsorted.
                Txn.executeRead(tdb.dataset(), () -> RDFDataMgr.write(gz, tdb.dataset(), RDFFormat.NQUADS));
            } else if ("jena-ttl".equals(mode)) {
                // Jena's streaming Turtle writer over the union graph, unsorted.
                Txn.executeRead(tdb.dataset(), () -> RDFDataMgr.write(gz,
                        tdb.dataset().asDatasetGraph().getUnionGraph(), RDFFormat.TURTLE_BLOCKS));
            } else {
                throw new IllegalArgumentException("mode: ours, ours-ttl, jena or jena-ttl");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s\t%d\t%.1f\t%d%n", mode, count, seconds, LIVE_AFTER_GC.get() >> 20);
    }

    private static final AtomicLong LIVE_AFTER_GC = new AtomicLong();
    /** GC reports cover non-heap pools too (metaspace, code cache); only the heap counts here. */
    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).map(p -> p.getName())
            .collect(java.util.stream.Collectors.toSet());

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> HEAP_POOLS.contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }
}
