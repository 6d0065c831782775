package org.communskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.communskg.publish.EntityView.Inverse;
import org.communskg.publish.EntityView.InversePage;
import org.communskg.publish.EntityView.Link;
import org.communskg.publish.EntityView.Mention;
import org.communskg.publish.EntityView.Role;
import org.communskg.publish.EntityView.Slice;
import org.communskg.model.Vocab;
import org.communskg.store.GraphStore;

/**
 * Reads an entity's page data from the store, one query per section. Every long list is read a
 * page at a time: the query picks the page's items (LIMIT and OFFSET in the query), then reads the
 * details of those items only, so that a hub named in a fifth of the articles costs about what an
 * ordinary entity does.
 */
final class EntityViews {
    private static final String L = Queries.LABEL_PATH;
    /** The memberships it takes part in, as member or as organization: ?x. */
    static final String MEMBERSHIPS = "{ ?x org:member ?e } UNION { ?x org:organization ?e }";
    /** The articles that mention it, or that a fact about it was read from: ?x. */
    static final String ARTICLES = "GRAPH ?x { { ?x schema:mentions ?e } UNION { ?e prov:wasDerivedFrom ?x } }";
    /** The persons sharing an event with it: ?x. The type is checked with EXISTS, which stops at the first article that says it. */
    static final String CO_PARTICIPANTS = """
            ?ev ?r1 ?e . FILTER(?r1 IN (schema:performer, ckg:moderator, schema:attendee)) ?ev a schema:Event .
            ?ev ?r2 ?x . FILTER(?r2 IN (schema:performer, ckg:moderator, schema:attendee)) FILTER(?x != ?e)
            FILTER EXISTS { ?x a foaf:Person }""";

    private final GraphStore store;
    private final int size;
    private final int countCap;

    EntityViews(GraphStore store, int size, int countCap) {
        this.store = store;
        this.size = size;
        this.countCap = countCap;
    }

    EntityView view(Node iri, Pages pages, String describeQuery, Licence licence) {
        Facts facts = Facts.load(store, iri);
        return new EntityView(iri, facts.labels(), facts.types(), facts.byPredicate(), roles(iri, pages.roles()),
                new EventViews(store, this).of(facts, pages.events()), coParticipants(iri, pages.coParticipants()),
                mentions(iri, pages.mentions()), facts.links(Vocab.OWL_SAME_AS), inverse(iri, pages.inverse()),
                describeQuery, licence);
    }

    /** A page of a list whose items the query picks, one page plus one to know whether more follow. */
    <T> Slice<T> slice(List<T> pagePlusOne, int page, String countPattern, Node iri) {
        boolean hasNext = pagePlusOne.size() > size;
        return slice(hasNext ? pagePlusOne.subList(0, size) : pagePlusOne, hasNext, page, countPattern, iri);
    }

    /** A page of items, with the count of the whole list ({@code countPattern} over ?x, for ?e). */
    <T> Slice<T> slice(List<T> shown, boolean hasNext, int page, String countPattern, Node iri) {
        List<T> items = List.copyOf(shown);
        long total = items.isEmpty() && page == 1 ? 0 : Queries.countDistinct(store, countPattern, iri, countCap);
        return new Slice<>(items, page, size, Math.min(total, countCap), total > countCap, hasNext);
    }

    int size() {
        return size;
    }

    /** {@code LIMIT size+1 OFFSET …} for a page. */
    String window(int page) {
        return "LIMIT " + (size + 1) + " OFFSET " + (long) (page - 1) * size;
    }

