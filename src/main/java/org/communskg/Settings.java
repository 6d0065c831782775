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
 * Settings t = Settings.defaults().toBuilder().store(Path.of("/data/kg")).licence("...").build();
 * }</pre>
 *
 * @param store        the TDB2 folder (when {@code remote} is null)
 * @param remote       the URL of a Fuseki dataset to use instead of the TDB2 folder, or null
 * @param baseUri      the base under which IRIs are minted
 * @param port         the HTTP port ({@code 0} picks a free one)
 * @param queryTimeout the longest a SPARQL query may run
 * @param authority    a folder with a user's authority files, or null for the bundled ones
 * @param corrections  the curator's corrections file; skipped when it does not exist
 * @param licence      the IRI of the licence the published data is under
 * @param releases     the folder of dated releases
 * @param publisher    the name of the publishing agent, in the catalogue
 */
public record Settings(Path store, String remote, String baseUri, int port, Duration queryTimeout, Path authority, Path corrections,
                       String licence, Path releases, String publisher) {

    /** A TDB2 folder, or the http(s) URL of a Fuseki dataset such as {@code http://127.0.0.1:3030/ds}. */
    public static final String KEY_STORE = "communskg.store";
    public static final String DEFAULT_STORE = "store";
    public static final String KEY_BASE_URI = "communskg.baseUri";
    public static final String DEFAULT_BASE_URI = "http://localhost:7070/id/";
    public static final String KEY_PORT = "communskg.port";
    public static final int DEFAULT_PORT = 7070;
    public static final String KEY_QUERY_TIMEOUT = "communskg.queryTimeoutSeconds";
    public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 60;
    public static final String KEY_AUTHORITY = "communskg.authority";
    public static final String KEY_CORRECTIONS = "communskg.corrections";
    public static final String DEFAULT_CORRECTIONS = "data/curation/corrections.tsv";
    public static final String KEY_LICENCE = "communskg.licence";
    /** Licence Ouverte 2.0 (etalab-2.0), the French public-sector open licence. */
    public static final String DEFAULT_LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    public static final String KEY_RELEASES = "communskg.releases";
    public static final String DEFAULT_RELEASES = "releases";
    public static final String KEY_PUBLISHER = "communskg.publisher";
    public static final String DEFAULT_PUBLISHER = "communs-kg";

    /** Defaults, overridden by system properties and environment variables. */
    public static Settings defaults() {
        String authority = lookup(KEY_AUTHORITY, null);
        return builder()
                .storeLocation(lookup(KEY_STORE, DEFAULT_STORE))
                .baseUri(lookup(KEY_BASE_URI, DEFAULT_BASE_URI))
                .port(Integer.parseInt(lookup(KEY_PORT, String.valueOf(DEFAULT_PORT))))
                .queryTimeout(Duration.ofSeconds(Long.parseLong(lookup(KEY_QUERY_TIMEOUT,
                        String.valueOf(DEFAULT_QUERY_TIMEOUT_SECONDS)))))
                .authority(authority == null ? null : Path.of(authority))
                .corrections(Path.of(lookup(KEY_CORRECTIONS, DEFAULT_CORRECTIONS)))
                .licence(lookup(KEY_LICENCE, DEFAULT_LICENCE))
                .releases(Path.of(lookup(KEY_RELEASES, DEFAULT_RELEASES)))
                .publisher(lookup(KEY_PUBLISHER, DEFAULT_PUBLISHER))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return builder().store(store).remote(remote).baseUri(baseUri).port(port).queryTimeout(queryTimeout).authority(authority)
                .corrections(corrections).licence(licence).releases(releases).publisher(publisher);
    }

    public Settings withStore(Path value) {
        return toBuilder().store(value).remote(null).build();
    }

    /** A TDB2 folder or, when it starts with {@code http://} or {@code https://}, a Fuseki dataset URL. */
    public Settings withStoreLocation(String location) {
        return toBuilder().storeLocation(location).build();
    }

    /** Whether the store is a remote Fuseki dataset rather than an embedded TDB2 folder. */
    public boolean isRemote() {
        return remote != null;
    }

    public Settings withBaseUri(String value) {
        return toBuilder().baseUri(value).build();
    }

    public Settings withPort(int value) {
        return toBuilder().port(value).build();
    }

    public Settings withQueryTimeout(Duration value) {
        return toBuilder().queryTimeout(value).build();
    }

    public Settings withAuthority(Path value) {
        return toBuilder().authority(value).build();
    }

    public Settings withCorrections(Path value) {
        return toBuilder().corrections(value).build();
    }

    public Settings withLicence(String value) {
        return toBuilder().licence(value).build();
    }

    public Settings withReleases(Path value) {
        return toBuilder().releases(value).build();
    }

    public Settings withPublisher(String value) {
        return toBuilder().publisher(value).build();
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

    /** Builds {@link Settings}; start from {@link Settings#defaults()} with {@link Settings#toBuilder()}. */
    public static final class Builder {
        private Path store = Path.of(DEFAULT_STORE);
        private String remote;
        private String baseUri = DEFAULT_BASE_URI;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = Duration.ofSeconds(DEFAULT_QUERY_TIMEOUT_SECONDS);
        private Path authority;
        private Path corrections = Path.of(DEFAULT_CORRECTIONS);
        private String licence = DEFAULT_LICENCE;
        private Path releases = Path.of(DEFAULT_RELEASES);
        private String publisher = DEFAULT_PUBLISHER;

        public Builder store(Path value) {
            store = value;
            return this;
        }

        public Builder remote(String value) {
            remote = value;
            return this;
        }

        /** A folder sets {@code store}; an http(s) URL sets {@code remote}. */
        public Builder storeLocation(String location) {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                remote = location;
            } else {
                store = Path.of(location);
                remote = null;
            }
            return this;
        }

        public Builder baseUri(String value) {
            baseUri = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder queryTimeout(Duration value) {
            queryTimeout = value;
            return this;
        }

        public Builder authority(Path value) {
            authority = value;
            return this;
        }

        public Builder corrections(Path value) {
            corrections = value;
            return this;
        }

        public Builder licence(String value) {
            licence = value;
            return this;
        }

        public Builder releases(Path value) {
            releases = value;
            return this;
        }

        public Builder publisher(String value) {
            publisher = value;
            return this;
        }

        public Settings build() {
            return new Settings(store, remote, baseUri, port, queryTimeout, authority, corrections, licence, releases, publisher);
        }
    }
}
