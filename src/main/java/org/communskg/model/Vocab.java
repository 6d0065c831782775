package org.communskg.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The terms of the graph model: standard vocabularies first, the project's own namespace
 * ({@link #CKG}) only where nothing standard fits. {@code ontology/communs-kg.ttl} documents
 * the project's terms; this class and that file must agree.
 */
public final class Vocab {
    public static final String SCHEMA = "http://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** The project's own namespace. */
    public static final String CKG = "https://w3id.org/communs-kg/ns#";

    public static final Node TYPE = uri(RDF, "type");

    public static final Node SCHEMA_NEWS_ARTICLE = uri(SCHEMA, "NewsArticle");
    public static final Node SCHEMA_PERSON = uri(SCHEMA, "Person");
    public static final Node SCHEMA_ORGANIZATION = uri(SCHEMA, "Organization");
    public static final Node SCHEMA_EVENT = uri(SCHEMA, "Event");
    public static final Node SCHEMA_CREATIVE_WORK = uri(SCHEMA, "CreativeWork");
    public static final Node SCHEMA_PLACE = uri(SCHEMA, "Place");
    public static final Node SCHEMA_URL = uri(SCHEMA, "url");
    public static final Node SCHEMA_HEADLINE = uri(SCHEMA, "headline");
    public static final Node SCHEMA_DATE_PUBLISHED = uri(SCHEMA, "datePublished");
    public static final Node SCHEMA_PUBLISHER = uri(SCHEMA, "publisher");
    public static final Node SCHEMA_IN_LANGUAGE = uri(SCHEMA, "inLanguage");
    public static final Node SCHEMA_AUTHOR = uri(SCHEMA, "author");
    public static final Node SCHEMA_MENTIONS = uri(SCHEMA, "mentions");
    public static final Node SCHEMA_NAME = uri(SCHEMA, "name");
    public static final Node SCHEMA_ALTERNATE_NAME = uri(SCHEMA, "alternateName");
    public static final Node SCHEMA_START_DATE = uri(SCHEMA, "startDate");
    public static final Node SCHEMA_END_DATE = uri(SCHEMA, "endDate");
    public static final Node SCHEMA_ORGANIZER = uri(SCHEMA, "organizer");
    public static final Node SCHEMA_SPONSOR = uri(SCHEMA, "sponsor");
    public static final Node SCHEMA_ATTENDEE = uri(SCHEMA, "attendee");
    public static final Node SCHEMA_LOCATION = uri(SCHEMA, "location");
    public static final Node SCHEMA_SUB_EVENT = uri(SCHEMA, "subEvent");
    public static final Node SCHEMA_SUPER_EVENT = uri(SCHEMA, "superEvent");
    public static final Node SCHEMA_PERFORMER = uri(SCHEMA, "performer");

    public static final Node FOAF_PERSON = uri(FOAF, "Person");
    public static final Node FOAF_NAME = uri(FOAF, "name");

    public static final Node ORG_ORGANIZATION = uri(ORG, "Organization");
    public static final Node ORG_MEMBERSHIP = uri(ORG, "Membership");
    public static final Node ORG_ROLE_CLASS = uri(ORG, "Role");
    public static final Node ORG_MEMBER = uri(ORG, "member");
    public static final Node ORG_ROLE = uri(ORG, "role");
    public static final Node ORG_ORGANIZATION_PROP = uri(ORG, "organization");

    public static final Node SKOS_CONCEPT = uri(SKOS, "Concept");
    public static final Node SKOS_PREF_LABEL = uri(SKOS, "prefLabel");
    public static final Node SKOS_ALT_LABEL = uri(SKOS, "altLabel");

    public static final Node DCT_CREATOR = uri(DCT, "creator");
    public static final Node DCT_SOURCE = uri(DCT, "source");

    public static final Node PROV_WAS_DERIVED_FROM = uri(PROV, "wasDerivedFrom");
    public static final Node OWL_SAME_AS = uri(OWL, "sameAs");

    /** The sentence a fact was read from, as it reads in the article. */
    public static final Node CKG_EVIDENCE = uri(CKG, "evidence");
    /** How sure the extractor is of a fact, an xsd:decimal in [0, 1]. */
    public static final Node CKG_CONFIDENCE = uri(CKG, "confidence");
    /** The moderator of an event part; a sub-property of schema:performer. */
    public static final Node CKG_MODERATOR = uri(CKG, "moderator");
    /** The kind of event in the article's words ("table ronde", "conférence"). */
    public static final Node CKG_EVENT_KIND = uri(CKG, "eventKind");
    /** A programme or initiative an event belongs to (not itself an event). */
    public static final Node CKG_PROGRAMME = uri(CKG, "Programme");
    public static final Node CKG_IN_PROGRAMME = uri(CKG, "inProgramme");
    /** A curator's correction applied at import. */
    public static final Node CKG_CORRECTION = uri(CKG, "Correction");
    /** Links an article to a correction that changed what was extracted from it. */
    public static final Node CKG_CORRECTION_APPLIED = uri(CKG, "correctionApplied");
    /** The kind of a correction: reject-person, merge-org, add-role... */
    public static final Node CKG_ACTION = uri(CKG, "action");
    public static final Node RDFS_COMMENT = uri(RDFS, "comment");
    public static final Node DCT_IDENTIFIER = uri(DCT, "identifier");
    public static final Node PROV_ENTITY = uri(PROV, "Entity");
    /** The person who presented a publication in the article. */
    public static final Node CKG_PRESENTED_BY = uri(CKG, "presentedBy");

    private Vocab() {
    }

    public static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    /** Prefixes used when writing Turtle, TriG and query headers. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("org", ORG)
                .setNsPrefix("foaf", FOAF)
                .setNsPrefix("skos", SKOS)
                .setNsPrefix("dcterms", DCT)
                .setNsPrefix("prov", PROV)
                .setNsPrefix("owl", OWL)
                .setNsPrefix("rdf", RDF)
                .setNsPrefix("rdfs", RDFS)
                .setNsPrefix("xsd", XSD)
                .setNsPrefix("ckg", CKG)
                .lock();
    }
}
