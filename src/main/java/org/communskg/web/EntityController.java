package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.communskg.publish.Publisher;
import org.communskg.web.LinkedData.Suffixed;

/**
 * Dereferenceable IRIs: {@code GET /id/<path>} answers for the IRI {@code {base}<path>}, as an
 * HTML page to browsers and as RDF by {@code Accept} or by suffix ({@code .ttl}, {@code .jsonld},
 * {@code .rdf}, {@code .nt}).
 */
final class EntityController {
    static final String PREFIX = "/id/";

    private final Publisher publisher;

    EntityController(Publisher publisher) {
        this.publisher = publisher;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get(PREFIX + "<path>", this::show);
        cfg.routes.options(PREFIX + "<path>", Cors::preflight);
    }

    private void show(Context ctx) {
        Suffixed request = Suffixed.of(ctx.pathParam("path"));
        Lang lang = LinkedData.choose(ctx, request.lang(), publisher.licence());
        Node iri = publisher.resolve(request.path());
        if (Negotiation.HTML.equals(lang)) {
            LinkedData.html(ctx, new EntityPage(publisher).render(publisher.view(iri, page(ctx))));
        } else {
            LinkedData.graph(ctx, publisher.describe(iri), lang);
        }
    }

    private static int page(Context ctx) {
        String page = ctx.queryParam("page");
        if (page == null) {
            return 1;
        }
        if (!page.matches("[1-9][0-9]{0,8}")) {
            throw new BadRequestException("page must be a whole number from 1, not '" + page + "'");
        }
        return Integer.parseInt(page);
    }
}
