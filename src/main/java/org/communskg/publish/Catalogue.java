package org.communskg.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import static org.communskg.publish.Terms.*;
import static org.communskg.model.Vocab.FOAF_NAME;
import static org.communskg.model.Vocab.TYPE;

/**
 * The DCAT-AP catalogue, in the shape the data.gouv.fr harvester reads: a {@code dcat:Catalog}
 * with one {@code dcat:Dataset} (one {@code dcat:Distribution} per dump, with size and SHA-256)
 * and a {@code dcat:DataService} for the SPARQL endpoint.
 *
 * <pre>{@code
 * Graph g = Catalogue.of(publishing).graph(files, f -> publishing.url("/dumps/" + f.name()), issued, modified);
 * }</pre>
 */
public final class Catalogue {
    static final List<String> KEYWORDS = List.of("communs numériques", "économie sociale et solidaire",
            "données d'intérêt général", "graphe de connaissances", "linked open data", "digital commons");

    private final Publishing p;

    private Catalogue(Publishing publishing) {
        this.p = publishing;
    }

    public static Catalogue of(Publishing publishing) {
        return new Catalogue(publishing);
    }

    /** The IRI of the dataset, shared by the catalogue and the VoID description. */
    public static String datasetIri(Publishing publishing) {
        return publishing.url("/catalog#dataset");
    }

    /**
     * @param url      where each dump is downloaded
     * @param issued   when the dataset was first published
     * @param modified when its content last changed
     */
    public Graph graph(List<DumpFile> files, Function<DumpFile, String> url, Instant issued, Instant modified) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Terms.prefixes());
        Node catalog = iri(p.url("/catalog"));
        Node dataset = iri(datasetIri(p));
        Node publisher = publisher(g);
        g.add(catalog, TYPE, DCAT_CATALOG);
        text(g, catalog, DCT_TITLE, "Catalogue de communs-kg", "communs-kg catalogue");
        text(g, catalog, DCT_DESCRIPTION, "Les jeux de données publiés par communs-kg.", "The datasets communs-kg publishes.");
        g.add(catalog, DCT_PUBLISHER, publisher);
        g.add(catalog, DCT_LICENSE, iri(p.licence()));
        g.add(catalog, FOAF_HOMEPAGE, iri(p.url("/")));
        g.add(catalog, DCAT_DATASET, dataset);
        dataset(g, dataset, publisher, issued, modified);
        for (DumpFile f : files) {
            g.add(dataset, DCAT_DISTRIBUTION, distribution(g, f, url.apply(f)));
        }
        g.add(catalog, DCAT_SERVICE, service(g, dataset));
        return g;
    }

    /** A release's catalogue entry, as Turtle: the dataset with the release's own stable download URLs. */
    public String releaseEntry(Release release, Instant issued) {
        Graph g = graph(release.files(),
                f -> p.url("/releases/" + release.version() + "/" + f.name()), issued, issued);
        g.add(iri(datasetIri(p)), DCAT_VERSION, NodeFactory.createLiteralString(release.version()));
        return org.apache.jena.riot.RDFWriter.source(g).lang(org.apache.jena.riot.Lang.TURTLE).asString();
    }

    private void dataset(Graph g, Node dataset, Node publisher, Instant issued, Instant modified) {
        g.add(dataset, TYPE, DCAT_DATASET_CLASS);
        text(g, dataset, DCT_TITLE, "communs-kg : graphe de connaissances des communs numériques",
                "communs-kg: a knowledge graph of the French digital-commons ecosystem");
        text(g, dataset, DCT_DESCRIPTION,
                "Qui occupe quel rôle dans quelle organisation, quels événements et publications les relient, "
                        + "lu dans des articles de presse ; chaque fait garde l'article et la phrase d'où il vient.",
                "Who holds which role in which organization, and which events and publications connect them, "
                        + "read from news articles; every fact keeps the article and sentence it came from.");
        KEYWORDS.forEach(k -> g.add(dataset, DCAT_KEYWORD, NodeFactory.createLiteralLang(k, "fr")));
        g.add(dataset, DCT_LICENSE, iri(p.licence()));
        g.add(dataset, DCT_ISSUED, date(issued));
        g.add(dataset, DCT_MODIFIED, date(modified));
        g.add(dataset, DCT_PUBLISHER, publisher);
        g.add(dataset, DCT_LANGUAGE, iri("http://publications.europa.eu/resource/authority/language/FRA"));
        g.add(dataset, DCAT_LANDING_PAGE, iri(p.url("/dumps")));
    }

    private Node distribution(Graph g, DumpFile f, String url) {
        Node d = iri(url + "#distribution");
        g.add(d, TYPE, DCAT_DISTRIBUTION_CLASS);
        g.add(d, DCT_TITLE, NodeFactory.createLiteralString(f.lang().getLabel() + " (gzip), " + f.count() + " " + f.unit()));
        g.add(d, DCAT_DOWNLOAD_URL, iri(url));
        g.add(d, DCAT_ACCESS_URL, iri(url));
        g.add(d, DCAT_MEDIA_TYPE, iri(IANA + f.mediaType()));
        g.add(d, DCAT_COMPRESS_FORMAT, iri(GZIP));
        g.add(d, DCAT_BYTE_SIZE, NodeFactory.createLiteralDT(Long.toString(f.bytes()), XSDDatatype.XSDnonNegativeInteger));
        g.add(d, DCT_LICENSE, iri(p.licence()));
        Node checksum = NodeFactory.createBlankNode();
        g.add(d, SPDX_CHECKSUM, checksum);
        g.add(checksum, TYPE, SPDX_CHECKSUM_CLASS);
        g.add(checksum, SPDX_ALGORITHM, SPDX_SHA256);
        g.add(checksum, SPDX_CHECKSUM_VALUE, NodeFactory.createLiteralDT(f.sha256(), XSDDatatype.XSDhexBinary));
        return d;
    }

    private Node service(Graph g, Node dataset) {
        Node s = iri(p.url("/sparql#service"));
        g.add(s, TYPE, DCAT_DATA_SERVICE);
        text(g, s, DCT_TITLE, "Point d'accès SPARQL de communs-kg", "communs-kg SPARQL endpoint");
        g.add(s, DCAT_ENDPOINT_URL, iri(p.url("/sparql")));
        g.add(s, DCAT_ENDPOINT_DESCRIPTION, iri(p.url("/sparql")));
        g.add(s, DCAT_SERVES_DATASET, dataset);
        g.add(s, DCT_LICENSE, iri(p.licence()));
        return s;
    }

    private Node publisher(Graph g) {
        Node agent = iri(p.url("/catalog#publisher"));
        g.add(agent, TYPE, FOAF_AGENT);
        g.add(agent, FOAF_NAME, NodeFactory.createLiteralString(p.publisher()));
        return agent;
    }

    private static void text(Graph g, Node s, Node prop, String fr, String en) {
        g.add(s, prop, NodeFactory.createLiteralLang(fr, "fr"));
        g.add(s, prop, NodeFactory.createLiteralLang(en, "en"));
    }

    static Node date(Instant t) {
        return NodeFactory.createLiteralDT(LocalDate.ofInstant(t, ZoneOffset.UTC).toString(), XSDDatatype.XSDdate);
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
