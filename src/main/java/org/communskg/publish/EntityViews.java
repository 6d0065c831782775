package org.communskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.communskg.model.Vocab;
import org.communskg.publish.EntityView.Inverse;
import org.communskg.publish.EntityView.InversePage;
import org.communskg.publish.EntityView.Link;
import org.communskg.publish.EntityView.Mention;
import org.communskg.publish.EntityView.Role;
import org.communskg.store.GraphStore;

/** Reads an entity's page data from the store, one query per section. */
final class EntityViews {
    private static final String L = Queries.LABEL_PATH;
    private static final Query ROLES = Queries.template("""
            SELECT ?m ?role ?person ?personName ?org ?orgName ?evidence ?article ?headline ?date WHERE {
              { ?m org:member ?e } UNION { ?m org:organization ?e }
              ?m org:member ?person .
              OPTIONAL { ?m org:role/skos:prefLabel ?role }
              OPTIONAL { ?person foaf:name ?personName }
              OPTIONAL { ?m org:organization ?org OPTIONAL { ?org skos:prefLabel ?orgName } }
              OPTIONAL { GRAPH ?article { ?m ckg:evidence ?evidence }
                OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:datePublished ?date } }
            }""");
    private static final Query MENTIONS = Queries.template("""
            SELECT ?article ?headline ?url ?date ?evidence WHERE {
              GRAPH ?article { { ?article schema:mentions ?e } UNION { ?e prov:wasDerivedFrom ?article }
                OPTIONAL { ?e ckg:evidence ?evidence } }
              OPTIONAL { ?article schema:headline ?headline }
              OPTIONAL { ?article schema:url ?url }
              OPTIONAL { ?article schema:datePublished ?date }
            } ORDER BY DESC(?date) ?article""");
    private static final Query CO_PARTICIPANTS = Queries.template("""
            SELECT DISTINCT ?other ?l WHERE {
              ?ev ?r1 ?e . ?ev a schema:Event . ?ev ?r2 ?other . ?other a foaf:Person .
              FILTER(?r1 IN (schema:performer, ckg:moderator, schema:attendee))
              FILTER(?r2 IN (schema:performer, ckg:moderator, schema:attendee))
              FILTER(?other != ?e)
              OPTIONAL { ?other %s ?l }
            } ORDER BY ?other""".formatted(L));

    private final GraphStore store;

    EntityViews(GraphStore store) {
        this.store = store;
    }

    EntityView view(Node iri, int page, String describeQuery, Licence licence) {
        Facts facts = Facts.load(store, iri);
        return new EntityView(iri, facts.labels(), facts.types(), facts.byPredicate(), roles(iri),
                new EventViews(store).of(facts), coParticipants(iri), mentions(iri), facts.links(Vocab.OWL_SAME_AS),
                inverse(iri, page), describeQuery, licence);
    }

    private List<Role> roles(Node iri) {
        List<Map<String, Node>> rows = Queries.select(store, ROLES, iri);
        // Several rows per membership when names exist in several languages: keep the preferred one of each.
        Map<Node, String> roleNames = Labels.bestPerResource(rows, "m", "role");
        Map<Node, String> personNames = Labels.bestPerResource(rows, "person", "personName");
        Map<Node, String> orgNames = Labels.bestPerResource(rows, "org", "orgName");
        Map<Node, Role> byMembership = new LinkedHashMap<>();
        for (Map<String, Node> r : rows) {
            Node article = r.get("article");
            Node org = r.get("org");
            Role role = new Role(r.get("m"), roleNames.get(r.get("m")), new Link(r.get("person"), personNames.get(r.get("person"))),
                    org == null ? null : new Link(org, orgNames.get(org)), text(r.get("date")),
                    text(r.get("evidence")), article == null ? null : new Link(article, text(r.get("headline"))));
            byMembership.merge(r.get("m"), role, EntityViews::earlier);
        }
        List<Role> roles = new ArrayList<>(byMembership.values());
        roles.sort(Comparator.comparing(Role::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(r -> r.person().text()).thenComparing(r -> r.role() == null ? "" : r.role()));
        return roles;
    }

    /** A membership reported by several articles is dated by the first report. */
    private static Role earlier(Role a, Role b) {
        if (a.date() == null) {
            return b.date() == null ? a : b;
        }
        return b.date() != null && b.date().compareTo(a.date()) < 0 ? b : a;
    }

    private List<Link> coParticipants(Node iri) {
        List<Map<String, Node>> rows = Queries.select(store, CO_PARTICIPANTS, iri);
        Map<Node, String> labels = Labels.bestPerResource(rows, "other", "l");
        return rows.stream().map(r -> r.get("other")).distinct().map(o -> new Link(o, labels.get(o))).toList();
    }

    private List<Mention> mentions(Node iri) {
        Map<Node, Mention> byArticle = new LinkedHashMap<>();
        for (Map<String, Node> r : Queries.select(store, MENTIONS, iri)) {
            Mention m = byArticle.computeIfAbsent(r.get("article"), a -> new Mention(new Link(a, text(r.get("headline"))),
                    text(r.get("url")), text(r.get("date")), new ArrayList<>()));
            String evidence = text(r.get("evidence"));
            if (evidence != null && !m.evidence().contains(evidence)) {
                m.evidence().add(evidence);
            }
        }
        return List.copyOf(byArticle.values());
    }

    private InversePage inverse(Node iri, int page) {
        Query query = Queries.template("""
                SELECT ?s ?p ?l WHERE {
                  { SELECT DISTINCT ?s ?p WHERE { ?s ?p ?e } ORDER BY ?p ?s LIMIT %d OFFSET %d }
                  OPTIONAL { ?s %s ?l }
                } ORDER BY ?p ?s""".formatted(InversePage.SIZE + 1, (page - 1) * InversePage.SIZE, L));
        List<Map<String, Node>> rows = Queries.select(store, query, iri);
        Map<Node, String> labels = Labels.bestPerResource(rows, "s", "l");
        List<Inverse> links = rows.stream().map(r -> List.of(r.get("s"), r.get("p"))).distinct()
                .map(sp -> new Inverse(new Link(sp.get(0), labels.get(sp.get(0))), sp.get(1))).toList();
        boolean hasNext = links.size() > InversePage.SIZE;
        return new InversePage(hasNext ? links.subList(0, InversePage.SIZE) : links, page, hasNext);
    }

    private static String text(Node n) {
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
