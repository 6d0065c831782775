package org.communskg.importer;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.importer.extract.EventFact;
import org.communskg.importer.extract.Evidence;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;
import org.communskg.importer.extract.PublicationFact;
import org.communskg.importer.extract.RoleFact;
import org.communskg.model.Iris;
import static org.communskg.model.Vocab.*;

/**
 * Turns one article and what was extracted from it into the article's named graph: the article,
 * its entities with their types and labels, memberships, events and publications, each fact with
 * its evidence sentence and confidence.
 *
 * <pre>{@code
 * Graph g = new GraphMapper(Iris.under("http://localhost:7070/id/")).map(article, extraction);
 * }</pre>
 */
public final class GraphMapper {
    private final Iris iris;

    public GraphMapper(Iris iris) {
        this.iris = iris;
    }

    /** The IRI of the article, which is also the name of its graph. */
    public Node articleIri(Article article) {
        return iris.article(article.url() != null ? article.url() : fileName(article.source()));
    }

    public Graph map(Article article, Extraction x) {
        return map(article, x, Resolution.none());
    }

    /** Maps with the links to earlier articles' entities that the {@link EntityResolver} found. */
    public Graph map(Article article, Extraction x, Resolution resolution) {
        Node a = articleIri(article);
        GraphWriter g = new GraphWriter(GraphFactory.createDefaultGraph(), article.language(), a);
        EntityIndex entities = new EntityIndex(iris, x, resolution);
        article(g, a, article, entities);
        x.persons().forEach(p -> person(g, a, p, resolution));
        x.organizations().forEach(o -> organization(g, a, entities, o));
        x.roles().forEach(r -> membership(g, entities, r));
        x.events().forEach(e -> event(g, a, entities, e, null, article));
        x.publications().forEach(p -> publication(g, a, entities, p));
        return g.graph();
    }

    /** Records in the article's graph which curator corrections changed it. */
    public void corrections(Graph graph, Article article, List<Correction> applied) {
        Node a = articleIri(article);
        GraphWriter g = new GraphWriter(graph, "en", a);
        for (Correction c : applied) {
            Node n = iris.correction(c.id());
            g.add(a, CKG_CORRECTION_APPLIED, n);
            g.add(n, TYPE, CKG_CORRECTION);
            g.add(n, TYPE, PROV_ENTITY);
            g.plain(n, DCT_IDENTIFIER, c.id());
            g.plain(n, CKG_ACTION, c.action().label());
            g.plain(n, RDFS_COMMENT, c.note());
        }
    }

    private void article(GraphWriter g, Node a, Article article, EntityIndex entities) {
        g.add(a, TYPE, SCHEMA_NEWS_ARTICLE);
        if (article.url() != null) {
            g.add(a, SCHEMA_URL, NodeFactory.createURI(article.url()));
        }
        g.text(a, SCHEMA_HEADLINE, article.title());
        if (article.date() != null) {
            g.add(a, SCHEMA_DATE_PUBLISHED, NodeFactory.createLiteralDT(article.date(), XSDDatatype.XSDdate));
        }
        g.plain(a, SCHEMA_IN_LANGUAGE, article.language());
        g.plain(a, DCT_CREATOR, article.author());
        if (article.publisher() != null) {
            Node publisher = entities.find(article.publisher());
            if (publisher == null) {
                publisher = iris.organization(article.publisher());
                g.add(publisher, TYPE, ORG_ORGANIZATION);
                g.add(publisher, TYPE, SCHEMA_ORGANIZATION);
                g.plain(publisher, SKOS_PREF_LABEL, article.publisher());
            }
            g.add(a, SCHEMA_PUBLISHER, publisher);
        }
    }

    private void person(GraphWriter g, Node a, PersonMention p, Resolution resolution) {
        String name = resolution.person(p.name());
        Node n = iris.person(name);
        g.add(n, TYPE, FOAF_PERSON);
        g.add(n, TYPE, SCHEMA_PERSON);
        g.plain(n, FOAF_NAME, name);
        g.plain(n, SCHEMA_NAME, name);
        p.aliases().forEach(alias -> g.plain(n, SCHEMA_ALTERNATE_NAME, alias));
        if (!name.equals(p.name())) {
            g.plain(n, SCHEMA_ALTERNATE_NAME, p.name()); // the spelling this article uses
        }
        g.add(a, SCHEMA_MENTIONS, n);
        g.evidence(n, p.evidence());
    }

