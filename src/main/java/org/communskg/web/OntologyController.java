package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.apache.jena.riot.Lang;
import org.communskg.publish.Licence;
import org.communskg.publish.Ontology;
import org.communskg.store.Formats;

/**
 * {@code GET /ontology}: the project's ontology as Turtle, JSON-LD, RDF/XML or N-Triples by
 * {@code Accept} or suffix ({@code /ontology.ttl}), and as a documentation page to browsers.
 */
final class OntologyController {
    static final String PATH = "/ontology";

    private final Ontology ontology;
    private final Licence licence;

    OntologyController(Ontology ontology, Licence licence) {
        this.ontology = ontology;
        this.licence = licence;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get(PATH, ctx -> answer(ctx, null));
        Formats.GRAPHS.forEach(lang -> cfg.routes.get(PATH + LinkedData.suffix(lang), ctx -> answer(ctx, lang)));
        cfg.routes.get(PATH + LinkedData.suffix(Negotiation.HTML), ctx -> answer(ctx, Negotiation.HTML));
    }

    private void answer(Context ctx, Lang suffix) {
        Lang lang = LinkedData.choose(ctx, suffix, licence);
        if (Negotiation.HTML.equals(lang)) {
            LinkedData.html(ctx, OntologyPage.render(ontology));
        } else {
            LinkedData.graph(ctx, ontology.graph(), lang);
        }
    }
}
