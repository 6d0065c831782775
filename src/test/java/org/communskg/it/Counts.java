package org.communskg.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.communskg.store.GraphStore;
import org.communskg.store.Sparql;

/** What the store holds, asked through SPARQL, and small file helpers for checking dumps. */
public final class Counts {
    private Counts() {
    }

    /** Quads in the named graphs. */
    public static long quads(GraphStore store) {
        return count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    /** Distinct triples of the union graph. */
    public static long triples(GraphStore store) {
        return count(store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
    }

    /** Quads per named graph, by graph IRI: whole articles can be told from half-written ones. */
    public static java.util.Map<String, Long> perGraph(GraphStore store) {
        return store.query(Sparql.parse("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"), qe -> {
            java.util.Map<String, Long> out = new java.util.TreeMap<>();
            qe.execSelect().forEachRemaining(row -> out.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
            return out;
        });
    }

    static long count(GraphStore store, String q) {
        return store.query(Sparql.parse(q), qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    /** Decompresses a .gz file next to itself (without the .gz) and returns the new path. */
    public static Path gunzip(Path gz) {
        Path out = gz.resolveSibling(gz.getFileName().toString().replaceFirst("\\.gz$", ""));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz)); OutputStream o = Files.newOutputStream(out)) {
            in.transferTo(o);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
