package org.communskg.publish;

import java.util.Map;

/**
 * The licence the published data is under, with a human name for the licences we know.
 *
 * <pre>{@code
 * Licence.of(Settings.DEFAULT_LICENCE).name();   // "Licence Ouverte 2.0 (etalab-2.0)"
 * }</pre>
 */
public record Licence(String iri, String name) {
    private static final Map<String, String> KNOWN = Map.of(
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence/", "Licence Ouverte 2.0 (etalab-2.0)",
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence", "Licence Ouverte 2.0 (etalab-2.0)",
            "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0",
            "https://opendatacommons.org/licenses/odbl/1-0/", "ODbL 1.0");

    public static Licence of(String iri) {
        return new Licence(iri, KNOWN.getOrDefault(iri, iri));
    }
}
