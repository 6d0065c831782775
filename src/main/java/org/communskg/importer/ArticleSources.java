package org.communskg.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where articles come from: files, folders (read recursively) and http(s) URLs.
 *
 * <pre>{@code
 * for (String source : ArticleSources.expand(List.of("data/articles", "https://example.org/a"))) {
 *     Article article = ArticleSources.load(source);
 * }
 * }</pre>
 */
public final class ArticleSources {
    private static final List<String> TEXT = List.of(".md", ".markdown", ".txt", ".text");
    private static final List<String> HTML = List.of(".html", ".htm", ".xhtml");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ArticleSources() {
    }

    /** Expands folders into the article files they hold, in a stable order; files and URLs stay as they are. */
    public static List<String> expand(List<String> arguments) {
        List<String> out = new ArrayList<>();
        for (String arg : arguments) {
            Path path = isUrl(arg) ? null : Path.of(arg);
            if (path != null && Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(ArticleSources::isArticleFile)
                            .map(Path::toString).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    /** Reads one article. A source that cannot be read gives an {@link ImportException} naming it. */
    public static Article load(String source) {
        if (isUrl(source)) {
            return fetch(source);
        }
        Path path = Path.of(source);
        if (!Files.isRegularFile(path)) {
            throw new ImportException(source, Files.exists(path) ? "not a regular file" : "no such file or folder");
        }
        String text = readUtf8(source, path);
        return isHtml(path.getFileName().toString()) ? HtmlArticleParser.parse(source, text, null)
                : FrontMatterParser.parse(source, text);
    }

    static boolean isUrl(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (TEXT.stream().anyMatch(name::endsWith) || isHtml(name));
    }

    private static boolean isHtml(String name) {
        return HTML.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith);
    }

    private static String readUtf8(String source, Path path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(source, "not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new ImportException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Article fetch(String url) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept", "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8")
                .header("User-Agent", "communs-kg importer").build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ImportException(url, "HTTP " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
            String finalUrl = response.uri().toString();
            if (type.startsWith("text/markdown") || type.startsWith("text/plain")) {
                Article a = FrontMatterParser.parse(url, response.body());
                return a.url() != null ? a : new Article(url, finalUrl, a.title(), a.publisher(), a.date(),
                        a.language(), a.author(), a.paragraphs());
            }
            return HtmlArticleParser.parse(url, response.body(), finalUrl);
        } catch (IOException e) {
            throw new ImportException(url, "cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(url, "interrupted while fetching", e);
        }
    }
}
