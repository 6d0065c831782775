package org.communskg.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Downloads one article under the {@link ImportLimits}: connect and read timeouts, a deadline for
 * the whole download (a watchdog closes the connection, so a server that trickles bytes cannot
 * hold the import), redirects followed by hand so that a loop is named, HTML or text content
 * types only, and a size cap checked against {@code Content-Length} and while reading: reading
 * stops at the cap, so a huge download is never held in memory.
 *
 * <pre>{@code
 * ArticleFetcher.Fetched page = ArticleFetcher.fetch("https://example.org/a", ImportLimits.defaults());
 * }</pre>
 */
final class ArticleFetcher {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "import-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");
    private static final List<String> TEXT_TYPES = List.of("text/plain", "text/markdown", "text/x-markdown");

    /**
     * A downloaded article, not yet decoded.
     *
     * @param finalUrl    the address after redirects
     * @param bytes       the body
     * @param contentType the media type, lower case, without parameters
     * @param charset     the declared charset parameter, or null
     */
    record Fetched(String finalUrl, byte[] bytes, String contentType, String charset) {
        boolean isHtml() {
            return !TEXT_TYPES.contains(contentType);
        }
    }

    private ArticleFetcher() {
    }

    static Fetched fetch(String url, ImportLimits limits) {
        List<String> visited = new ArrayList<>();
        URI current = URI.create(url);
        while (true) {
            visited.add(current.toString());
            HttpURLConnection c = open(url, current, limits);
            AtomicBoolean expired = new AtomicBoolean();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                expired.set(true);
                c.disconnect();
            }, limits.fetchTimeout().toMillis(), TimeUnit.MILLISECONDS);
            try {
                int status = c.getResponseCode();
                if (status >= 300 && status < 400 && c.getHeaderField("Location") != null) {
                    current = redirect(url, current, c.getHeaderField("Location"), visited, limits);
                    continue;
                }
                if (status != 200) {
                    throw new ImportException(url, "HTTP " + status + reason(c));
                }
                return read(url, c, limits);
            } catch (IOException e) {
                throw new ImportException(url, expired.get() ? "the download took longer than the "
                        + limits.fetchTimeout().toSeconds() + " s fetch timeout" : cause(e, limits), e);
            } finally {
                watchdog.cancel(false);
                c.disconnect();
            }
        }
    }

    private static HttpURLConnection open(String url, URI uri, ImportLimits limits) {
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout((int) limits.connectTimeout().toMillis());
            c.setReadTimeout((int) limits.readTimeout().toMillis());
            c.setRequestProperty("Accept", "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8");
            c.setRequestProperty("User-Agent", "communs-kg importer");
            return c;
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportException(url, "not a valid http(s) URL: " + uri, e);
        }
    }

    private static URI redirect(String url, URI from, String location, List<String> visited, ImportLimits limits) {
        URI next;
        try {
            next = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new ImportException(url, "redirected to an invalid address: " + location, e);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ImportException(url, "redirected to a non-http(s) address: " + next);
        }
        if (visited.contains(next.toString())) {
            throw new ImportException(url, "redirect loop (" + String.join(" -> ", visited) + " -> " + next + ")");
        }
        if (visited.size() > limits.maxRedirects()) {
            throw new ImportException(url, "more than " + limits.maxRedirects() + " redirects");
        }
        return next;
    }

    private static Fetched read(String url, HttpURLConnection c, ImportLimits limits) throws IOException {
        String header = c.getContentType() == null ? "text/html" : c.getContentType();
        String type = header.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!HTML_TYPES.contains(type) && !TEXT_TYPES.contains(type)) {
            throw new ImportException(url, "content type " + type + " is not an article (HTML or text)");
        }
        long declared = c.getContentLengthLong();
        if (declared > limits.maxBytes()) {
            throw new ImportException(url, "the download is " + declared + " bytes, over the "
                    + limits.maxBytes() + "-byte limit");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = c.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (body.size() + n > limits.maxBytes()) {
                throw new ImportException(url, "the download passed the " + limits.maxBytes() + "-byte limit; stopped reading");
            }
            body.write(buffer, 0, n);
        }
        return new Fetched(c.getURL().toString(), body.toByteArray(), type, charset(header));
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }

    private static String reason(HttpURLConnection c) throws IOException {
        String message = c.getResponseMessage();
        return message == null || message.isBlank() ? "" : " " + message;
    }

    private static String cause(IOException e, ImportLimits limits) {
        if (e instanceof SocketTimeoutException) {
            return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect")
                    ? "no connection within the " + limits.connectTimeout().toSeconds() + " s connect timeout"
                    : "no answer within the " + limits.readTimeout().toSeconds() + " s read timeout";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "cannot connect: " + e.getMessage();
        }
        return "cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