    private Slice<Role> roles(Node iri, int page) {
        // The page's memberships, dated by their first report, then the details of those only.
        Query query = Queries.template("""
                SELECT ?m ?role ?person ?personName ?org ?orgName ?evidence ?article ?headline ?date WHERE {
                  { SELECT ?m (MIN(?d) AS ?first) WHERE {
                      %s
                      OPTIONAL { GRAPH ?a { ?m ckg:evidence ?ev } ?a schema:datePublished ?d }
                    } GROUP BY ?m ORDER BY DESC(BOUND(?first)) ?first ?m %s }
                  ?m org:member ?person .
                  OPTIONAL { ?m org:role/skos:prefLabel ?role }
                  OPTIONAL { ?person foaf:name ?personName }
                  OPTIONAL { ?m org:organization ?org OPTIONAL { ?org skos:prefLabel ?orgName } }
                  OPTIONAL { GRAPH ?article { ?m ckg:evidence ?evidence }
                    OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:datePublished ?date } }
                }""".formatted(MEMBERSHIPS.replace("?x", "?m"), window(page)));
        List<Map<String, Node>> rows = Queries.select(store, query, iri);
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
        return slice(roles, page, MEMBERSHIPS, iri);
    }

    /** A membership reported by several articles is dated by the first report. */
    private static Role earlier(Role a, Role b) {
        if (a.date() == null) {
            return b.date() == null ? a : b;
        }
        return b.date() != null && b.date().compareTo(a.date()) < 0 ? b : a;
    }

    private Slice<Link> coParticipants(Node iri, int page) {
        Query query = Queries.template("""
                SELECT ?x ?l WHERE {
                  { SELECT DISTINCT ?x WHERE { %s } ORDER BY ?x %s }
                  OPTIONAL { ?x %s ?l }
                } ORDER BY ?x""".formatted(CO_PARTICIPANTS, window(page), L));
        List<Map<String, Node>> rows = Queries.select(store, query, iri);
        Map<Node, String> labels = Labels.bestPerResource(rows, "x", "l");
        List<Link> links = rows.stream().map(r -> r.get("x")).distinct().map(o -> new Link(o, labels.get(o))).toList();
        return slice(links, page, CO_PARTICIPANTS, iri);
    }

    private Slice<Mention> mentions(Node iri, int page) {
        // The page's articles, the latest first, then their headline, address and sentences.
        Query query = Queries.template("""
                SELECT ?article ?headline ?url ?date ?evidence WHERE {
                  { SELECT ?article (MAX(?d) AS ?date) WHERE {
                      { SELECT DISTINCT ?article WHERE { %s } }
                      OPTIONAL { ?article schema:datePublished ?d }
                    } GROUP BY ?article ORDER BY DESC(?date) ?article %s }
                  OPTIONAL { GRAPH ?article { ?e ckg:evidence ?evidence } }
                  OPTIONAL { ?article schema:headline ?headline }
                  OPTIONAL { ?article schema:url ?url }
                } ORDER BY DESC(?date) ?article""".formatted(ARTICLES.replace("?x", "?article"), window(page)));
        Map<Node, Mention> byArticle = new LinkedHashMap<>();
        for (Map<String, Node> r : Queries.select(store, query, iri)) {
            Mention m = byArticle.computeIfAbsent(r.get("article"), a -> new Mention(new Link(a, text(r.get("headline"))),
                    text(r.get("url")), text(r.get("date")), new ArrayList<>()));
            String evidence = text(r.get("evidence"));
            if (evidence != null && !m.evidence().contains(evidence)) {
                m.evidence().add(evidence);
            }
        }
        return slice(List.copyOf(byArticle.values()), page, ARTICLES, iri);
    }

    private InversePage inverse(Node iri, int page) {
        Query query = Queries.template("""
                SELECT ?s ?p ?l WHERE {
                  { SELECT DISTINCT ?s ?p WHERE { ?s ?p ?e } ORDER BY ?p ?s %s }
                  OPTIONAL { ?s %s ?l }
                } ORDER BY ?p ?s""".formatted(window(page), L));
        List<Map<String, Node>> rows = Queries.select(store, query, iri);
        Map<Node, String> labels = Labels.bestPerResource(rows, "s", "l");
        List<Inverse> links = rows.stream().map(r -> List.of(r.get("s"), r.get("p"))).distinct()
                .map(sp -> new Inverse(new Link(sp.get(0), labels.get(sp.get(0))), sp.get(1))).toList();
        boolean hasNext = links.size() > size;
        return new InversePage(hasNext ? links.subList(0, size) : links, page, hasNext);
    }

    static String text(Node n) {
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
