package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.apache.jena.graph.Graph;
import org.communskg.publish.Publishing;
import org.communskg.publish.VoidDescription;
import org.communskg.store.GraphStore;

/** {@code /.well-known/void}: the VoID description, negotiated; computed once, as the graph does not change while served. */
final class VoidController {
    static final String PATH = "/.well-known/void";
    private final GraphStore store;
    private final Publishing publishing;
    private Graph cached;

    VoidController(GraphStore store, Publishing publishing) {
        this.store = store;
        this.publishing = publishing;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get(PATH, this::describe);
    }

    private void describe(Context ctx) {
        RdfResponse.send(ctx, description());
    }

    private synchronized Graph description() {
        if (cached == null) {
            cached = VoidDescription.of(publishing).graph(store);
        }
        return cached;
    }
}
