package org.communskg.web;

import java.util.List;
import org.communskg.publish.DumpFile;
import org.communskg.publish.DumpSet;
import org.communskg.publish.Publishing;
import org.communskg.publish.Release;

/** The HTML of {@code /dumps}: the licence, the current dumps and every release. */
final class DumpsPage {
    private DumpsPage() {
    }

    static String body(List<DumpFile> current, List<Release> releases, Publishing p) {
        StringBuilder b = new StringBuilder("<h1>Télécharger le graphe</h1>")
                .append("<p>Licence : <a rel=\"license\" href=\"").append(Html.escape(p.licence())).append("\">")
                .append(Html.escape(p.licenceLabel())).append("</a>. ")
                .append("Fichiers compressés avec gzip ; N-Triples et N-Quads triés ligne à ligne, reproductibles. ")
                .append("Catalogue DCAT : <a href=\"/catalog\">/catalog</a>, description VoID : ")
                .append("<a href=\"/.well-known/void\">/.well-known/void</a>.</p>")
                .append("<h2>Graphe actuel</h2>");
        table(b, current, "/dumps/");
        b.append("<p><a href=\"/dumps/").append(DumpSet.SHA256SUMS).append("\">").append(DumpSet.SHA256SUMS).append("</a></p>");
        b.append("<h2 id=\"releases\">Versions publiées</h2>");
        if (releases.isEmpty()) {
            b.append("<p>Aucune version publiée pour l’instant.</p>");
        }
        for (int i = releases.size() - 1; i >= 0; i--) {
            Release r = releases.get(i);
            String base = "/releases/" + r.version() + "/";
            b.append("<h3>").append(Html.escape(r.version())).append(i == releases.size() - 1 ? " (latest)" : "")
                    .append("</h3>");
            table(b, r.files(), base);
            b.append("<p><a href=\"").append(base).append(DumpSet.SHA256SUMS).append("\">").append(DumpSet.SHA256SUMS)
                    .append("</a> · <a href=\"").append(base).append(Release.CATALOGUE_ENTRY).append("\">")
                    .append(Release.CATALOGUE_ENTRY).append("</a></p>");
        }
        return b.toString();
    }

    private static void table(StringBuilder b, List<DumpFile> files, String base) {
        b.append("<table class=\"dumps\"><thead><tr><th>fichier</th><th>format</th><th>octets</th><th>contenu</th>"
                + "<th>sha256</th></tr></thead><tbody>");
        for (DumpFile f : files) {
            b.append("<tr><td><a href=\"").append(Html.escape(base + f.name())).append("\">").append(Html.escape(f.name()))
                    .append("</a></td><td>").append(Html.escape(f.lang().getLabel())).append("</td><td>").append(f.bytes())
                    .append("</td><td>").append(f.count()).append(' ').append(f.unit()).append("</td><td><code>")
                    .append(f.sha256()).append("</code></td></tr>");
        }
        b.append("</tbody></table>");
    }
}
