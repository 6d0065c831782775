package org.communskg.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server on a random loopback port that serves one good article page and each way a
 * web source goes wrong: 404, 500, a redirect loop, a server that never answers, one that
 * trickles its body, a PDF, a 2 GB download (declared, and chunked without a length).
 */
final class BadServer implements AutoCloseable {
    static final long TWO_GB = 2L * 1024 * 1024 * 1024;
    final HttpServer server;
    final AtomicLong chunkedBytesSent = new AtomicLong();
    /** {@code /held} answers the good page once this is counted down: a test decides when an import may end. */
    final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    BadServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/good", x -> send(x, 200, "text/html; charset=utf-8", page()));
        server.createContext("/missing", x -> send(x, 404, "text/html", "<p>Introuvable</p>"));
        server.createContext("/broken", x -> send(x, 500, "text/html", "<p>Erreur</p>"));
        server.createContext("/loop-a", x -> redirect(x, "/loop-b"));
        server.createContext("/loop-b", x -> redirect(x, "/loop-a"));
        server.createContext("/never", x -> await());
        server.createContext("/held", x -> {
            awaitUninterruptibly(held);
            send(x, 200, "text/html; charset=utf-8", page());
        });
        server.createContext("/trickle", this::trickle);
        server.createContext("/report.pdf", x -> send(x, 200, "application/pdf", "%PDF-1.7 ..."));
        server.createContext("/huge", x -> huge(x, TWO_GB));
        server.createContext("/huge-chunked", x -> huge(x, 0));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** An address where nothing listens: a port that was free a moment ago. */
    static String unreachable() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/article";
        }
    }

    static String page() {
        String md = SampleArticles.article(4242);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=fr><head><title>Rencontre</title>"
                + "<link rel=canonical href=\"https://synthetic.example/web/4242\"></head><body><nav>Accueil</nav><article>");
        for (String p : md.substring(md.indexOf("---", 4) + 4).split("\n\n")) {
            html.append("<p>").append(p.strip()).append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().set("Location", to);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private void await() {
        awaitUninterruptibly(closing);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Headers at once, then a byte every 200 ms: each read is quick, the whole never ends. */
    private void trickle(HttpExchange x) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, 0);
        try (OutputStream out = x.getResponseBody()) {
            while (closing.getCount() > 0) {
                out.write('<');
                out.flush();
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Text until the client hangs up: {@code length} 0 sends it chunked, without a length. */
    private void huge(HttpExchange x, long length) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/html");
        x.sendResponseHeaders(200, length);
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'a');
        try (OutputStream out = x.getResponseBody()) {
            for (long sent = 0; sent < TWO_GB; sent += block.length) {
                out.write(block);
                if (length == 0) {
                    chunkedBytesSent.addAndGet(block.length);
                }
            }
        } catch (IOException e) {
            // the client stopped reading at its cap and closed the connection: expected
        }
    }

    @Override
    public void close() {
        held.countDown();
        closing.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
