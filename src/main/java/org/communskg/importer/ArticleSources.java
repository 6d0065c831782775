package org.communskg.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Where articles come from: files, folders (read recursively, following symbolic links; a link
 * loop or an unreadable entry is reported and skipped) and http(s) URLs. Every source is read
 * under the {@link ImportLimits}, decoded by {@link TextDecoder}, then parsed as HTML or as text
 * with front matter.
 *
 * <pre>{@code
 * Expansion batch = ArticleSources.expand(List.of("data/articles", "https://example.org/a"));
 * for (String source : batch.sources()) {
 *     Loaded loaded = ArticleSources.load(source, ImportLimits.defaults());
 * }
 * }</pre>
 */
public final class ArticleSources {
    private static final List<String> TEXT = List.of(".md", ".markdown", ".txt", ".text");
    private static final List<String> HTML = List.of(".html", ".htm", ".xhtml");

    /**
     * Sources expanded from the arguments.
     *
     * @param sources  the files and URLs to read, in a stable order
     * @param failures one line per folder entry that could not be walked (a link loop, no permission)
     */
    public record Expansion(List<String> sources, List<ImportException> failures) {
    }

    /**
     * One article as read, and a warning about how it was read (null when there is none).
     *
     * @param article the article
     * @param warning such as "read as Latin-1", or null
     */
    public record Loaded(Article article, String warning) {
    }

    private ArticleSources() {
    }

    /** Expands folders into the article files they hold, in a stable order; files and URLs stay as they are. */
    public static Expansion expand(List<String> arguments) {
        List<String> out = new ArrayList<>();
        List<ImportException> failures = new ArrayList<>();
        for (String arg : arguments) {
            Path path = isUrl(arg) ? null : Path.of(arg);
            if (path != null && Files.isDirectory(path)) {
                List<String> files = new ArrayList<>();
                walk(path, files, failures);
                files.stream().sorted().forEach(out::add);
            } else {
                out.add(arg);
            }
        }
        return new Expansion(List.copyOf(out), List.copyOf(failures));
    }

    private static void walk(Path folder, List<String> files, List<ImportException> failures) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticleFile(file)) {
                        files.add(file.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(new ImportException(file.toString(), e instanceof FileSystemLoopException
                            ? "symbolic link loop, not followed" : e instanceof NoSuchFileException
                            ? "broken symbolic link" : "cannot read: " + e.getMessage(), e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new ImportException(folder.toString(), "cannot read the folder: " + e.getMessage(), e));
        }
    }

    /** Reads one article with the default limits. */
    public static Article load(String source) {
        return load(source, ImportLimits.defaults()).article();
    }

    /** Reads one article. A source that cannot be read gives an {@link ImportException} naming it and the cause. */
    public static Loaded load(String source, ImportLimits limits) {
        if (isUrl(source)) {
            ArticleFetcher.Fetched page = ArticleFetcher.fetch(source, limits);
            TextDecoder.Decoded text = TextDecoder.decode(source, page.bytes(), charset(page.charset()));
            Article article = page.isHtml() ? HtmlArticleParser.parse(source, text.text(), page.finalUrl())
                    : withUrl(FrontMatterParser.parse(source, text.text()), page.finalUrl());
            return new Loaded(article, text.warning());
        }
        Path path = Path.of(source);
        if (!Files.isRegularFile(path)) {
            throw new ImportException(source, Files.exists(path) ? "not a regular file" : "no such file or folder");
        }
        TextDecoder.Decoded text = TextDecoder.decode(source, readCapped(source, path, limits.maxBytes()), null);
        Article article = isHtml(path.getFileName().toString()) ? HtmlArticleParser.parse(source, text.text(), null)
                : FrontMatterParser.parse(source, text.text());
        return new Loaded(article, text.warning());
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

    /** Reads at most one byte past the cap, so a file that grows while read cannot get through either. */
    private static byte[] readCapped(String source, Path path, long maxBytes) {
        try (InputStream in = Files.newInputStream(path)) {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new ImportException(source, "the file is " + size + " bytes, over the " + maxBytes + "-byte limit");
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ImportException(source, "the file is over the " + maxBytes + "-byte limit");
            }
            return bytes;
        } catch (IOException e) {
            throw new ImportException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Charset charset(String name) {
        try {
            return name == null ? null : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // an unknown charset name: detect it as for a file
        }
    }

    private static Article withUrl(Article a, String finalUrl) {
        return a.url() != null ? a : new Article(a.source(), finalUrl, a.title(), a.publisher(), a.date(),
                a.language(), a.author(), a.paragraphs());
    }
}
