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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communskg.model.Vocab;

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
     * One named query. Comment lines of the header that read {@code # param: ?var prefix:Class}
     * (or {@code <class IRI>})
     * declare a parameter: the query holds {@code VALUES ?var { UNDEF }} (every value), and the
     * workbench offers the instances of the class to put in its place.
     *
     * @param name        the file name without {@code .rq}
     * @param title       the first comment line
     * @param description the other leading comment lines, parameters left out
     * @param text        the whole file
     * @param params      the declared parameters, in order
     */
    public record NamedQuery(String name, String title, String description, String text, List<Param> params) {
        private static final Pattern PARAM = Pattern.compile("param:\\s*\\?(\\w+)\\s+(\\S+)\\s*");

        static NamedQuery parse(String name, String text) {
            List<String> comments = text.lines().takeWhile(l -> l.startsWith("#"))
                    .map(l -> l.replaceFirst("^#+\\s?", "").strip()).filter(l -> !l.isEmpty()).toList();
            List<Param> params = new ArrayList<>();
            List<String> prose = new ArrayList<>();
            for (String line : comments) {
                Matcher m = PARAM.matcher(line);
                if (m.matches()) {
                    String type = m.group(2);
                    type = type.startsWith("<") && type.endsWith(">") ? type.substring(1, type.length() - 1)
                            : Vocab.prefixes().expandPrefix(type);
                    params.add(new Param(m.group(1), type));
                } else {
                    prose.add(line);
                }
            }
            String title = prose.isEmpty() ? name : prose.get(0);
            String description = prose.size() < 2 ? "" : String.join(" ", prose.subList(1, prose.size()));
            return new NamedQuery(name, title, description, text, List.copyOf(params));
        }
    }

    /**
     * A parameter of a named query.
     *
     * @param var  the variable, without {@code ?}
     * @param type the IRI of the class whose instances it takes
     */
    public record Param(String var, String type) {
    }
}