    private void organization(GraphWriter g, Node a, EntityIndex entities, OrgMention o) {
        Node n = entities.organization(o);
        g.add(n, TYPE, ORG_ORGANIZATION);
        g.add(n, TYPE, SCHEMA_ORGANIZATION);
        g.plain(n, SKOS_PREF_LABEL, o.name());
        if (o.acronym() != null && !o.acronym().equals(o.name())) {
            g.plain(n, SKOS_ALT_LABEL, o.acronym());
        }
        o.aliases().stream().filter(s -> !s.equals(o.name())).forEach(alias -> g.plain(n, SKOS_ALT_LABEL, alias));
        if (o.wikidata() != null) {
            g.add(n, OWL_SAME_AS, NodeFactory.createURI("http://www.wikidata.org/entity/" + o.wikidata()));
        }
        g.add(a, SCHEMA_MENTIONS, n);
        g.evidence(n, o.evidence());
    }

    private void membership(GraphWriter g, EntityIndex entities, RoleFact r) {
        Node org = r.organization() == null ? null : entities.find(r.organization());
        if (r.role() == null && org == null) {
            return; // nothing to state
        }
        Node person = entities.person(r.person());
        Node m = iris.membership(person, r.role(), org);
        g.add(m, TYPE, ORG_MEMBERSHIP);
        g.add(m, ORG_MEMBER, person);
        if (r.role() != null) {
            Node role = iris.role(r.role());
            g.add(role, TYPE, ORG_ROLE_CLASS);
            g.add(role, TYPE, SKOS_CONCEPT);
            g.text(role, SKOS_PREF_LABEL, r.role());
            g.add(m, ORG_ROLE, role);
        }
        if (org != null) {
            g.add(m, ORG_ORGANIZATION_PROP, org);
        }
        g.fact(m, r.evidence());
    }

    private void event(GraphWriter g, Node a, EntityIndex entities, EventFact e, Node parent, Article article) {
        Node n = parent == null ? iris.event(e.name()) : iris.subEvent(parent, e.name());
        g.add(n, TYPE, SCHEMA_EVENT);
        g.plain(n, SCHEMA_NAME, e.name());
        g.text(n, CKG_EVENT_KIND, e.kind());
        g.date(n, SCHEMA_START_DATE, EventDates.complete(e.date(), article.date()));
        g.date(n, SCHEMA_END_DATE, EventDates.complete(e.endDate(), article.date()));
        if (e.location() != null) {
            Node place = iris.place(e.location());
            g.add(place, TYPE, SCHEMA_PLACE);
            g.plain(place, SCHEMA_NAME, e.location());
            g.add(n, SCHEMA_LOCATION, place);
        }
        links(g, entities, n, SCHEMA_ORGANIZER, e.organizers());
        links(g, entities, n, SCHEMA_SPONSOR, e.sponsors());
        links(g, entities, n, SCHEMA_ATTENDEE, e.participants());
        links(g, entities, n, SCHEMA_PERFORMER, e.speakers());
        if (e.moderator() != null) {
            links(g, entities, n, CKG_MODERATOR, List.of(e.moderator()));
        }
        if (e.partOf() != null) {
            Node programme = iris.programme(e.partOf());
            g.add(programme, TYPE, CKG_PROGRAMME);
            g.plain(programme, SCHEMA_NAME, e.partOf());
            g.add(n, CKG_IN_PROGRAMME, programme);
        }
        if (parent != null) {
            g.add(parent, SCHEMA_SUB_EVENT, n);
            g.add(n, SCHEMA_SUPER_EVENT, parent);
        }
        g.add(a, SCHEMA_MENTIONS, n);
        g.fact(n, e.evidence());
        e.parts().forEach(part -> event(g, a, entities, part, n, article));
    }

    private void publication(GraphWriter g, Node a, EntityIndex entities, PublicationFact p) {
        Node n = iris.publication(p.title());
        g.add(n, TYPE, SCHEMA_CREATIVE_WORK);
        Node subclass = PublicationKinds.schemaClass(p.kind());
        if (subclass != null) {
            g.add(n, TYPE, subclass);
        }
        g.plain(n, SCHEMA_NAME, p.title());
        if (p.publisher() != null && entities.find(p.publisher()) != null) {
            g.add(n, SCHEMA_PUBLISHER, entities.find(p.publisher()));
        }
        if (p.mentionedBy() != null) {
            g.add(n, CKG_PRESENTED_BY, entities.person(p.mentionedBy()));
        }
        g.add(a, SCHEMA_MENTIONS, n);
        g.fact(n, p.evidence());
    }

    private void links(GraphWriter g, EntityIndex entities, Node event, Node property, List<String> names) {
        for (String name : names) {
            Node target = entities.find(name);
            if (target != null) {
                g.add(event, property, target);
            }
        }
    }

    private static String fileName(String source) {
        return java.nio.file.Path.of(source).getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

}
