package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.communskg.Seeded;

/**
 * Fuzzing {@code /sparql} (jqwik): random text, random bytes and mutated gallery queries, sent
 * with every method, as a URL parameter, a form or a body, with any {@code Accept}. Whatever
 * comes in, the answer is a status with a message, never a 500 nor a stack trace (a 503 is a
 * query stopped at its timeout). Tries are bounded to keep the build short.
 */
class SparqlFuzzIT {
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    static final List<String> ACCEPTS = List.of("application/sparql-results+json", "application/sparql-results+xml",
            "text/csv", "text/tab-separated-values", "text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples", "text/html", "*/*", "image/png", "text/*;q=0.1, application/*", ";;;", "a/b/c",
            "text/csv;q=x", "*/*;q=-1", ",", "");
    static final List<String> CONTENT_TYPES = List.of("application/sparql-query", "application/x-www-form-urlencoded",
            "application/sparql-update", "text/turtle", "application/sparql-query; charset=latin1",
            "application/x-www-form-urlencoded; charset=nope", "multipart/form-data; boundary=x", "", ";");
    static final List<String> TOKENS = List.of("{", "}", "(", ")", ".", ";", ",", "?x", "$y", "<http://x/y>", "<",
            "\"", "'", "\"\"\"", "#", "\\", "OPTIONAL", "UNION", "FILTER(", "EXISTS", "SERVICE <http://127.0.0.1:9/>",
            "GRAPH ?g", "*", "/", "|", "^", "+", "?", "LIMIT -1", "OFFSET 99999999999999999999", "ORDER BY", "GROUP BY",
            "@fr", "^^<http://www.w3.org/2001/XMLSchema#integer>", "\u0000", "\uD800", "%", "%zz", "&", "=", "PREFIX",
            "BASE <x:>", "VALUES ?v { 1 }", "BIND(1/0 AS ?z)", "COUNT(*)", "SELECT", "CONSTRUCT", "DESCRIBE", "ASK",
            "INSERT DATA", "LOAD <http://127.0.0.1:9/>", "<<", ">>", "{|", "|}", "_:b", "[]", "()", "1e999999", "-");
    static TestServer server;
    static List<String> gallery;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeContainer
    static void start() throws IOException {
        server = TestServer.start(s -> s.withQueryTimeout(Duration.ofSeconds(2)), Seeded.SEED);
        try (Stream<Path> files = Files.list(Seeded.ROOT.resolve("queries"))) {
            gallery = files.filter(p -> p.toString().endsWith(".rq")).sorted().map(Seeded::read).toList();
        }
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 250)
    void random_text_gets_an_answer_not_a_failure(@ForAll @StringLength(max = 300) String text,
            @ForAll("methods") String method, @ForAll("accepts") String accept, @ForAll("contentTypes") String type,
            @ForAll boolean inUrl) {
        check(method, inUrl, text, type, accept);
    }

    @Property(tries = 250)
    void mutated_gallery_queries_get_an_answer_not_a_failure(@ForAll("mutated") String query,
            @ForAll("methods") String method, @ForAll("accepts") String accept, @ForAll boolean inUrl) {
        check(method, inUrl, query, method.equals("POST") ? "application/sparql-query" : null, accept);
    }

    @Property(tries = 60)
    void random_bytes_as_a_body_get_an_answer_not_a_failure(@ForAll @Size(max = 400) byte[] body,
            @ForAll("contentTypes") String type, @ForAll("accepts") String accept) {
        answer(request("/sparql", "POST", HttpRequest.BodyPublishers.ofByteArray(body), type, accept));
    }

    static void check(String method, boolean inUrl, String query, String type, String accept) {
        String path = "/sparql";
        BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (inUrl || method.equals("GET") || method.equals("HEAD")) {
            path += "?query=" + Http.enc(query);
        } else if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            body = HttpRequest.BodyPublishers.ofString("query=" + Http.enc(query));
        } else {
            body = HttpRequest.BodyPublishers.ofString(query);
        }
        answer(request(path, method, body, type, accept));
    }

    static HttpRequest request(String path, String method, BodyPublisher body, String type, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.http().root() + path))
                .timeout(Duration.ofSeconds(20)).method(method, body);
        if (type != null && !type.isEmpty()) {
            b.header("Content-Type", type);
        }
        if (!accept.isEmpty()) {
            b.header("Accept", accept);
        }
        return b.build();
    }

    static void answer(HttpRequest request) {
        HttpResponse<String> r;
        try {
            r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String what = request.method() + " " + request.uri() + " -> " + r.statusCode() + " " + r.body();
        assertThat(r.statusCode()).as(what).isNotEqualTo(500).satisfiesAnyOf(
                s -> assertThat(s).isLessThan(500), s -> assertThat(s).isEqualTo(503));
        assertThat(r.body()).as(what).doesNotContain("\tat ", "Exception:");
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of(METHODS);
    }

    @Provide
    Arbitrary<String> accepts() {
        return Arbitraries.oneOf(Arbitraries.of(ACCEPTS), Arbitraries.strings().ofMaxLength(40)
                .filter(s -> s.chars().allMatch(c -> c >= 0x20 && c < 0x7f)));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    /** A gallery query with one to four edits: a span cut, a span doubled, a token put in. */
    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 12), Arbitraries.of(TOKENS))
                .as(Edit::new);
        return Combinators.combine(Arbitraries.of(gallery), edit.list().ofMinSize(1).ofMaxSize(4))
                .as((query, edits) -> {
                    String out = query;
                    for (Edit e : edits) {
                        out = e.apply(out);
                    }
                    return out;
                });
    }

    /** One edit at a relative position: 0 cuts {@code length} characters, 1 doubles them, 2 inserts a token. */
    record Edit(int kind, double at, int length, String token) {
        String apply(String s) {
            int i = (int) (at * s.length());
            int j = Math.min(s.length(), i + length);
            return switch (kind) {
                case 0 -> s.substring(0, i) + s.substring(j);
                case 1 -> s.substring(0, j) + s.substring(i, j) + s.substring(j);
                default -> s.substring(0, i) + " " + token + " " + s.substring(i);
            };
        }
    }
}
