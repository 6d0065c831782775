package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.communskg.store.GraphStore;
import org.communskg.store.GraphSummary;
import org.communskg.store.NamedQueries;

/** The home page: what the graph holds, the endpoint, a query form and the named queries. */
final class HomeController {
    private static final Map<String, String> LABELS = Map.of(
            "articles", "articles", "persons", "personnes", "organizations", "organisations",
            "events", "événements", "roles", "rôles", "publications", "publications");
    static final String EXAMPLE = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?person ?role ?organization WHERE {
              ?m a org:Membership ; org:member/foaf:name ?person .
              OPTIONAL { ?m org:role/skos:prefLabel ?role }
              OPTIONAL { ?m org:organization/skos:prefLabel ?organization }
            } ORDER BY ?person LIMIT 50""";

    private final GraphStore store;
    private final NamedQueries queries;

    HomeController(GraphStore store, NamedQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/", this::home);
    }

    private void home(Context ctx) {
        GraphSummary summary = GraphSummary.of(store);
        StringBuilder b = new StringBuilder("<h1>communs-kg</h1>")
                .append("<p>Un graphe de connaissances de l’écosystème des communs numériques, de l’ESS et des données "
                        + "d’intérêt général : qui occupe quel rôle dans quelle organisation, quels événements et "
                        + "publications les relient, et pour chaque fait l’article et la phrase d’où il vient.</p>")
                .append("<ul class=\"counts\">");
        summary.counts().forEach((kind, n) -> b.append("<li><strong>").append(n).append("</strong> ")
                .append(Html.escape(LABELS.getOrDefault(kind, kind))).append("</li>"));
        b.append("</ul><h2 id=\"search\">Rechercher</h2>").append(SearchPage.box("", "search-home"))
                .append("<h2 id=\"query\">Interroger le graphe</h2>")
                .append("<p>Point d’accès SPARQL 1.1 : <code>").append(Html.escape(ctx.scheme() + "://" + ctx.host()))
                .append(SparqlController.PATH).append("</code> (lecture seule).</p>")
                .append("<p class=\"workbench-link\"><a href=\"").append(WorkbenchController.PATH)
                .append("\">Ouvrir l’atelier SPARQL</a> : éditeur avec complétion, requêtes d’exemple, liens permanents, "
                        + "téléchargements.</p>")
                .append(QueriesController.form(EXAMPLE))
                .append("<h2>Requêtes prêtes à l’emploi</h2><ul>");
        queries.all().forEach(q -> b.append("<li><a href=\"/queries/").append(Html.escape(q.name())).append("\">")
                .append(Html.escape(q.title())).append("</a></li>"));
        b.append("</ul>");
        ctx.contentType("text/html; charset=utf-8").result(Html.page("Accueil", b.toString()));
    }
}
