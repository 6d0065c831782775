package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.communskg.publish.Pages;
import org.communskg.publish.Publisher;
import org.communskg.web.LinkedData.Suffixed;

/**
 * Dereferenceable IRIs: {@code GET /id/<path>} answers for the IRI {@code {base}<path>}, as an
 * HTML page to browsers and as RDF by {@code Accept} or by suffix ({@code .ttl}, {@code .jsonld},
 * {@code .rdf}, {@code .nt}). Each long list of the page is paged ({@link EntityPager}); the RDF
 * description is capped, with a {@code Link} header to the query of the whole when it is cut.
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
            Pages pages = EntityPager.parse(ctx);
            LinkedData.html(ctx, new EntityPage(publisher).render(publisher.view(iri, pages), pages));
        } else {
            Graph description = publisher.describe(iri);
            if (publisher.partial(iri, description)) {
                // A hub's description holds the first statements pointing to it; the query of all of them:
                ctx.res().addHeader("Link", "<" + SparqlController.PATH + "?query="
                        + URLEncoder.encode(publisher.fullDescribeQuery(iri), StandardCharsets.UTF_8) + ">; rel=\"alternate\"");
            }
            LinkedData.graph(ctx, description, lang);
        }
    }
}
