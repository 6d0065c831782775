package org.communskg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The benchmarks' HTTP GET, the same for our server and for Fuseki: the whole body read as bytes,
 * a status other than 200 thrown. Two clients: the JDK's blocking {@link HttpURLConnection}
 * (keep-alive: the connection goes back to its pool once the body is read and closed), the
 * default, whose own cost per request is the smaller (0.45 ms against 1.7 ms for a two-byte answer
 * of a plain Javalin route, same run, loaded machine); and {@code java.net.http}'s asynchronous
 * client on HTTP/1.1, which QueryBench used before and which hands each exchange between threads.
 *
 * <pre>{@code
 * BenchHttp.get("http://localhost:7070/sparql?query=ASK%7B%7D", "application/sparql-results+json");
 * }</pre>
 */
final class BenchHttp {
    private static final HttpClient ASYNC = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int TIMEOUT_MS = 300_000;

    private BenchHttp() {
    }

    /** GET with {@link HttpURLConnection}, reading the whole body. */
    static void get(String url, String accept) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setRequestProperty("Accept", accept);
            c.setReadTimeout(TIMEOUT_MS);
            int status = c.getResponseCode();
            if (status != 200) {
                try (InputStream err = c.getErrorStream()) {
                    if (err != null) {
                        err.readAllBytes();
                    }
                }
                throw new IllegalStateException(status + " from " + url.replaceAll("\\?.*", ""));
            }
            try (InputStream in = c.getInputStream()) {
                in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET with {@code java.net.http} (HTTP/1.1, connections reused), reading the whole body. */
    static void getAsync(String url, String accept) {
        try {
            HttpResponse<byte[]> r = ASYNC.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                    .timeout(Duration.ofMillis(TIMEOUT_MS)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " from " + url.replaceAll("\\?.*", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
