package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.model.Iris;
import org.communskg.store.NamedQueries;
import org.communskg.store.NamedQueries.NamedQuery;
import org.communskg.store.Sparql;
import org.communskg.synthetic.SyntheticGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gallery queries rewritten for speed (names looked up once per IRI instead of once per row) give
 * the same rows, as many times each, as the versions they replaced (kept in
 * {@code src/test/resources/queries-before}), on the seed plus a synthetic graph with hubs: with
 * their parameter left open, and bound to the most connected value.
 */
class GalleryRewritesIT {
    static final Path BEFORE = Seeded.ROOT.resolve("src/test/resources/queries-before");
    static App app;

    @BeforeAll
    static void load(@org.junit.jupiter.api.io.TempDir Path folder) {
        app = Seeded.withSeed(folder);
        SyntheticGraph.builder().iris(Iris.under(Seeded.BASE)).articles(400).seed(7).build()
                .writeTo(app.store(), done -> { });
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mentions-with-evidence", "roles-per-organization"})
    void the_rewritten_query_gives_the_rows_of_the_one_it_replaced(String name) throws IOException {
        String before = NamedQueries.fromFolder(BEFORE).find(name).orElseThrow().text();
        NamedQuery after = NamedQueries.bundled().find(name).orElseThrow();
        assertThat(after.text()).isNotEqualTo(before);
        List<String> rows = rows(after.text());
        assertThat(rows).as(name).hasSizeGreaterThan(100).isEqualTo(rows(before));
        for (NamedQueries.Param p : after.params()) {
            String hub = mostUsed(p.var(), after.text());
            List<String> bound = rows(bind(after.text(), p.var(), hub));
            assertThat(bound).as(name + " with ?" + p.var() + " = " + hub).hasSizeGreaterThan(1)
                    .isEqualTo(rows(bind(before, p.var(), hub)));
        }
    }

    /** Every row, as text with its variables in order, sorted: the answer as a multiset. */
    static List<String> rows(String text) {
        return app.store().query(Sparql.parse(text), qe -> {
            List<String> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                Map<String, String> row = new TreeMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).toString()));
                rows.add(row.toString());
            });
            rows.sort(null);
            return rows;
        });
    }

    /** The value of {@code var} in most rows of the query with the parameter open. */
    static String mostUsed(String var, String text) {
        return app.store().query(Sparql.parse(text), qe -> {
            Map<String, Integer> counts = new TreeMap<>();
            qe.execSelect().forEachRemaining(s -> counts.merge("<" + s.getResource(var).getURI() + ">", 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        });
    }

    static String bind(String text, String var, String value) {
        return text.replace("VALUES ?" + var + " { UNDEF }", "VALUES ?" + var + " { " + value + " }");
    }
}
