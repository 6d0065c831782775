package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.importer.ImportListener;
import org.communskg.publish.DumpFile;
import org.communskg.publish.DumpListener;
import org.communskg.publish.DumpSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same graph gives the same bytes, whatever order it was loaded in. */
class ReproducibleDumpsIT {
    @TempDir
    Path work;

    static List<String> articles() throws Exception {
        List<String> out = new ArrayList<>(List.of(Seeded.SEED.toString()));
        try (Stream<Path> s = Files.list(Seeded.ROOT.resolve("src/test/resources/devset"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> out.add(p.toString()));
        }
        return out;
    }

    List<DumpFile> load(String name, List<String> sources) {
        try (App app = Seeded.app(work.resolve(name))) {
            for (String source : sources) {
                app.importer().importAll(List.of(source), ImportListener.NONE);
            }
            assertThat(Counts.quads(app.store())).isGreaterThan(500);
            // Distinct triples are fewer than quads: the same entity is typed in several article graphs.
            assertThat(Counts.triples(app.store())).isLessThan(Counts.quads(app.store()));
            return DumpSet.write(app.store(), work.resolve(name + "-dumps"), DumpListener.NONE);
        }
    }

    @Test
    void two_stores_loaded_in_opposite_orders_give_byte_identical_dumps() throws Exception {
        List<String> sources = articles();
        List<DumpFile> forward = load("forward", sources);
        Collections.reverse(sources);
        List<DumpFile> backward = load("backward", sources);
        for (int i = 0; i < forward.size(); i++) {
            DumpFile a = forward.get(i);
            DumpFile b = backward.get(i);
            assertThat(b.sha256()).as(a.name()).isEqualTo(a.sha256());
            assertThat(Counts.read(work.resolve("backward-dumps").resolve(b.name())))
                    .isEqualTo(Counts.read(work.resolve("forward-dumps").resolve(a.name())));
        }
    }

    @Test
    void n_triples_and_n_quads_are_sorted_by_code_point_without_duplicates() throws Exception {
        List<DumpFile> files = load("one", articles());
        for (DumpFile f : files) {
            if (f.lang().equals(Lang.NQUADS) || f.lang().equals(Lang.NTRIPLES)) {
                List<String> lines = Files.readAllLines(Counts.gunzip(work.resolve("one-dumps").resolve(f.name())));
                assertThat(lines).hasSize((int) f.count()).doesNotHaveDuplicates();
                List<String> sorted = new ArrayList<>(lines);
                sorted.sort(org.communskg.publish.LineSorter.CODE_POINT_ORDER);
                assertThat(lines).as(f.name()).isEqualTo(sorted);
            }
        }
    }
}
