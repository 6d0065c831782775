package org.communskg.web;

import com.google.gson.Gson;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.communskg.model.Vocab;
import org.communskg.store.Completions.Term;
import org.communskg.store.NamedQueries.NamedQuery;
import org.communskg.store.NamedQueries.Param;

/**
 * The workbench page: editor, results, downloads and the gallery of named queries. Everything the
 * script needs travels in {@code data-*} attributes or JSON endpoints; the page holds no inline
 * script or event handler (the site's Content-Security-Policy allows scripts from files only).
 */
final class WorkbenchPage {
    private static final Gson GSON = new Gson();
    static final String HEAD = "<link rel=\"stylesheet\" href=\"/vendor/yasgui/yasgui.min.css\">"
            + "<script defer src=\"/vendor/yasgui/yasgui.min.js\"></script>"
            + "<script defer src=\"/assets/workbench.js\"></script>";

    private WorkbenchPage() {
    }

    /**
     * @param base      the base of the entity IRIs, whose results link to {@code /id/...}
     * @param maxRows   the most rows shown of an answer
     * @param permalink the id of the permalink to open, or null
     * @param gallery   the named queries
     * @param choices   the instances offered for a parameter's class
     */
    static String render(String base, int maxRows, String permalink, List<NamedQuery> gallery,
                         Function<String, List<Term>> choices) {
        StringBuilder b = new StringBuilder("<div id=\"workbench\" class=\"workbench\"")
                .append(data("endpoint", SparqlController.PATH))
                .append(data("base", base))
                .append(data("max-rows", String.valueOf(maxRows)))
                .append(data("prefixes", GSON.toJson(prefixes())))
                .append(permalink == null ? "" : data("permalink", permalink))
                .append("><h1>Atelier SPARQL</h1>")
                .append("<div class=\"wb-main\"><div id=\"editor\" class=\"wb-editor\"></div>")
                .append("<p class=\"wb-actions\"><button type=\"button\" id=\"run\">Exécuter</button> ")
                .append("<button type=\"button\" id=\"share\">Lien permanent</button> ")
                .append("<output id=\"permalink\" class=\"wb-permalink\"></output></p>")
                .append("<p id=\"banner\" class=\"wb-banner\" role=\"status\" hidden></p>")
                .append("<p id=\"downloads\" class=\"wb-downloads\" hidden>Résultat complet : ")
                .append(download("csv", "CSV")).append(download("tsv", "TSV")).append(download("json", "JSON"))
                .append(download("xml", "XML")).append("</p>")
                .append("<div id=\"results\" class=\"wb-results\"></div></div>")
                .append("<aside class=\"wb-gallery\"><h2>Requêtes prêtes à l’emploi</h2><ul id=\"gallery\">");
        gallery.forEach(q -> item(b, q, choices));
        return Html.page("Atelier SPARQL", HEAD, b.append("</ul></aside></div>").toString());
    }

    private static void item(StringBuilder b, NamedQuery q, Function<String, List<Term>> choices) {
        b.append("<li class=\"wb-query\"").append(data("query", q.name())).append("><h3>").append(Html.escape(q.title()))
                .append("</h3><p>").append(Html.escape(q.description())).append("</p>");
        for (Param p : q.params()) {
            b.append("<label>").append(Html.escape(Hrefs.term(org.apache.jena.graph.NodeFactory.createURI(p.type()))))
                    .append(" <select").append(data("param", p.var())).append("><option value=\"\">(tous)</option>");
            choices.apply(p.type()).forEach(t -> b.append("<option value=\"").append(Html.escape(t.iri())).append("\">")
                    .append(Html.escape(t.label())).append("</option>"));
            b.append("</select></label> ");
        }
        b.append("<button type=\"button\" class=\"wb-load\">Charger et exécuter</button></li>");
    }

    private static String download(String format, String label) {
        return "<a" + data("format", format) + " download=\"resultat." + format + "\">" + label + "</a> ";
    }

    private static String data(String name, String value) {
        return " data-" + name + "=\"" + Html.escape(value) + "\"";
    }

    static Map<String, String> prefixes() {
        return Vocab.prefixes().getNsPrefixMap();
    }
}
