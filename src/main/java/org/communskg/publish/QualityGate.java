package org.communskg.publish;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.communskg.store.GraphStore;

/**
 * The SHACL quality gate: the bundled {@code ontology/shapes.ttl} checked against the union of
 * the article graphs. Releases go through it; {@code communs-kg validate} prints what it finds.
 *
 * <pre>{@code
 * List<Violation> problems = QualityGate.bundled().check(store);
 * }</pre>
 */
public final class QualityGate {
    static final String SHAPES = "/ontology/shapes.ttl";
    private final Shapes shapes;

    private QualityGate(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes shipped with communs-kg. */
    public static QualityGate bundled() {
        try (InputStream in = QualityGate.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES + " is missing from the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new QualityGate(Shapes.parse(g));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every violation in the store, ordered by focus node then path; empty when the graph is clean. */
    public List<Violation> check(GraphStore store) {
        return store.read(dsg -> check(dsg.getUnionGraph()));
    }

    public List<Violation> check(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(str(e.focusNode()), path(e.resultPath()), e.message()));
        }
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path));
        return out;
    }

    /** Throws when the store breaks the shapes: a release must not carry a broken graph. */
    public void require(GraphStore store) {
        List<Violation> problems = check(store);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    private static String str(Node n) {
        return n == null ? "" : n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }

    private static String path(Path p) {
        return p == null ? "" : p.toString();
    }
}
