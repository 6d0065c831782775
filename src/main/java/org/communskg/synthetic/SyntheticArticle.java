package org.communskg.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.communskg.model.Iris;
import static org.communskg.model.Vocab.*;

/**
 * One synthetic article's named graph, in the shape {@code GraphMapper} gives real ones: the
 * article with its mentions, three persons, two organizations, two memberships, an event with
 * zero to three parts (speakers, a moderator), every fact with its provenance.
 */
final class SyntheticArticle {
    private static final String[] ROLES = {"présidente", "directeur", "chargée de mission", "fondateur", "trésorière",
        "déléguée générale", "secrétaire", "responsable des partenariats"};
    private static final String[] PARTS = {"Table ronde", "Atelier", "Plénière d'ouverture"};

    private final Iris iris;
    private final DatasetGraph dsg;
    private final Node article;
    private final SplittableRandom random;
    private long count;

    private SyntheticArticle(Iris iris, DatasetGraph dsg, Node article, SplittableRandom random) {
        this.iris = iris;
        this.dsg = dsg;
        this.article = article;
        this.random = random;
    }

    /** Adds article {@code i} to {@code dsg}; returns the quads added. */
    static long write(Iris iris, DatasetGraph dsg, long i, Pools pools, SplittableRandom random) {
        String url = "https://synthetic.example/news/" + i;
        SyntheticArticle a = new SyntheticArticle(iris, dsg, iris.article(url), random);
        a.body(i, url, pools);
        return a.count;
    }

    private void body(long i, String url, Pools pools) {
        add(article, TYPE, SCHEMA_NEWS_ARTICLE);
        add(article, SCHEMA_URL, NodeFactory.createURI(url));
        add(article, SCHEMA_HEADLINE, NodeFactory.createLiteralLang("Article de synthèse n° " + i, "fr"));
        add(article, SCHEMA_DATE_PUBLISHED, NodeFactory.createLiteralDT(date(i), XSDDatatype.XSDdate));
        add(article, SCHEMA_IN_LANGUAGE, NodeFactory.createLiteralString("fr"));
        long[] p = pools.persons().distinct(random, 3);
        Node[] persons = {person(Names.person(p[0])), person(Names.person(p[1])), person(Names.person(p[2]))};
        long[] o = pools.organizations().distinct(random, 2);
        Node[] orgs = {organization(Names.organization(o[0])), organization(Names.organization(o[1]))};
        add(article, SCHEMA_PUBLISHER, orgs[0]);
        int role = random.nextInt(ROLES.length);
        membership(persons[0], orgs[0], ROLES[role]);
        membership(persons[1], orgs[1], ROLES[(role + 1) % ROLES.length]);
        event(i, orgs[1], persons);
    }

    private Node person(String name) {
        Node p = iris.person(name);
        add(p, TYPE, FOAF_PERSON);
        add(p, TYPE, SCHEMA_PERSON);
        add(p, FOAF_NAME, NodeFactory.createLiteralString(name));
        add(p, SCHEMA_NAME, NodeFactory.createLiteralString(name));
        add(p, CKG_EVIDENCE, NodeFactory.createLiteralLang(name + " était présente.", "fr"));
        add(article, SCHEMA_MENTIONS, p);
        return p;
    }

    private Node organization(String name) {
        Node o = iris.organization(name);
        add(o, TYPE, ORG_ORGANIZATION);
        add(o, TYPE, SCHEMA_ORGANIZATION);
        add(o, SKOS_PREF_LABEL, NodeFactory.createLiteralString(name));
        add(o, CKG_EVIDENCE, NodeFactory.createLiteralLang(name + " a publié un avis.", "fr"));
        add(article, SCHEMA_MENTIONS, o);
        return o;
    }

    private void membership(Node person, Node org, String roleLabel) {
        Node m = iris.membership(person, roleLabel, org);
        Node role = iris.role(roleLabel);
        add(role, TYPE, ORG_ROLE_CLASS);
        add(role, TYPE, SKOS_CONCEPT);
        add(role, SKOS_PREF_LABEL, NodeFactory.createLiteralLang(roleLabel, "fr"));
        add(m, TYPE, ORG_MEMBERSHIP);
        add(m, ORG_MEMBER, person);
        add(m, ORG_ROLE, role);
        add(m, ORG_ORGANIZATION_PROP, org);
        fact(m, "Elle est " + roleLabel + ".");
    }

    private void event(long i, Node organizer, Node[] persons) {
        String name = "Rencontres synthétiques " + i;
        Node e = iris.event(name);
        add(e, TYPE, SCHEMA_EVENT);
        add(e, SCHEMA_NAME, NodeFactory.createLiteralString(name));
        add(e, SCHEMA_START_DATE, NodeFactory.createLiteralDT(date(i + 7), XSDDatatype.XSDdate));
        add(e, SCHEMA_ORGANIZER, organizer);
        add(e, SCHEMA_PERFORMER, persons[2]);
        add(article, SCHEMA_MENTIONS, e);
        fact(e, "Les rencontres auront lieu.");
        int parts = random.nextInt(PARTS.length + 1);
        for (int k = 0; k < parts; k++) {
            Node part = iris.subEvent(e, PARTS[k]);
            add(part, TYPE, SCHEMA_EVENT);
            add(part, SCHEMA_NAME, NodeFactory.createLiteralString(PARTS[k]));
            add(part, SCHEMA_SUPER_EVENT, e);
            add(e, SCHEMA_SUB_EVENT, part);
            add(part, SCHEMA_PERFORMER, persons[k % persons.length]);
            add(part, CKG_MODERATOR, persons[(k + 1) % persons.length]);
            fact(part, PARTS[k] + " animée par " + k + ".");
        }
    }

    private void fact(Node s, String sentence) {
        add(s, PROV_WAS_DERIVED_FROM, article);
        add(s, CKG_EVIDENCE, NodeFactory.createLiteralLang(sentence, "fr"));
        String confidence = BigDecimal.valueOf(50 + random.nextInt(50), 2).toPlainString();
        add(s, CKG_CONFIDENCE, NodeFactory.createLiteralDT(confidence, XSDDatatype.XSDdecimal));
    }

    private static String date(long i) {
        return LocalDate.of(2020, 1, 1).plusDays(i % 2000).toString();
    }

    private void add(Node s, Node p, Node o) {
        dsg.add(article, s, p, o);
        count++;
    }

    /** The shared pools of persons and organizations, power-law distributed. */
    record Pools(PowerLaw persons, PowerLaw organizations) {
        static Pools forArticles(long articles) {
            return new Pools(new PowerLaw(Math.max(10, articles * 2 / 3)), new PowerLaw(Math.max(10, articles / 3)));
        }
    }
}
