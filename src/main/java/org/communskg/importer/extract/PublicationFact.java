package org.communskg.importer.extract;

/**
 * A named publication: a report, an opinion (avis), a journal issue.
 *
 * @param title       the title
 * @param kind        "avis", "rapport", "numéro"... or null
 * @param publisher   canonical organization name, or null
 * @param mentionedBy canonical person name who presented it, or null
 * @param evidence    sentence and confidence
 */
public record PublicationFact(String title, String kind, String publisher, String mentionedBy, Evidence evidence) {
}
