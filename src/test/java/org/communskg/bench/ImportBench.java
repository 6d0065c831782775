package org.communskg.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.communskg.App;
import org.communskg.Settings;
import org.communskg.importer.ImportListener;
import org.communskg.importer.ImportSummary;

/**
 * Importer throughput: imports a folder of synthetic articles ({@code generate --texts}) into a
 * fresh TDB2 store, the whole pipeline (parse, extract, resolve, one transaction per article).
 * "Per core" divides by the CPU time the process used, so it holds on a shared machine. Not a
 * test: run by {@code bench/scale.sh}.
 *
 * <pre>{@code
 * java -cp target/communs-kg.jar:target/test-classes org.communskg.bench.ImportBench ARTICLES_DIR STORE
 * }</pre>
 *
 * Prints: articles, wall s, CPU s, articles/s, articles per CPU-second.
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (App app = App.open(Settings.defaults().withStore(Path.of(args[1])))) {
            long cpu0 = os.getProcessCpuTime();
            long start = System.nanoTime();
            ImportSummary summary = app.importer().importAll(List.of(args[0]), ImportListener.NONE);
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            int n = summary.imported().size();
            System.out.printf("import\t%d\t%.1f\t%.1f\t%.1f\t%.1f%n", n, wall, cpu, n / wall, n / cpu);
        }
    }
}
