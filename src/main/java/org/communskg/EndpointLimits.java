package org.communskg;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the public endpoint lets a stranger do, part of {@link Settings} (keys and defaults there).
 * The query timeout is {@link Settings#queryTimeout()}, as the store enforces it.
 *
 * <pre>{@code
 * Settings s = Settings.defaults().withEndpoint(EndpointLimits.DEFAULTS.withMaxConcurrentQueries(2));
 * }</pre>
 *
 * @param host                 the address the server binds to
 * @param maxQueryLength       the longest query text accepted, in characters
 * @param maxRequestBytes      the largest request body accepted
 * @param htmlRowCap           the rows shown in an HTML results page (downloads are never capped)
 * @param maxConcurrentQueries how many SPARQL queries run at once
 * @param queueWait            how long a query waits for a free slot before a 503
 * @param serviceAllowList     the endpoints SERVICE may call; empty: SERVICE is refused
 */
public record EndpointLimits(String host, int maxQueryLength, long maxRequestBytes, int htmlRowCap,
                             int maxConcurrentQueries, Duration queueWait, Set<String> serviceAllowList) {

    /** The defaults of {@link Settings}, ignoring the environment. */
    public static final EndpointLimits DEFAULTS = new EndpointLimits(Settings.DEFAULT_HOST,
            Settings.DEFAULT_MAX_QUERY_LENGTH, Settings.DEFAULT_MAX_REQUEST_BYTES, Settings.DEFAULT_HTML_ROW_CAP,
            Settings.DEFAULT_MAX_CONCURRENT_QUERIES, Duration.ofSeconds(Settings.DEFAULT_QUEUE_WAIT_SECONDS), Set.of());

    public EndpointLimits {
        serviceAllowList = Set.copyOf(serviceAllowList);
        if (maxQueryLength < 1 || maxRequestBytes < 1 || htmlRowCap < 1 || maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("endpoint limits must be positive: " + maxQueryLength + ", "
                    + maxRequestBytes + ", " + htmlRowCap + ", " + maxConcurrentQueries);
        }
    }

    /** The defaults, overridden by system properties and environment variables. */
    static EndpointLimits fromEnvironment() {
        return new EndpointLimits(Settings.lookup(Settings.KEY_HOST, Settings.DEFAULT_HOST),
                Settings.integer(Settings.KEY_MAX_QUERY_LENGTH, Settings.DEFAULT_MAX_QUERY_LENGTH),
                Settings.longValue(Settings.KEY_MAX_REQUEST_BYTES, Settings.DEFAULT_MAX_REQUEST_BYTES),
                Settings.integer(Settings.KEY_HTML_ROW_CAP, Settings.DEFAULT_HTML_ROW_CAP),
                Settings.integer(Settings.KEY_MAX_CONCURRENT_QUERIES, Settings.DEFAULT_MAX_CONCURRENT_QUERIES),
                Settings.seconds(Settings.KEY_QUEUE_WAIT, Settings.DEFAULT_QUEUE_WAIT_SECONDS),
                parseList(Settings.lookup(Settings.KEY_SERVICE_ALLOW_LIST, "")));
    }

    /** A comma- or space-separated list of endpoint IRIs. */
    static Set<String> parseList(String value) {
        return Arrays.stream(value.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public EndpointLimits withMaxQueryLength(int value) {
        return new EndpointLimits(host, value, maxRequestBytes, htmlRowCap, maxConcurrentQueries, queueWait, serviceAllowList);
    }

    public EndpointLimits withMaxRequestBytes(long value) {
        return new EndpointLimits(host, maxQueryLength, value, htmlRowCap, maxConcurrentQueries, queueWait, serviceAllowList);
    }

    public EndpointLimits withHtmlRowCap(int value) {
        return new EndpointLimits(host, maxQueryLength, maxRequestBytes, value, maxConcurrentQueries, queueWait, serviceAllowList);
    }

    /** At most {@code value} queries at once; others wait up to {@code wait}, then get a 503. */
    public EndpointLimits withConcurrency(int value, Duration wait) {
        return new EndpointLimits(host, maxQueryLength, maxRequestBytes, htmlRowCap, value, wait, serviceAllowList);
    }

    public EndpointLimits withServiceAllowList(Set<String> value) {
        return new EndpointLimits(host, maxQueryLength, maxRequestBytes, htmlRowCap, maxConcurrentQueries, queueWait, value);
    }
}
