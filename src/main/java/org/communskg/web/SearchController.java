package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.communskg.search.SearchHit;
import org.communskg.search.SearchService;

/**
 * {@code GET /search?q=…}: ranked entities as an HTML page to browsers, as JSON otherwise
 * ({@code Accept} or {@code ?format=json|html}).
 */
final class SearchController {
    static final String PATH = "/search";
    private final SearchService search;
    private final Hrefs hrefs;
    private final int limit;

    SearchController(SearchService search, Hrefs hrefs, int limit) {
        this.search = search;
        this.hrefs = hrefs;
        this.limit = limit;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get(PATH, this::search);
    }

    private void search(Context ctx) {
        Lang lang = Negotiation.jsonOrPage(ctx.queryParam("format"), ctx.header("Accept"));
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<SearchHit> hits = search.search(q, limit);
        if (Negotiation.HTML.equals(lang)) {
            ctx.header("Vary", "Accept");
            LinkedData.html(ctx, SearchPage.render(q, hits, hrefs, search.fullText()));
        } else {
            Json.send(ctx, json(q, hits));
        }
    }

    private JsonObject json(String q, List<SearchHit> hits) {
        JsonObject o = new JsonObject();
        o.put("query", q);
        o.put("fullText", search.fullText());
        JsonArray results = new JsonArray();
        for (SearchHit h : hits) {
            JsonObject r = new JsonObject();
            r.put("iri", h.iri().getURI());
            r.put("page", hrefs.href(h.iri().getURI()));
            r.put("kind", h.kind().key());
            r.put("type", h.kind().type().getURI());
            r.put("label", h.label());
            r.put("snippet", h.plainSnippet());
            r.put("score", org.apache.jena.atlas.json.JsonNumber.value(Math.round(h.score() * 1000) / 1000.0));
            results.add(r);
        }
        o.put("results", results);
        return o;
    }
}
