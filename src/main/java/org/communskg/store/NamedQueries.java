package org.communskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The named queries of {@code queries/} (shipped on the classpath): the questions a researcher
 * asks first. Each file starts with comment lines; the first is its title.
 *
 * <pre>{@code
 * NamedQueries.bundled().find("speakers-by-event").ifPresent(q -> System.out.println(q.text()));
 * }</pre>
 */
public final class NamedQueries {
    private final List<NamedQuery> queries;

    private NamedQueries(List<NamedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries shipped in the jar (or in target/classes during a build). */
    public static NamedQueries bundled() {
        URL url = NamedQueries.class.getResource("/queries/");
        if (url == null) {
            return new NamedQueries(List.of());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromFolder(fs.getPath("/queries"));
                }
            }
            return fromFolder(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The queries of a folder, such as the project's {@code queries/}. */
    public static NamedQueries fromFolder(Path folder) throws IOException {
        List<NamedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                    out.add(NamedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return new NamedQueries(out);
    }

    public List<NamedQuery> all() {
        return queries;
    }

    public Optional<NamedQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /**
     * One named query.
     *
     * @param name        the file name without {@code .rq}
     * @param title       the first comment line
     * @param description the other leading comment lines
     * @param text        the whole file
     */
    public record NamedQuery(String name, String title, String description, String text) {
        static NamedQuery parse(String name, String text) {
            List<String> comments = text.lines().takeWhile(l -> l.startsWith("#"))
                    .map(l -> l.replaceFirst("^#+\\s?", "").strip()).filter(l -> !l.isEmpty()).toList();
            String title = comments.isEmpty() ? name : comments.get(0);
            String description = comments.size() < 2 ? "" : String.join(" ", comments.subList(1, comments.size()));
            return new NamedQuery(name, title, description, text);
        }
    }
}
