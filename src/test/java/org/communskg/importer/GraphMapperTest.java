package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.communskg.importer.extract.EventFact;
import org.communskg.importer.extract.Evidence;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;
import org.communskg.importer.extract.PublicationFact;
import org.communskg.importer.extract.RoleFact;
import org.communskg.model.Iris;
import org.communskg.model.Vocab;
import org.junit.jupiter.api.Test;

class GraphMapperTest {
    private static final String S1 = "Lucie Ferrand, chargée de mission à l'Institut des communs (IDC), a ouvert la journée.";
    private final Iris iris = Iris.under("http://kg.test/id/");
    private final GraphMapper mapper = new GraphMapper(iris);
    private final Article article = new Article("a.md", "https://exemple.org/actu/1", "Titre", "Institut des communs",
            "2024-03-05", "fr", null, List.of(S1));

    private Extraction extraction() {
        Evidence e = new Evidence(S1, 0.9);
        EventFact part = new EventFact("Table ronde sur les données", "table ronde", null, null, null, List.of(), List.of(),
                List.of(), null, "Marc Oudin", List.of("Lucie Ferrand"), List.of(), e);
        EventFact event = new EventFact("Forum des communs", "forum", "--11-08", null, "Lyon", List.of("IDC"),
                List.of("Banque des territoires"), List.of(), "Programme Communs", null, List.of(), List.of(part), e);
        return new Extraction(
                List.of(new PersonMention("Lucie Ferrand", List.of(), e), new PersonMention("Marc Oudin", List.of(), e)),
                List.of(new OrgMention("Institut des communs", "IDC", List.of("l'Institut"), "Q42", e),
                        new OrgMention("Banque des territoires", null, List.of(), null, e)),
                List.of(new RoleFact("Lucie Ferrand", "chargée de mission", "Institut des communs", e),
                        new RoleFact("Marc Oudin", "doctorant", null, new Evidence(S1, 0.555))),
                List.of(event),
                List.of(new PublicationFact("Communs et territoires", "rapport", "IDC", "Lucie Ferrand", e)));
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    @Test
    void the_article_carries_its_metadata_and_mentions() {
        Graph g = mapper.map(article, extraction());
        Node a = mapper.articleIri(article);
        assertThat(g.contains(a, Vocab.TYPE, Vocab.SCHEMA_NEWS_ARTICLE)).isTrue();
        assertThat(g.contains(a, Vocab.SCHEMA_URL, NodeFactory.createURI("https://exemple.org/actu/1"))).isTrue();
        assertThat(g.contains(a, Vocab.SCHEMA_DATE_PUBLISHED, NodeFactory.createLiteralDT("2024-03-05", XSDDatatype.XSDdate))).isTrue();
        assertThat(g.contains(a, Vocab.SCHEMA_PUBLISHER, iris.organization("IDC"))).isTrue();
        assertThat(g.contains(a, Vocab.SCHEMA_MENTIONS, iris.person("Lucie Ferrand"))).isTrue();
        assertThat(g.contains(a, Vocab.SCHEMA_MENTIONS, iris.event("Forum des communs"))).isTrue();
    }

    @Test
    void organizations_are_keyed_by_acronym_with_full_name_and_other_forms_as_labels() {
        Graph g = mapper.map(article, extraction());
        Node idc = iris.organization("IDC");
        assertThat(g.contains(idc, Vocab.SKOS_PREF_LABEL, literal("Institut des communs"))).isTrue();
        assertThat(g.contains(idc, Vocab.SKOS_ALT_LABEL, literal("IDC"))).isTrue();
        assertThat(g.contains(idc, Vocab.SKOS_ALT_LABEL, literal("l'Institut"))).isTrue();
        assertThat(g.contains(idc, Vocab.OWL_SAME_AS, NodeFactory.createURI("http://www.wikidata.org/entity/Q42"))).isTrue();
    }

    @Test
    void a_role_becomes_a_membership_with_provenance_and_confidence() {
        Graph g = mapper.map(article, extraction());
        Node m = iris.membership(iris.person("Lucie Ferrand"), "chargée de mission", iris.organization("IDC"));
        assertThat(g.contains(m, Vocab.ORG_MEMBER, iris.person("Lucie Ferrand"))).isTrue();
        assertThat(g.contains(m, Vocab.ORG_ORGANIZATION_PROP, iris.organization("IDC"))).isTrue();
        assertThat(g.contains(iris.role("chargée de mission"), Vocab.SKOS_PREF_LABEL,
                NodeFactory.createLiteralLang("chargée de mission", "fr"))).isTrue();
        assertThat(g.contains(m, Vocab.PROV_WAS_DERIVED_FROM, mapper.articleIri(article))).isTrue();
        assertThat(g.contains(m, Vocab.CKG_EVIDENCE, NodeFactory.createLiteralLang(S1, "fr"))).isTrue();
    }

    @Test
    void a_role_without_organization_has_no_org_link_and_confidence_is_rounded() {
        Graph g = mapper.map(article, extraction());
        Node m = iris.membership(iris.person("Marc Oudin"), "doctorant", null);
        assertThat(g.contains(m, Vocab.TYPE, Vocab.ORG_MEMBERSHIP)).isTrue();
        assertThat(g.find(m, Vocab.ORG_ORGANIZATION_PROP, Node.ANY).hasNext()).isFalse();
        assertThat(g.contains(m, Vocab.CKG_CONFIDENCE, NodeFactory.createLiteralDT("0.56", XSDDatatype.XSDdecimal))).isTrue();
    }

    @Test
    void events_get_dates_places_organizers_and_parts_with_moderator_and_speakers() {
        Graph g = mapper.map(article, extraction());
        Node event = iris.event("Forum des communs");
        Node part = iris.subEvent(event, "Table ronde sur les données");
        assertThat(g.contains(event, Vocab.SCHEMA_START_DATE, NodeFactory.createLiteralDT("2023-11-08", XSDDatatype.XSDdate)))
                .as("the year is completed from the article's date").isTrue();
        assertThat(g.contains(event, Vocab.SCHEMA_ORGANIZER, iris.organization("IDC"))).isTrue();
        assertThat(g.contains(event, Vocab.SCHEMA_SPONSOR, iris.organization("Banque des territoires"))).isTrue();
        assertThat(g.contains(event, Vocab.SCHEMA_SUB_EVENT, part)).isTrue();
        assertThat(g.contains(part, Vocab.CKG_MODERATOR, iris.person("Marc Oudin"))).isTrue();
        assertThat(g.contains(part, Vocab.SCHEMA_PERFORMER, iris.person("Lucie Ferrand"))).isTrue();
        assertThat(g.contains(event, Vocab.CKG_IN_PROGRAMME, iris.programme("Programme Communs"))).isTrue();
        assertThat(g.contains(event, Vocab.SCHEMA_LOCATION, iris.place("Lyon"))).isTrue();
    }

    @Test
    void publications_are_creative_works_with_publisher_and_presenter() {
        Graph g = mapper.map(article, extraction());
        Node p = iris.publication("Communs et territoires");
        assertThat(g.contains(p, Vocab.TYPE, Vocab.SCHEMA_CREATIVE_WORK)).isTrue();
        assertThat(g.contains(p, Vocab.TYPE, Vocab.uri(Vocab.SCHEMA, "Report"))).isTrue();
        assertThat(g.contains(p, Vocab.SCHEMA_PUBLISHER, iris.organization("IDC"))).isTrue();
        assertThat(g.contains(p, Vocab.CKG_PRESENTED_BY, iris.person("Lucie Ferrand"))).isTrue();
    }

    @Test
    void names_the_article_does_not_define_are_not_linked() {
        Evidence e = new Evidence(S1, 0.9);
        EventFact event = new EventFact("Forum", null, null, null, null, List.of("Inconnu SA"), List.of(), List.of(),
                null, null, List.of(), List.of(), e);
        Graph g = mapper.map(article, new Extraction(List.of(), List.of(), List.of(), List.of(event), List.of()));
        assertThat(g.find(iris.event("Forum"), Vocab.SCHEMA_ORGANIZER, Node.ANY).hasNext()).isFalse();
    }

    @Test
    void an_article_without_url_is_keyed_by_its_file_name() {
        Article local = new Article("data/articles/note-interne.md", null, null, null, null, "fr", null, List.of("x"));
        assertThat(mapper.articleIri(local).getURI()).isEqualTo("http://kg.test/id/article/note-interne");
    }
}
