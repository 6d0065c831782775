package org.communskg.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communskg.network.Charts;
import org.communskg.network.Network;
import org.communskg.network.Network.NodeInfo;
import org.communskg.search.Kind;

/**
 * The network page: filter controls (a plain GET form), the drawing (by {@code /assets/graph.js}
 * with cytoscape, from the JSON named in {@code data-src}), and the two charts as server-side SVG.
 */
final class NetworkPage {
    /** The scripts of a page that draws a graph: cytoscape from the npm build, then ours. */
    static final String[] GRAPH_SCRIPTS = {"/vendor/cytoscape/cytoscape.min.js", "/assets/graph.js"};
    static final List<String> FILTERS = List.of("organization", "event", "from", "to");

    private NetworkPage() {
    }

    /**
     * @param params     the filter parameters as given ({@link #FILTERS}), to keep them in the form
     * @param everything the whole network, for the choices of the form
     */
    static String render(Map<String, String> params, Network everything, Charts charts, Hrefs hrefs) {
        StringBuilder src = new StringBuilder(NetworkController.PATH + "?format=json");
        params.forEach((k, v) -> src.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v,
                java.nio.charset.StandardCharsets.UTF_8)));
        StringBuilder b = new StringBuilder("<h1>Réseau</h1><p>Personnes, organisations et événements ; la taille "
                + "d’un nœud dit combien de liens il a (adhésions, organisation, soutien, participation, interventions). "
                + "Un clic sur un nœud ouvre sa page.</p>")
                .append(form(params, everything))
                .append("<div id=\"network\" class=\"graph-canvas network-canvas\" data-src=\"").append(Html.escape(src.toString()))
                .append("\" data-layout=\"cose\"></div><p id=\"network-status\" class=\"meta\" aria-live=\"polite\">"
                        + "Le dessin demande JavaScript ; les données sont aussi en <a href=\"")
                .append(Html.escape(src.toString())).append("\">JSON</a>.</p>")
                .append("<ul class=\"legend\"><li class=\"person\">personne</li><li class=\"organization\">organisation</li>"
                        + "<li class=\"event\">événement</li></ul>")
                .append(chartsHtml(charts, hrefs));
        return Html.page("Réseau", Html.scripts(GRAPH_SCRIPTS), b.toString());
    }

    private static String form(Map<String, String> params, Network everything) {
        return "<form class=\"network-filters\" method=\"get\" action=\"" + NetworkController.PATH + "\">"
                + select("organization", "Organisation", Kind.ORGANIZATION, everything, params.get("organization"))
                + select("event", "Événement", Kind.EVENT, everything, params.get("event"))
                + input("from", "Du", params.get("from")) + input("to", "au", params.get("to"))
                + "<button type=\"submit\">Filtrer</button> <a href=\"" + NetworkController.PATH + "\">Tout</a></form>";
    }

    private static String select(String name, String label, Kind kind, Network everything, String chosen) {
        StringBuilder b = new StringBuilder("<label>").append(label).append(" <select name=\"").append(name)
                .append("\"><option value=\"\">(toutes)</option>");
        everything.nodes().stream().filter(n -> n.kind() == kind).sorted(Comparator.comparing(NodeInfo::label))
                .forEach(n -> b.append("<option value=\"").append(Html.escape(n.iri())).append('"')
                        .append(n.iri().equals(chosen) ? " selected" : "").append('>').append(Html.escape(n.label()))
                        .append("</option>"));
        return b.append("</select></label> ").toString();
    }

    private static String input(String name, String label, String value) {
        return "<label>" + label + " <input name=\"" + name + "\" size=\"10\" inputmode=\"numeric\" placeholder=\"2024 ou 2024-05-14\""
                + " value=\"" + Html.escape(value == null ? "" : value) + "\"></label> ";
    }

    private static String chartsHtml(Charts charts, Hrefs hrefs) {
        List<ChartSvg.Bar> months = charts.eventsByMonth().stream().map(m -> new ChartSvg.Bar(m.label(), m.value(), null)).toList();
        List<ChartSvg.Bar> orgs = charts.topOrganizations().stream()
                .map(o -> new ChartSvg.Bar(o.label(), o.degree(), hrefs.href(o.iri()))).toList();
        return "<section id=\"charts\" class=\"charts\"><figure><figcaption>Événements par mois"
                + (charts.undated() > 0 ? " (" + charts.undated() + " sans date complète)" : "") + "</figcaption>"
                + ChartSvg.bars("chart-events", "Événements par mois", months) + "</figure>"
                + "<figure><figcaption>Organisations les plus reliées (nombre de liens)</figcaption>"
                + ChartSvg.bars("chart-organizations", "Organisations les plus reliées", orgs) + "</figure></section>";
    }

    /** The filter parameters present in a request, in a stable order. */
    static Map<String, String> params(java.util.function.Function<String, String> query) {
        Map<String, String> out = new LinkedHashMap<>();
        FILTERS.forEach(f -> {
            String v = query.apply(f);
            if (v != null && !v.isBlank()) {
                out.put(f, v);
            }
        });
        return out;
    }
}
