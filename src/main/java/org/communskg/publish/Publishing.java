package org.communskg.publish;

import org.communskg.Settings;

/**
 * What the self-descriptions (catalogue, VoID, dumps page) say about who publishes the graph,
 * where and under which licence.
 *
 * <pre>{@code
 * Publishing p = Publishing.from(settings, "https://kg.example.org");
 * }</pre>
 *
 * @param publicUrl the server's public address, without a trailing slash
 * @param baseUri   the base of the entity IRIs (VoID's uriSpace)
 * @param licence   the licence IRI
 * @param publisher the publisher's name
 */
public record Publishing(String publicUrl, String baseUri, String licence, String publisher) {
    public Publishing {
        publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public static Publishing from(Settings settings, String publicUrl) {
        return new Publishing(publicUrl, settings.baseUri(), settings.licence(), settings.publisher());
    }

    /** An absolute URL on this server: {@code url("/sparql")}. */
    public String url(String path) {
        return publicUrl + path;
    }

    /** A human name for the licence: "Licence Ouverte 2.0 (etalab-2.0)" for the default. */
    public String licenceLabel() {
        return Licence.of(licence).name();
    }
}
