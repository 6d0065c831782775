package org.communskg.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Format names as users type them, resolved to Jena's {@link Lang}s. Jena's own short names and
 * file extensions come first; the few names SPARQL users expect for result sets ("json", "xml",
 * "csv", "tsv") are added on top.
 *
 * <pre>{@code
 * Lang results = Formats.resultSetLang("json");   // ResultSetLang.RS_JSON
 * Lang rdf = Formats.rdfLang("ttl");              // Lang.TURTLE
 * }</pre>
 */
public final class Formats {
    /** The result-set formats offered, the default first. */
    public static final List<Lang> RESULT_SETS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML,
            ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    /** The RDF formats offered for graphs, the default first. */
    public static final List<Lang> GRAPHS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);
    /** The RDF formats offered for whole datasets, the default first. */
    public static final List<Lang> DATASETS = List.of(Lang.NQUADS, Lang.TRIG, Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD);

    private static final Map<String, Lang> RESULT_ALIASES = Map.of(
            "json", ResultSetLang.RS_JSON, "xml", ResultSetLang.RS_XML,
            "csv", ResultSetLang.RS_CSV, "tsv", ResultSetLang.RS_TSV);

    /** Content types clients send for result sets that Jena does not list as alternatives. */
    private static final Map<Lang, List<String>> EXTRA_CONTENT_TYPES = Map.of(
            ResultSetLang.RS_JSON, List.of("application/json"),
            ResultSetLang.RS_XML, List.of("application/xml", "text/xml"));

    private Formats() {
    }

    /** More content types that mean this format, beyond the ones Jena declares. */
    public static List<String> extraContentTypes(Lang lang) {
        return EXTRA_CONTENT_TYPES.getOrDefault(lang, List.of());
    }

    /** A SPARQL results format by name, or null when the name is not one. */
    public static Lang resultSetLang(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Lang lang = RESULT_ALIASES.get(key);
        if (lang == null) {
            lang = RDFLanguages.shortnameToLang(key);
        }
        return lang != null && RESULT_SETS.contains(lang) ? lang : null;
    }

    /** An RDF format by short name or file extension ("ttl", "nt", "jsonld", "rdf", "nq", "trig"), or null. */
    public static Lang rdfLang(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Lang lang = RDFLanguages.shortnameToLang(key);
        if (lang == null) {
            lang = RDFLanguages.fileExtToLang(key);
        }
        return lang != null && (RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang)) ? lang : null;
    }

    /** The writer variant used for dumps: streaming wherever RIOT has one. */
    public static RDFFormat dumpFormat(Lang lang) {
        if (Lang.TURTLE.equals(lang)) {
            return RDFFormat.TURTLE_BLOCKS;
        }
        if (Lang.TRIG.equals(lang)) {
            return RDFFormat.TRIG_BLOCKS;
        }
        if (Lang.NQUADS.equals(lang)) {
            return RDFFormat.NQUADS;
        }
        if (Lang.NTRIPLES.equals(lang)) {
            return RDFFormat.NTRIPLES;
        }
        if (Lang.JSONLD.equals(lang)) {
            return RDFFormat.JSONLD;
        }
        if (Lang.RDFXML.equals(lang)) {
            return RDFFormat.RDFXML_PLAIN;
        }
        throw new IllegalArgumentException("No writer for " + lang.getLabel());
    }
}
