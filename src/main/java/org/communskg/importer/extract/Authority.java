package org.communskg.importer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communskg.importer.extract.text.Fold;

/**
 * Curated names the extractor trusts: organizations (name, acronym, aliases, Wikidata QID, website,
 * kind) and persons. Read from {@code organizations.tsv} and {@code persons.tsv}, tab-separated,
 * a header row, {@code #} comments, aliases separated by {@code |}.
 *
 * <pre>{@code
 * Authority a = Authority.bundled();                 // the copy shipped in the jar
 * a.findOrg("INJEP").map(Authority.Org::name);       // "Institut national de la jeunesse et ..."
 * Authority mine = Authority.load(Path.of("my-authority"));
 * }</pre>
 */
public final class Authority {

    /** One curated organization; empty cells are null (or an empty alias list). */
    public record Org(String name, String acronym, List<String> aliases, String wikidata, String website, String kind) {
        public Org {
            aliases = List.copyOf(aliases);
        }

        /** Name, acronym and aliases. */
        public List<String> labels() {
            List<String> l = new ArrayList<>();
            l.add(name);
            if (acronym != null) {
                l.add(acronym);
            }
            l.addAll(aliases);
            return l;
        }
    }

    /** One curated person. */
    public record Person(String name, List<String> aliases, String wikidata) {
        public Person {
            aliases = List.copyOf(aliases);
        }
    }

    private final List<Org> orgs;
    private final List<Person> persons;
    private final Map<String, Org> orgByLabel = new HashMap<>();

    private Authority(List<Org> orgs, List<Person> persons) {
        this.orgs = List.copyOf(orgs);
        this.persons = List.copyOf(persons);
        for (Org o : orgs) {
            o.labels().forEach(l -> orgByLabel.putIfAbsent(Fold.fold(l), o));
        }
    }

    /** No curated names at all. */
    public static Authority empty() {
        return new Authority(List.of(), List.of());
    }

    /** The authority files shipped in the jar ({@code /authority/*.tsv}). */
    public static Authority bundled() {
        return new Authority(readOrgs(resource("/authority/organizations.tsv")),
                readPersons(resource("/authority/persons.tsv")));
    }

    /** The authority files of a folder; a missing file counts as empty. */
    public static Authority load(Path dir) {
        try {
            Path o = dir.resolve("organizations.tsv");
            Path p = dir.resolve("persons.tsv");
            List<Org> orgs = Files.exists(o) ? readOrgs(Files.newBufferedReader(o, StandardCharsets.UTF_8)) : List.of();
            List<Person> ps = Files.exists(p) ? readPersons(Files.newBufferedReader(p, StandardCharsets.UTF_8)) : List.of();
            return new Authority(orgs, ps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Org> organizations() {
        return orgs;
    }

    public List<Person> persons() {
        return persons;
    }

    /** The organization one of whose labels equals {@code label} after folding. */
    public Optional<Org> findOrg(String label) {
        return Optional.ofNullable(label == null ? null : orgByLabel.get(Fold.fold(label)));
    }

    private static Reader resource(String name) {
        InputStream in = Authority.class.getResourceAsStream(name);
        return in == null ? Reader.nullReader() : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<Org> readOrgs(Reader reader) {
        List<Org> out = new ArrayList<>();
        for (String[] f : rows(reader, 6)) {
            if (f[0] != null) {
                out.add(new Org(f[0], f[1], split(f[2]), f[3], f[4], f[5]));
            }
        }
        return out;
    }

    private static List<Person> readPersons(Reader reader) {
        List<Person> out = new ArrayList<>();
        for (String[] f : rows(reader, 3)) {
            if (f[0] != null) {
                out.add(new Person(f[0], split(f[1]), f[2]));
            }
        }
        return out;
    }

    /** Data rows (header skipped), padded to {@code width} cells, blank cells as null. */
    private static List<String[]> rows(Reader reader, int width) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = Arrays.copyOf(line.split("\t", -1), width);
                for (int i = 0; i < width; i++) {
                    cells[i] = cells[i] == null || cells[i].isBlank() ? null : cells[i].strip();
                }
                out.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> split(String aliases) {
        return aliases == null ? List.of() : Arrays.stream(aliases.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
