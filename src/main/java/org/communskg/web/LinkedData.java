package org.communskg.web;

import io.javalin.http.Context;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.communskg.publish.Licence;
import org.communskg.store.Formats;

/**
 * What every linked-data answer shares: a format chosen by suffix or by {@code Accept}, the
 * headers ({@code Vary}, CORS, the licence) and RDF written by Jena.
 */
final class LinkedData {
    private LinkedData() {
    }

    /**
     * A path with an optional format suffix ({@code person/x.ttl}).
     *
     * @param path the path without the suffix
     * @param lang the format the suffix names, or null when there is none
     */
    record Suffixed(String path, Lang lang) {
        static Suffixed of(String path) {
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/')) {
                Lang lang = suffixLang(path.substring(dot + 1));
                if (lang != null) {
                    return new Suffixed(path.substring(0, dot), lang);
                }
            }
            return new Suffixed(path, null);
        }
    }

    /** The format a file suffix names among those offered ("ttl", "jsonld", "rdf", "nt", "html"), or null. */
    static Lang suffixLang(String ext) {
        if (Negotiation.HTML.getFileExtensions().contains(ext)) {
            return Negotiation.HTML;
        }
        Lang lang = Formats.rdfLang(ext);
        return Formats.GRAPHS.contains(lang) ? lang : null;
    }

    /** The suffix's format if any, else the one negotiated; sets the headers every answer carries. */
    static Lang choose(Context ctx, Lang suffix, Licence licence) {
        // Set first, so that 404 and 406 answers carry them too.
        ctx.header("Vary", "Accept");
        ctx.header("Link", "<" + licence.iri() + ">; rel=\"license\"");
        Cors.allow(ctx);
        return suffix != null ? suffix : Negotiation.choose(ctx.header("Accept"), Negotiation.PAGE_OR_GRAPH);
    }

    /** The suffix that asks for a format, for links to a resource's own RDF. */
    static String suffix(Lang lang) {
        return "." + lang.getFileExtensions().get(0);
    }

    static void graph(Context ctx, Graph graph, Lang lang) {
        ctx.contentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        RDFWriter.source(graph).lang(lang).output(ctx.outputStream());
    }

    static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
