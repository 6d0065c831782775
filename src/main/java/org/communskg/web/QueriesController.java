package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.communskg.store.NamedQueries;
import org.communskg.store.NamedQueries.NamedQuery;

/** The named queries of {@code queries/}: a list, each query's page with a form to run it, and its raw text. */
final class QueriesController {
    private final NamedQueries queries;

    QueriesController(NamedQueries queries) {
        this.queries = queries;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/queries", this::list);
        cfg.routes.get("/queries/{name}", this::show);
    }

    private void list(Context ctx) {
        StringBuilder b = new StringBuilder("<h1>Requêtes</h1><dl>");
        for (NamedQuery q : queries.all()) {
            b.append("<dt><a href=\"/queries/").append(Html.escape(q.name())).append("\">").append(Html.escape(q.title()))
                    .append("</a></dt><dd>").append(Html.escape(q.description())).append("</dd>");
        }
        b.append("</dl>");
        ctx.contentType("text/html; charset=utf-8").result(Html.page("Requêtes", b.toString()));
    }

    private void show(Context ctx) {
        String name = ctx.pathParam("name");
        boolean raw = name.endsWith(".rq");
        NamedQuery q = queries.find(raw ? name.substring(0, name.length() - 3) : name)
                .orElseThrow(() -> new NotFoundException("query " + name));
        Cors.allow(ctx);
        if (raw) {
            ctx.contentType("application/sparql-query; charset=utf-8").result(q.text());
            return;
        }
        String body = "<h1>" + Html.escape(q.title()) + "</h1><p>" + Html.escape(q.description()) + "</p>"
                + form(q.text()) + "<p><a href=\"/queries/" + Html.escape(q.name()) + ".rq\">" + Html.escape(q.name())
                + ".rq</a></p>";
        ctx.contentType("text/html; charset=utf-8").result(Html.page(q.title(), body));
    }

    /** A form that runs a query against the endpoint; works without JavaScript. */
    static String form(String query) {
        return "<form class=\"query\" method=\"post\" action=\"" + SparqlController.PATH + "\">"
                + "<textarea name=\"query\" rows=\"14\" spellcheck=\"false\">" + Html.escape(query) + "</textarea>"
                + "<label>Format <select name=\"format\"><option value=\"html\">Tableau</option><option value=\"json\">JSON</option><option value=\"xml\">XML</option>"
                + "<option value=\"csv\">CSV</option><option value=\"tsv\">TSV</option></select></label> "
                + "<button type=\"submit\">Exécuter</button></form>";
    }
}
