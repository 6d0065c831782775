package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import org.communskg.publish.Catalogue;
import org.communskg.publish.CurrentDumps;
import org.communskg.publish.Publishing;
import org.communskg.publish.Releases;

/** {@code /catalog}: the DCAT-AP catalogue, negotiated (Turtle, JSON-LD, RDF/XML). */
final class CatalogController {
    static final String PATH = "/catalog";
    private final Publishing publishing;
    private final CurrentDumps dumps;
    private final Releases releases;

    CatalogController(Publishing publishing, CurrentDumps dumps, Releases releases) {
        this.publishing = publishing;
        this.dumps = dumps;
        this.releases = releases;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get(PATH, this::catalog);
    }

    private void catalog(Context ctx) {
        Instant modified = dumps.made();
        // First published with the oldest release; without releases, with these dumps.
        Instant issued = releases.list().stream().findFirst()
                .map(r -> java.time.LocalDate.parse(r.version().substring(0, 10)).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .orElse(modified);
        RdfResponse.send(ctx, Catalogue.of(publishing).graph(dumps.files(),
                f -> publishing.url(DumpsController.PATH + "/" + f.name()), issued, modified));
    }
}
