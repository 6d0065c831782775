package org.communskg.importer;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.communskg.model.Iris;
import org.communskg.store.Tdb2GraphStore;
import static org.communskg.model.Vocab.*;

/**
 * A synthetic graph of the same shape as real imports, for benchmarks: per article a named graph
 * with the article, three persons, two organizations, two memberships and an event, each fact
 * with its provenance (about 70 quads). Persons and organizations come from pools shared by the
 * articles, as real names recur. Written in large transactions, without the extractor.
 *
 * <pre>{@code
 * long quads = SyntheticGraph.builder().iris(Iris.under(base)).articles(150_000).seed(1).build()
 *         .writeTo(store, done -> progress.update(done));
 * }</pre>
 */
public final class SyntheticGraph {
    static final int ARTICLES_PER_TRANSACTION = 2000;
    private static final String[] ROLES = {"présidente", "directeur", "chargée de mission", "fondateur", "trésorière"};

    private final Iris iris;
    private final long articles;
    private final long seed;

    private SyntheticGraph(Builder b) {
        this.iris = b.iris;
        this.articles = b.articles;
        this.seed = b.seed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes the articles; {@code progress} is told how many articles are written. Returns the quads added. */
    public long writeTo(Tdb2GraphStore store, LongConsumer progress) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] quads = {0};
        for (long start = 0; start < articles; start += ARTICLES_PER_TRANSACTION) {
            long end = Math.min(articles, start + ARTICLES_PER_TRANSACTION);
            long from = start;
            store.write(dsg -> {
                for (long i = from; i < end; i++) {
                    quads[0] += article(dsg, i, random);
                }
            });
            progress.accept(end);
        }
        return quads[0];
    }

    private long article(DatasetGraph dsg, long i, SplittableRandom random) {
        Node a = iris.article("https://synthetic.example/news/" + i);
        Quads q = new Quads(dsg, a);
        q.add(a, TYPE, SCHEMA_NEWS_ARTICLE);
        q.add(a, SCHEMA_URL, NodeFactory.createURI("https://synthetic.example/news/" + i));
        q.add(a, SCHEMA_HEADLINE, NodeFactory.createLiteralLang("Article de synthèse n° " + i, "fr"));
        q.add(a, SCHEMA_DATE_PUBLISHED, NodeFactory.createLiteralDT(date(i), XSDDatatype.XSDdate));
        q.add(a, SCHEMA_IN_LANGUAGE, NodeFactory.createLiteralString("fr"));
        // Distinct picks within an article, so that no quad is written twice and the count is exact.
        long[] p = distinct(random, poolSize(2), 3);
        Node[] persons = {person(q, a, p[0]), person(q, a, p[1]), person(q, a, p[2])};
        long[] o = distinct(random, poolSize(1), 2);
        Node[] orgs = {organization(q, a, o[0]), organization(q, a, o[1])};
        q.add(a, SCHEMA_PUBLISHER, orgs[0]);
        int role = random.nextInt(ROLES.length);
        membership(q, a, persons[0], orgs[0], ROLES[role], random);
        membership(q, a, persons[1], orgs[1], ROLES[(role + 1) % ROLES.length], random);
        event(q, a, i, orgs[1], persons[2], random);
        return q.count;
    }

    private static long[] distinct(SplittableRandom random, long pool, int n) {
        long[] out = new long[n];
        for (int k = 0; k < n; k++) {
            long pick;
            boolean seen;
            do {
                pick = random.nextLong(pool);
                seen = false;
                for (int j = 0; j < k; j++) {
                    seen |= out[j] == pick;
                }
            } while (seen);
            out[k] = pick;
        }
        return out;
    }

    private long poolSize(int perArticle) {
        return Math.max(10, articles * perArticle / 3);
    }

    private Node person(Quads q, Node a, long n) {
        String name = "Personne Synthétique " + n;
        Node p = iris.person(name);
        q.add(p, TYPE, FOAF_PERSON);
        q.add(p, TYPE, SCHEMA_PERSON);
        q.add(p, FOAF_NAME, NodeFactory.createLiteralString(name));
        q.add(p, SCHEMA_NAME, NodeFactory.createLiteralString(name));
        q.add(p, CKG_EVIDENCE, NodeFactory.createLiteralLang(name + " était présente.", "fr"));
        q.add(a, SCHEMA_MENTIONS, p);
        return p;
    }

    private Node organization(Quads q, Node a, long n) {
        String name = "Organisation Synthétique " + n;
        Node o = iris.organization(name);
        q.add(o, TYPE, ORG_ORGANIZATION);
        q.add(o, TYPE, SCHEMA_ORGANIZATION);
        q.add(o, SKOS_PREF_LABEL, NodeFactory.createLiteralString(name));
        q.add(o, CKG_EVIDENCE, NodeFactory.createLiteralLang(name + " a publié un avis.", "fr"));
        q.add(a, SCHEMA_MENTIONS, o);
        return o;
    }

    private void membership(Quads q, Node a, Node person, Node org, String roleLabel, SplittableRandom random) {
        Node m = iris.membership(person, roleLabel, org);
        Node role = iris.role(roleLabel);
        q.add(role, TYPE, ORG_ROLE_CLASS);
        q.add(role, TYPE, SKOS_CONCEPT);
        q.add(role, SKOS_PREF_LABEL, NodeFactory.createLiteralLang(roleLabel, "fr"));
        q.add(m, TYPE, ORG_MEMBERSHIP);
        q.add(m, ORG_MEMBER, person);
        q.add(m, ORG_ROLE, role);
        q.add(m, ORG_ORGANIZATION_PROP, org);
        fact(q, a, m, "Elle est " + roleLabel + ".", random);
    }

    private void event(Quads q, Node a, long i, Node organizer, Node speaker, SplittableRandom random) {
        Node e = iris.event("Rencontre synthétique " + i);
        q.add(e, TYPE, SCHEMA_EVENT);
        q.add(e, SCHEMA_NAME, NodeFactory.createLiteralString("Rencontre synthétique " + i));
        q.add(e, SCHEMA_START_DATE, NodeFactory.createLiteralDT(date(i + 7), XSDDatatype.XSDdate));
        q.add(e, SCHEMA_ORGANIZER, organizer);
        q.add(e, SCHEMA_PERFORMER, speaker);
        q.add(a, SCHEMA_MENTIONS, e);
        fact(q, a, e, "La rencontre a eu lieu.", random);
    }

    private static void fact(Quads q, Node a, Node s, String sentence, SplittableRandom random) {
        q.add(s, PROV_WAS_DERIVED_FROM, a);
        q.add(s, CKG_EVIDENCE, NodeFactory.createLiteralLang(sentence, "fr"));
        String confidence = BigDecimal.valueOf(50 + random.nextInt(50), 2).toPlainString();
        q.add(s, CKG_CONFIDENCE, NodeFactory.createLiteralDT(confidence, XSDDatatype.XSDdecimal));
    }

    private static String date(long i) {
        return java.time.LocalDate.of(2020, 1, 1).plusDays(i % 2000).toString();
    }

    /** Adds to one article's graph and counts. */
    private static final class Quads {
        final DatasetGraph dsg;
        final Node graph;
        long count;

        Quads(DatasetGraph dsg, Node graph) {
            this.dsg = dsg;
            this.graph = graph;
        }

        void add(Node s, Node p, Node o) {
            dsg.add(graph, s, p, o);
            count++;
        }
    }

    public static final class Builder {
        private Iris iris = Iris.under("http://localhost:7070/id/");
        private long articles = 1000;
        private long seed = 1;

        public Builder iris(Iris value) {
            iris = value;
            return this;
        }

        public Builder articles(long value) {
            articles = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public SyntheticGraph build() {
            return new SyntheticGraph(this);
        }
    }
}
