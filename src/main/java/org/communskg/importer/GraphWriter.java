package org.communskg.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.communskg.importer.extract.Evidence;
import static org.communskg.model.Vocab.*;

/** Adds triples to an article's graph, skipping empty values, with the article's language and IRI at hand. */
record GraphWriter(Graph graph, String language, Node article) {

    void add(Node s, Node p, Node o) {
        graph.add(s, p, o);
    }

    void plain(Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            graph.add(s, p, NodeFactory.createLiteralString(value.strip()));
        }
    }

    void text(Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            graph.add(s, p, NodeFactory.createLiteralLang(value.strip(), language));
        }
    }

    void date(Node s, Node p, String iso) {
        Node literal = EventDates.literal(iso);
        if (literal != null) {
            graph.add(s, p, literal);
        }
    }

    void evidence(Node s, Evidence e) {
        if (e != null) {
            text(s, CKG_EVIDENCE, e.sentence());
        }
    }

    /** A fact node: derived from the article, with its sentence and confidence. */
    void fact(Node s, Evidence e) {
        add(s, PROV_WAS_DERIVED_FROM, article);
        if (e != null) {
            text(s, CKG_EVIDENCE, e.sentence());
            add(s, CKG_CONFIDENCE, decimal(e.confidence()));
        }
    }

    /** Two decimals, in the canonical form TDB2 stores ("1.0", "0.5"), so graphs compare equal before and after storage. */
    static Node decimal(double value) {
        String lexical = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(lexical.contains(".") ? lexical : lexical + ".0", XSDDatatype.XSDdecimal);
    }
}
