package org.communskg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The load benchmark's mix of requests: each kind is a name and a way to build one request. To
 * add a kind (a new page, a new API), add one line where the workload is built in {@link LoadBench}.
 *
 * <pre>{@code
 * Workload w = new Workload("http://127.0.0.1:7070")
 *         .add("home", r -> w.get("/", "text/html"))
 *         .add("query events", r -> w.query(eventsRq));
 * }</pre>
 */
final class Workload {
    /** One kind of request; {@code build} may draw from the random source (a random entity, say). */
    record Kind(String name, Function<SplittableRandom, HttpRequest> build) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final String root;
    private final List<Kind> kinds = new ArrayList<>();

    Workload(String root) {
        this.root = root;
    }

    Workload add(String name, Function<SplittableRandom, HttpRequest> build) {
        kinds.add(new Kind(name, build));
        return this;
    }

    List<Kind> kinds() {
        return List.copyOf(kinds);
    }

    HttpRequest get(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(root + path)).timeout(TIMEOUT).header("Accept", accept).GET().build();
    }

    /** A SPARQL query as the protocol's POST of {@code application/sparql-query}, answered in JSON. */
    HttpRequest query(String sparql) {
        return HttpRequest.newBuilder(URI.create(root + "/sparql")).timeout(TIMEOUT)
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
