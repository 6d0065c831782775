package org.communskg.web;

import com.google.gson.Gson;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.communskg.store.Permalinks;

/**
 * Permalinks of the workbench: {@code POST /q} keeps a query (form field {@code query}, or an
 * {@code application/sparql-query} body) and answers {@code {"id": ..., "path": "/q/ID"}};
 * {@code GET /q/ID} opens the workbench on it; {@code GET /q/ID.rq} gives the text, as plain text.
 */
final class PermalinkController {
    static final String PATH = "/q";
    private static final Gson GSON = new Gson();

    private final Permalinks permalinks;
    private final WorkbenchController workbench;

    PermalinkController(Permalinks permalinks, WorkbenchController workbench) {
        this.permalinks = permalinks;
        this.workbench = workbench;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.post(PATH, this::save);
        cfg.routes.get(PATH + "/{id}", this::open);
    }

    private void save(Context ctx) {
        boolean body = "application/sparql-query".equals(SparqlController.mediaType(ctx.header("Content-Type")));
        String text = body ? ctx.body() : ctx.formParam("query");
        String id = permalinks.save(text);
        String path = PATH + "/" + id;
        ctx.status(201).header("Location", path).contentType("application/json; charset=utf-8")
                .result(GSON.toJson(Map.of("id", id, "path", path)));
    }

    private void open(Context ctx) {
        String id = ctx.pathParam("id");
        boolean raw = id.endsWith(".rq");
        String key = raw ? id.substring(0, id.length() - 3) : id;
        String text = permalinks.find(key).orElseThrow(() -> new NotFoundException("No query is kept under " + key));
        if (raw) {
            // Served as text, never as HTML, so a stored text cannot become markup.
            ctx.header("X-Content-Type-Options", "nosniff").contentType("text/plain; charset=utf-8").result(text);
            return;
        }
        workbench.page(ctx, key);
    }
}
