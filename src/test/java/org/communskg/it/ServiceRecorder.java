package org.communskg.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local SPARQL endpoint that records whether anyone called it, for SSRF tests: it answers every
 * request with one row binding {@code ?x} to {@code "remote"}.
 */
final class ServiceRecorder implements AutoCloseable {
    private static final byte[] ANSWER = """
            {"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"remote"}}]}}"""
            .getBytes(StandardCharsets.UTF_8);
    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    ServiceRecorder() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, ANSWER.length);
            exchange.getResponseBody().write(ANSWER);
            exchange.close();
        });
        server.start();
    }

    /** The endpoint's address. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
