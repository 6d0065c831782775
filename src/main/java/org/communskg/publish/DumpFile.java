package org.communskg.publish;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * One gzip-compressed dump of the whole graph.
 *
 * @param name   the file name, such as {@code communs-kg.nq.gz}
 * @param lang   its RDF syntax
 * @param bytes  the size of the compressed file
 * @param count  triples (Turtle, N-Triples) or quads (N-Quads, TriG, JSON-LD) in it
 * @param sha256 the SHA-256 of the compressed file, lower-case hex
 */
public record DumpFile(String name, Lang lang, long bytes, long count, String sha256) {
    static final String PREFIX = "communs-kg.";

    /** The file name for a syntax: {@code communs-kg.<extension>.gz}. */
    public static String nameFor(Lang lang) {
        return PREFIX + lang.getFileExtensions().get(0) + ".gz";
    }

    /** "quads" for syntaxes that keep the named graphs, else "triples". */
    public String unit() {
        return RDFLanguages.isQuads(lang) ? "quads" : "triples";
    }

    /** The IANA media type of the uncompressed content, such as {@code application/n-quads}. */
    public String mediaType() {
        return lang.getContentType().getContentTypeStr();
    }

    /** One line of a manifest: name, syntax, bytes, count, sha256, tab-separated. */
    String toManifestLine() {
        return String.join("\t", name, lang.getName(), Long.toString(bytes), Long.toString(count), sha256);
    }

    static DumpFile fromManifestLine(String line) {
        String[] f = line.split("\t");
        Lang lang = RDFLanguages.nameToLang(f[1]);
        if (f.length != 5 || lang == null) {
            throw new IllegalArgumentException("Bad manifest line: " + line);
        }
        return new DumpFile(f[0], lang, Long.parseLong(f[2]), Long.parseLong(f[3]), f[4].toLowerCase(Locale.ROOT));
    }
}
