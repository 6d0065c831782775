package org.communskg;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Every configuration key of the application, with its default, in one place. A key can be set
 * as a Java system property ({@code -Dcommunskg.port=8080}) or as the matching environment
 * variable ({@code COMMUNSKG_PORT=8080}); command-line options override both.
 *
 * <pre>{@code
 * Settings s = Settings.defaults().withStore(Path.of("/data/kg")).withPort(0);
 * }</pre>
 *
 * @param store        the TDB2 folder
 * @param baseUri      the base under which IRIs are minted
 * @param port         the HTTP port ({@code 0} picks a free one)
 * @param queryTimeout the longest a SPARQL query may run
 * @param authority    a folder with a user's authority files, or null for the bundled ones
 * @param licence      the IRI of the licence the graph is published under
 * @param releases     the folder of dated releases
 * @param publisher    the name of the publishing agent, in the catalogue
 */
public record Settings(Path store, String baseUri, int port, Duration queryTimeout, Path authority,
                       String licence, Path releases, String publisher) {

    public static final String KEY_STORE = "communskg.store";
    public static final String DEFAULT_STORE = "store";
    public static final String KEY_BASE_URI = "communskg.baseUri";
    public static final String DEFAULT_BASE_URI = "http://localhost:7070/id/";
    public static final String KEY_PORT = "communskg.port";
    public static final int DEFAULT_PORT = 7070;
    public static final String KEY_QUERY_TIMEOUT = "communskg.queryTimeoutSeconds";
    public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 60;
    public static final String KEY_AUTHORITY = "communskg.authority";
    public static final String KEY_LICENCE = "communskg.licence";
    /** Licence Ouverte 2.0 (SPDX id {@code etalab-2.0}), the licence of French public open data. */
    public static final String DEFAULT_LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    public static final String KEY_RELEASES = "communskg.releases";
    public static final String DEFAULT_RELEASES = "releases";
    public static final String KEY_PUBLISHER = "communskg.publisher";
    public static final String DEFAULT_PUBLISHER = "communs-kg";

    /** Defaults, overridden by system properties and environment variables. */
    public static Settings defaults() {
        String authority = lookup(KEY_AUTHORITY, null);
        return new Settings(
                Path.of(lookup(KEY_STORE, DEFAULT_STORE)),
                lookup(KEY_BASE_URI, DEFAULT_BASE_URI),
                Integer.parseInt(lookup(KEY_PORT, String.valueOf(DEFAULT_PORT))),
                Duration.ofSeconds(Long.parseLong(lookup(KEY_QUERY_TIMEOUT, String.valueOf(DEFAULT_QUERY_TIMEOUT_SECONDS)))),
                authority == null ? null : Path.of(authority),
                lookup(KEY_LICENCE, DEFAULT_LICENCE),
                Path.of(lookup(KEY_RELEASES, DEFAULT_RELEASES)),
                lookup(KEY_PUBLISHER, DEFAULT_PUBLISHER));
    }

    public Settings withStore(Path value) {
        return new Settings(value, baseUri, port, queryTimeout, authority, licence, releases, publisher);
    }

    public Settings withBaseUri(String value) {
        return new Settings(store, value, port, queryTimeout, authority, licence, releases, publisher);
    }

    public Settings withPort(int value) {
        return new Settings(store, baseUri, value, queryTimeout, authority, licence, releases, publisher);
    }

    public Settings withQueryTimeout(Duration value) {
        return new Settings(store, baseUri, port, value, authority, licence, releases, publisher);
    }

    public Settings withAuthority(Path value) {
        return new Settings(store, baseUri, port, queryTimeout, value, licence, releases, publisher);
    }

    public Settings withLicence(String value) {
        return new Settings(store, baseUri, port, queryTimeout, authority, value, releases, publisher);
    }

    public Settings withReleases(Path value) {
        return new Settings(store, baseUri, port, queryTimeout, authority, licence, value, publisher);
    }

    public Settings withPublisher(String value) {
        return new Settings(store, baseUri, port, queryTimeout, authority, licence, releases, value);
    }

    /** The environment variable for a key: {@code communskg.baseUri} becomes {@code COMMUNSKG_BASEURI}. */
    static String envName(String key) {
        return key.replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    private static String lookup(String key, String fallback) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(envName(key));
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
