package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.communskg.Seeded;
import org.communskg.store.FusekiProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Scaling out" procedures, run as written with the shaded jar and real Fuseki processes: imports
 * reaching several replicas by re-importing on each, and a read-only replica made by copying the primary's folder.
 */
class ReplicasIT {
    private static final String QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String[] ARTICLES = {Seeded.SEED.toString(),
            Seeded.ROOT.resolve("src/test/resources/devset4/08-nomination-open-data-territoires.md").toString()};

    @TempDir
    Path work;

    @Test
    void reimporting_on_every_replica_gives_each_the_same_quads() throws Exception {
        try (FusekiProcess one = FusekiProcess.start(dir("one")); FusekiProcess two = FusekiProcess.start(dir("two"))) {
            importInto(one.datasetUrl());
            importInto(two.datasetUrl());
            // A second batch on one replica only, then on the other: re-imports replace, so they converge again.
            importInto(one.datasetUrl());
            importInto(two.datasetUrl());
            String first = dump(one.datasetUrl(), "one.nq");
            assertThat(first.lines().count()).isGreaterThan(200);
            assertThat(dump(two.datasetUrl(), "two.nq")).isEqualTo(first);
        }
    }

    @Test
    void a_copy_of_the_primary_folder_serves_reads_and_refuses_imports() throws Exception {
        Path primaryDir = dir("primary");
        String before;
        try (FusekiProcess primary = FusekiProcess.start(primaryDir)) {
            importInto(primary.datasetUrl());
            before = dump(primary.datasetUrl(), "primary.nq");
        }
        // The primary is stopped: its folder is consistent and can be copied.
        Path replicaDb = dir("replica").resolve("db");
        copy(FusekiProcess.configuredDatabase(primaryDir), replicaDb);
        try (FusekiProcess replica = FusekiProcess.startReadOnly(dir("replica"), replicaDb)) {
            String url = replica.datasetUrl();
            assertThat(dump(url, "replica.nq")).isEqualTo(before);
            assertThat(count(url)).isEqualTo(before.lines().count());
            Jar.Run refused = Jar.run(work, "import", "--store", url, Seeded.SEED.toString());
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err().strip()).contains("seed-article.md", "refused the write", "--update").doesNotContain("internal error");
            assertThat(count(url)).as("nothing written to the read-only replica").isEqualTo(before.lines().count());
        }
    }

    private Path dir(String name) throws IOException {
        return Files.createDirectories(work.resolve(name));
    }

    private void importInto(String url) {
        String[] args = Stream.concat(Stream.of("import", "--store", url), Stream.of(ARTICLES)).toArray(String[]::new);
        Jar.Run r = Jar.run(work, args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 2 article(s)");
    }

    private String dump(String url, String file) throws IOException {
        Path out = work.resolve(file);
        Jar.Run r = Jar.run(work, "dump", "--store", url, "--format", "nq", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readString(out);
    }

    private long count(String url) {
        Jar.Run r = Jar.run(work, "query", "--store", url, "--format", "csv", QUADS);
        assertThat(r.code()).as(r.err()).isZero();
        return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
