package org.communskg;

import java.nio.file.Path;
import java.time.Duration;
import org.communskg.importer.ImportLimits;

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
 * @param importLimits what the importer accepts from one source: size cap, HTTP timeouts, redirects
 * @param workbench    the query workbench's bounds
 * @param search       the search index and the bounds of search and pictures
 * @param endpoint     the public endpoint's limits: query length, request size, concurrency, SERVICE
 */
public record Settings(Path store, String remote, String baseUri, int port, Duration queryTimeout, Path authority,
                       Path corrections, String licence, Path releases, String publisher, ImportLimits importLimits,
                       Workbench workbench, Search search, EndpointLimits endpoint) {

    /** A TDB2 folder, or the http(s) URL of a Fuseki dataset such as {@code http://127.0.0.1:3030/ds}. */
    public static final String KEY_STORE = "communskg.store";
    public static final String DEFAULT_STORE = "store";
    public static final String KEY_BASE_URI = "communskg.baseUri";
    public static final String DEFAULT_BASE_URI = "http://localhost:7070/id/";
    public static final String KEY_PORT = "communskg.port";
    public static final int DEFAULT_PORT = 7070;
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

    // Importer limits, per source (see ImportLimits): a file or download over the size cap is refused,
    // a download stops reading at the cap; HTTP connect and read timeouts, a deadline per download.
    public static final String KEY_IMPORT_MAX_BYTES = "communskg.import.maxBytes";
    public static final long DEFAULT_IMPORT_MAX_BYTES = 10L * 1024 * 1024;
    public static final String KEY_IMPORT_CONNECT_TIMEOUT = "communskg.import.connectTimeoutSeconds";
    public static final int DEFAULT_IMPORT_CONNECT_TIMEOUT_SECONDS = 10;
    public static final String KEY_IMPORT_READ_TIMEOUT = "communskg.import.readTimeoutSeconds";
    public static final int DEFAULT_IMPORT_READ_TIMEOUT_SECONDS = 30;
    public static final String KEY_IMPORT_FETCH_TIMEOUT = "communskg.import.fetchTimeoutSeconds";
    public static final int DEFAULT_IMPORT_FETCH_TIMEOUT_SECONDS = 120;
    public static final String KEY_IMPORT_MAX_REDIRECTS = "communskg.import.maxRedirects";
    public static final int DEFAULT_IMPORT_MAX_REDIRECTS = 5;

    // The query workbench (/workbench).
    /** The most rows the workbench shows of one answer; downloads are never cut. */
    public static final String KEY_WORKBENCH_MAX_ROWS = "communskg.workbench.maxRows";
    public static final int DEFAULT_WORKBENCH_MAX_ROWS = 10_000;
    /** The most classes, properties and entities offered for completion, each. */
    public static final String KEY_WORKBENCH_COMPLETIONS = "communskg.workbench.completions";
    public static final int DEFAULT_WORKBENCH_COMPLETIONS = 5_000;

    /**
     * The query workbench's bounds.
     *
     * @param maxRows     the most rows shown of one answer (a banner says when more were cut)
     * @param completions the most classes, properties and entities offered for completion, each
     */
    public record Workbench(int maxRows, int completions) {
        public static Workbench defaults() {
            return new Workbench(DEFAULT_WORKBENCH_MAX_ROWS, DEFAULT_WORKBENCH_COMPLETIONS);
        }
    }

    // Search and pictures.
    /** The folder of the embedded store's text index; empty means beside the store ({@code store-text}). */
    public static final String KEY_TEXT_INDEX = "communskg.search.index";
    /** How many results a search answers at most. */
    public static final String KEY_SEARCH_LIMIT = "communskg.search.limit";
    public static final int DEFAULT_SEARCH_LIMIT = 20;
    /** How many nodes the network view draws at most, the most connected first. */
    public static final String KEY_NETWORK_LIMIT = "communskg.network.limit";
    public static final int DEFAULT_NETWORK_LIMIT = 300;
    /** How many items each long list of an entity's page (mentions, roles, events...) shows at a time. */
    public static final String KEY_ENTITY_PAGE_SIZE = "communskg.entityPageSize";
    public static final int DEFAULT_ENTITY_PAGE_SIZE = 50;

    /**
     * Search and pictures.
     *
     * @param index        the embedded store's text index folder, or null for beside the TDB2 folder
     * @param limit        the most results a search answers
     * @param networkLimit the most nodes the network view draws, the most connected first
     * @param pageSize     how many items each long list of an entity's page shows at a time
     */
    public record Search(Path index, int limit, int networkLimit, int pageSize) {
        public static Search defaults() {
            return new Search(null, DEFAULT_SEARCH_LIMIT, DEFAULT_NETWORK_LIMIT, DEFAULT_ENTITY_PAGE_SIZE);
        }
    }

    // The public endpoint: what a stranger's query may cost (README, "Security").
    public static final String KEY_HOST = "communskg.host";
    /** Every interface; behind a reverse proxy, set {@code 127.0.0.1}. */
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final String KEY_QUERY_TIMEOUT = "communskg.queryTimeoutSeconds";
    public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 30;
    public static final String KEY_MAX_QUERY_LENGTH = "communskg.maxQueryLength";
    public static final int DEFAULT_MAX_QUERY_LENGTH = 20_000;
    public static final String KEY_MAX_REQUEST_BYTES = "communskg.maxRequestBytes";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;
    public static final String KEY_HTML_ROW_CAP = "communskg.htmlRowCap";
    public static final int DEFAULT_HTML_ROW_CAP = 1_000;
    public static final String KEY_MAX_CONCURRENT_QUERIES = "communskg.maxConcurrentQueries";
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 8;
    public static final String KEY_QUEUE_WAIT = "communskg.queueWaitSeconds";
    public static final int DEFAULT_QUEUE_WAIT_SECONDS = 5;
    /** Comma-separated SERVICE endpoints a query may call; empty (the default) turns SERVICE off. */
    public static final String KEY_SERVICE_ALLOW_LIST = "communskg.serviceAllowList";

    /** Defaults, overridden by system properties and environment variables. */
    public static Settings defaults() {
        String authority = lookup(KEY_AUTHORITY, null);
        String textIndex = lookup(KEY_TEXT_INDEX, null);
        return builder()
                .storeLocation(lookup(KEY_STORE, DEFAULT_STORE))
                .baseUri(lookup(KEY_BASE_URI, DEFAULT_BASE_URI))
                .port(integer(KEY_PORT, DEFAULT_PORT))
                .queryTimeout(seconds(KEY_QUERY_TIMEOUT, DEFAULT_QUERY_TIMEOUT_SECONDS))
                .authority(authority == null ? null : Path.of(authority))
                .corrections(Path.of(lookup(KEY_CORRECTIONS, DEFAULT_CORRECTIONS)))
                .licence(lookup(KEY_LICENCE, DEFAULT_LICENCE))
                .releases(Path.of(lookup(KEY_RELEASES, DEFAULT_RELEASES)))
                .publisher(lookup(KEY_PUBLISHER, DEFAULT_PUBLISHER))
                .importLimits(importLimitsFromEnvironment())
                .workbench(new Workbench(
                        integer(KEY_WORKBENCH_MAX_ROWS, DEFAULT_WORKBENCH_MAX_ROWS),
                        integer(KEY_WORKBENCH_COMPLETIONS, DEFAULT_WORKBENCH_COMPLETIONS)))
                .search(new Search(textIndex == null ? null : Path.of(textIndex),
                        integer(KEY_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT),
                        integer(KEY_NETWORK_LIMIT, DEFAULT_NETWORK_LIMIT),
                        integer(KEY_ENTITY_PAGE_SIZE, DEFAULT_ENTITY_PAGE_SIZE)))
                .endpoint(EndpointLimits.fromEnvironment())
                .build();
    }

    private static ImportLimits importLimitsFromEnvironment() {
        return new ImportLimits(longValue(KEY_IMPORT_MAX_BYTES, DEFAULT_IMPORT_MAX_BYTES),
                seconds(KEY_IMPORT_CONNECT_TIMEOUT, DEFAULT_IMPORT_CONNECT_TIMEOUT_SECONDS),
                seconds(KEY_IMPORT_READ_TIMEOUT, DEFAULT_IMPORT_READ_TIMEOUT_SECONDS),
                seconds(KEY_IMPORT_FETCH_TIMEOUT, DEFAULT_IMPORT_FETCH_TIMEOUT_SECONDS),
                integer(KEY_IMPORT_MAX_REDIRECTS, DEFAULT_IMPORT_MAX_REDIRECTS));
    }

    static int integer(String key, int fallback) {
        return Integer.parseInt(lookup(key, String.valueOf(fallback)));
    }

    static long longValue(String key, long fallback) {
        return Long.parseLong(lookup(key, String.valueOf(fallback)));
    }

    static Duration seconds(String key, int fallback) {
        return Duration.ofSeconds(longValue(key, fallback));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return builder().store(store).remote(remote).baseUri(baseUri).port(port).queryTimeout(queryTimeout)
                .authority(authority).corrections(corrections).licence(licence).releases(releases).publisher(publisher)
                .importLimits(importLimits).workbench(workbench).search(search).endpoint(endpoint);
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

    public Settings withImportLimits(ImportLimits value) {
        return toBuilder().importLimits(value).build();
    }

    /** The text index folder: the one set by {@link #KEY_TEXT_INDEX}, else beside the TDB2 folder. */
    public Path textIndex() {
        return search.index() != null ? search.index() : textIndexBeside(store);
    }

    /** The default text index folder of a TDB2 folder: {@code store} gets {@code store-text}. */
    public static Path textIndexBeside(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-text");
    }

    public Settings withEndpoint(EndpointLimits value) {
        return toBuilder().endpoint(value).build();
    }

    /** The environment variable for a key: {@code communskg.baseUri} becomes {@code COMMUNSKG_BASEURI}. */
    static String envName(String key) {
        return key.replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    static String lookup(String key, String fallback) {
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
        private ImportLimits importLimits = ImportLimits.defaults();
        private Workbench workbench = Workbench.defaults();
        private Search search = Search.defaults();

        private EndpointLimits endpoint = EndpointLimits.DEFAULTS;

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

        public Builder importLimits(ImportLimits value) {
            importLimits = value;
            return this;
        }

        public Builder workbench(Workbench value) {
            workbench = value;
            return this;
        }

        public Builder search(Search value) {
            search = value;
            return this;
        }

        public Builder endpoint(EndpointLimits value) {
            endpoint = value;
            return this;
        }

        public Settings build() {
            return new Settings(store, remote, baseUri, port, queryTimeout, authority, corrections, licence, releases,
                    publisher, importLimits, workbench, search, endpoint);
        }
    }
}
