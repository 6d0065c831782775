package org.communskg.web;

import io.javalin.http.Context;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;

/** A small RDF graph answered in the syntax the client asks for: Turtle, JSON-LD or RDF/XML. */
final class RdfResponse {
    static final List<Lang> OFFERS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML);

    private RdfResponse() {
    }

    static void send(Context ctx, Graph graph) {
        Lang lang = Negotiation.choose(ctx.header("Accept"), OFFERS);
        Cors.allow(ctx);
        ctx.header("Vary", "Accept");
        ctx.contentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        RDFWriter.source(graph).lang(lang).output(ctx.outputStream());
    }
}
