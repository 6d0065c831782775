package org.communskg.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.communskg.publish.Ontology;
import org.communskg.publish.Ontology.Term;
import org.communskg.store.Formats;

/** The ontology's documentation: each class and property with its French and English labels and comments. */
final class OntologyPage {
    private OntologyPage() {
    }

    static String render(Ontology ontology) {
        Map<String, String> title = ontology.title();
        String name = title.getOrDefault("fr", "Ontologie");
        StringBuilder b = new StringBuilder("<article class=\"ontology\"><h1>").append(Html.escape(name)).append("</h1>");
        if (title.containsKey("en")) {
            b.append("<p class=\"en\" lang=\"en\">").append(Html.escape(title.get("en"))).append("</p>");
        }
        b.append("<p>Espace de noms <code>").append(Html.escape(org.communskg.model.Vocab.CKG)).append("</code>. ")
                .append("Téléchargement : ").append(downloads()).append("</p>");
        List<Term> terms = ontology.terms();
        table(b, "classes", "Classes", terms.stream().filter(Term::isClass).toList());
        table(b, "properties", "Propriétés", terms.stream().filter(t -> !t.isClass()).toList());
        return Html.page(name, b.append("</article>").toString());
    }

    private static String downloads() {
        return Formats.GRAPHS.stream().map(l -> "<a href=\"" + OntologyController.PATH + LinkedData.suffix(l) + "\">"
                + Html.escape(l.getLabel()) + "</a>").collect(Collectors.joining(" · "));
    }

    private static void table(StringBuilder b, String id, String title, List<Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        b.append("<section id=\"").append(id).append("\"><h2>").append(title).append("</h2>");
        terms.forEach(t -> b.append(term(t)));
        b.append("</section>");
    }

    private static String term(Term t) {
        StringBuilder b = new StringBuilder("<section class=\"term\" id=\"").append(Html.escape(t.localName()))
                .append("\"><h3><code>ckg:").append(Html.escape(t.localName())).append("</code></h3><dl>");
        row(b, "Libellé (fr)", t.labels().get("fr"), "fr");
        row(b, "Label (en)", t.labels().get("en"), "en");
        row(b, "Définition (fr)", t.comments().get("fr"), "fr");
        row(b, "Definition (en)", t.comments().get("en"), "en");
        row(b, "Type", terms(t.types()), null);
        row(b, "Domaine", terms(t.domain()), null);
        row(b, "Portée", terms(t.range()), null);
        row(b, "Sous-propriété de", terms(t.superProperties()), null);
        return b.append("</dl><p class=\"iri\"><code>").append(Html.escape(t.iri().getURI())).append("</code></p></section>")
                .toString();
    }

    private static String terms(List<Node> nodes) {
        return nodes.isEmpty() ? null : nodes.stream().map(Hrefs::term).collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder b, String title, String value, String lang) {
        if (value != null) {
            b.append("<dt>").append(title).append("</dt><dd").append(lang == null ? "" : " lang=\"" + lang + "\"")
                    .append(">").append(Html.escape(value)).append("</dd>");
        }
    }
}
