package org.communskg.importer;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.communskg.model.Vocab;

/** The schema.org subclass of CreativeWork for a kind of publication named in French or English. */
final class PublicationKinds {
    private PublicationKinds() {
    }

    static Node schemaClass(String kind) {
        if (kind == null) {
            return null;
        }
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.matches(".*(num[ée]ro|issue|cahier|revue|journal).*")) {
            return Vocab.uri(Vocab.SCHEMA, "PublicationIssue");
        }
        if (k.matches(".*(rapport|report|avis|[ée]tude|study|note|livre blanc|white paper|synth[èe]se).*")) {
            return Vocab.uri(Vocab.SCHEMA, "Report");
        }
        if (k.matches(".*(livre|ouvrage|book|guide).*")) {
            return Vocab.uri(Vocab.SCHEMA, "Book");
        }
        return null;
    }
}
