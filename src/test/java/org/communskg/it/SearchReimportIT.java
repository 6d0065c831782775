package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.importer.ImportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every import and re-import keeps the search index in step with the graph, seen over HTTP. */
class SearchReimportIT {
    static final String FRONT = "---\nurl: https://example.org/actu/rencontre\ntitle: %s\ndate: 2025-03-04\n---\n\n";

    @TempDir
    Path work;

    static int hits(Http http, String q) {
        return JSON.parse(http.get("/search?q=" + Http.enc(q), "application/json").body()).get("results").getAsArray().size();
    }

    static int textQuery(Http http, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '" + word + "' }";
        return (int) http.post("/sparql", "application/sparql-query", q, "text/csv").body().lines().skip(1).count();
    }

    @Test
    void reimporting_an_article_replaces_what_search_finds() throws Exception {
        Path article = work.resolve("rencontre.md");
        Files.writeString(article, FRONT.formatted("Rencontre des coopératives numériques")
                + "La députée Zoé Quintard a ouvert la rencontre des coopératives numériques à Lyon.\n");
        try (App app = Seeded.app(work)) {
            app.importer().importAll(List.of(article.toString()), ImportListener.NONE);
            Javalin web = app.web("http://localhost:0").start(0);
            try {
                Http http = new Http(web.port());
                assertThat(hits(http, "Quintard")).isPositive();
                assertThat(hits(http, "coopérative")).as("title, plural folded").isPositive();
                assertThat(textQuery(http, "quintard")).isPositive();

                Files.writeString(article, FRONT.formatted("Rencontre des tiers-lieux")
                        + "La sénatrice Inès Valdeyron a ouvert la rencontre des tiers-lieux à Lyon.\n");
                app.importer().importAll(List.of(article.toString()), ImportListener.NONE);

                assertThat(hits(http, "Quintard")).as("a deleted person leaves the index").isZero();
                assertThat(textQuery(http, "quintard")).isZero();
                assertThat(hits(http, "coopératives")).as("the old title leaves the index").isZero();
                assertThat(hits(http, "Valdeyron")).isPositive();
            } finally {
                web.stop();
            }
        }
    }
}
