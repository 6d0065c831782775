package org.communskg.web;

import com.google.gson.Gson;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import org.communskg.Settings;
import org.communskg.store.Completions;
import org.communskg.store.GraphStore;
import org.communskg.store.NamedQueries;

/**
 * The query workbench: {@code /workbench} (the page), {@code /workbench/completions.json} (the
 * graph's classes, properties and named entities, for completion in the editor).
 */
final class WorkbenchController {
    static final String PATH = "/workbench";
    private static final Gson GSON = new Gson();

    private final GraphStore store;
    private final NamedQueries queries;
    private final String base;
    private final Settings.Workbench bounds;

    WorkbenchController(GraphStore store, NamedQueries queries, String base, Settings.Workbench bounds) {
        this.store = store;
        this.queries = queries;
        this.base = base;
        this.bounds = bounds;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get(PATH, ctx -> page(ctx, null));
        cfg.routes.get(PATH + "/completions.json", this::completions);
    }

    /** The page, opening the permalink {@code id} when not null. */
    void page(Context ctx, String permalink) {
        String html = WorkbenchPage.render(base, bounds.maxRows(), permalink, queries.all(), this::choices);
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private List<Completions.Term> choices(String classIri) {
        return Completions.instances(store, classIri, bounds.completions());
    }

    private void completions(Context ctx) {
        ctx.contentType("application/json; charset=utf-8")
                .result(GSON.toJson(Completions.of(store, bounds.completions())));
    }
}
