package org.communskg.importer;

/**
 * What importing one article gave.
 *
 * @param source        the file or URL
 * @param article       the article's IRI, also the name of its graph
 * @param triples       triples in the article's graph
 * @param persons       persons found
 * @param organizations organizations found
 * @param events        events found, named parts included
 * @param roles         roles (memberships) found
 * @param publications  publications found
 */
public record ImportResult(String source, String article, long triples, int persons, int organizations,
                           int events, int roles, int publications) {

    /** One line for the console. */
    public String line() {
        return String.format("%s: %d triples, %d persons, %d organizations, %d events, %d roles, %d publications",
                source, triples, persons, organizations, events, roles, publications);
    }
}
