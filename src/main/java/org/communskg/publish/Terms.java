package org.communskg.publish;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.communskg.model.Vocab;

/** The publishing vocabularies: DCAT, SPDX, VoID and the IANA media types. */
final class Terms {
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String IANA = "http://www.iana.org/assignments/media-types/";
    static final String GZIP = IANA + "application/gzip";

    static final Node DCAT_CATALOG = uri(DCAT, "Catalog");
    static final Node DCAT_DATASET_CLASS = uri(DCAT, "Dataset");
    static final Node DCAT_DISTRIBUTION_CLASS = uri(DCAT, "Distribution");
    static final Node DCAT_DATA_SERVICE = uri(DCAT, "DataService");
    static final Node DCAT_DATASET = uri(DCAT, "dataset");
    static final Node DCAT_SERVICE = uri(DCAT, "service");
    static final Node DCAT_DISTRIBUTION = uri(DCAT, "distribution");
    static final Node DCAT_KEYWORD = uri(DCAT, "keyword");
    static final Node DCAT_LANDING_PAGE = uri(DCAT, "landingPage");
    static final Node DCAT_DOWNLOAD_URL = uri(DCAT, "downloadURL");
    static final Node DCAT_ACCESS_URL = uri(DCAT, "accessURL");
    static final Node DCAT_MEDIA_TYPE = uri(DCAT, "mediaType");
    static final Node DCAT_COMPRESS_FORMAT = uri(DCAT, "compressFormat");
    static final Node DCAT_BYTE_SIZE = uri(DCAT, "byteSize");
    static final Node DCAT_ENDPOINT_URL = uri(DCAT, "endpointURL");
    static final Node DCAT_ENDPOINT_DESCRIPTION = uri(DCAT, "endpointDescription");
    static final Node DCAT_SERVES_DATASET = uri(DCAT, "servesDataset");
    static final Node DCAT_VERSION = uri(DCAT, "version");

    static final Node SPDX_CHECKSUM = uri(SPDX, "checksum");
    static final Node SPDX_CHECKSUM_CLASS = uri(SPDX, "Checksum");
    static final Node SPDX_ALGORITHM = uri(SPDX, "algorithm");
    static final Node SPDX_SHA256 = uri(SPDX, "checksumAlgorithm_sha256");
    static final Node SPDX_CHECKSUM_VALUE = uri(SPDX, "checksumValue");

    static final Node DCT_TITLE = uri(Vocab.DCT, "title");
    static final Node DCT_DESCRIPTION = uri(Vocab.DCT, "description");
    static final Node DCT_LICENSE = uri(Vocab.DCT, "license");
    static final Node DCT_ISSUED = uri(Vocab.DCT, "issued");
    static final Node DCT_MODIFIED = uri(Vocab.DCT, "modified");
    static final Node DCT_PUBLISHER = uri(Vocab.DCT, "publisher");
    static final Node DCT_FORMAT = uri(Vocab.DCT, "format");
    static final Node DCT_LANGUAGE = uri(Vocab.DCT, "language");
    static final Node FOAF_AGENT = uri(Vocab.FOAF, "Agent");
    static final Node FOAF_HOMEPAGE = uri(Vocab.FOAF, "homepage");

    static final Node VOID_DATASET = uri(VOID, "Dataset");
    static final Node VOID_TRIPLES = uri(VOID, "triples");
    static final Node VOID_DISTINCT_SUBJECTS = uri(VOID, "distinctSubjects");
    static final Node VOID_CLASSES = uri(VOID, "classes");
    static final Node VOID_PROPERTIES = uri(VOID, "properties");
    static final Node VOID_SPARQL_ENDPOINT = uri(VOID, "sparqlEndpoint");
    static final Node VOID_DATA_DUMP = uri(VOID, "dataDump");
    static final Node VOID_URI_SPACE = uri(VOID, "uriSpace");
    static final Node VOID_EXAMPLE_RESOURCE = uri(VOID, "exampleResource");
    static final Node VOID_VOCABULARY = uri(VOID, "vocabulary");

    private Terms() {
    }

    static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(Vocab.prefixes())
                .setNsPrefix("dcat", DCAT).setNsPrefix("spdx", SPDX).setNsPrefix("void", VOID)
                .setNsPrefix("dct", Vocab.DCT).removeNsPrefix("dcterms");
    }
}
