package org.communskg.importer.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the extractor relies on, loaded once from resource files next to this class.
 * Lookups are on folded forms ({@link Fold#fold}), so "Présidente" and "presidente" agree.
 *
 * <pre>{@code
 * Lexicon lex = Lexicon.get();
 * lex.isFirstName("Mireille");          // true
 * lex.roleKind("présidente");           // "position"
 * }</pre>
 */
public final class Lexicon {
    private static final Lexicon INSTANCE = new Lexicon();

    private final Set<String> firstNames = words("first-names.txt");
    private final Set<String> commonWords = words("common-words.txt");
    private final Set<String> places = words("places.txt");
    private final Set<String> platforms = words("platforms.txt");
    private final Set<String> nonOrgAcronyms = words("non-org-acronyms.txt");
    private final Map<String, String> roles = pairs("roles.txt");
    private final Map<String, String> eventKinds = pairs("event-kinds.txt");
    private final Set<String> prefixHeads = new HashSet<>();
    private final Set<String> suffixHeads = new HashSet<>();
    private final List<Pattern> boilerplate = new ArrayList<>();
    /** Role forms, longest first, so "vice-présidente" wins over "présidente". */
    private final List<String> roleForms;

    private Lexicon() {
        for (String line : lines("org-heads.txt")) {
            String[] f = line.split("\t");
            (f.length > 1 && f[1].equals("suffix") ? suffixHeads : prefixHeads).add(Fold.fold(f[0]));
        }
        for (String line : lines("boilerplate.txt")) {
            boilerplate.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        roleForms = new ArrayList<>(roles.keySet());
        roleForms.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The shared instance. */
    public static Lexicon get() {
        return INSTANCE;
    }

    public boolean isFirstName(String w) {
        String f = Fold.fold(w);
        if (firstNames.contains(f)) {
            return true;
        }
        // Compound first names: Jacques-François, Marie-Hélène.
        if (f.contains("-")) {
            for (String part : f.split("-")) {
                if (!firstNames.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    public boolean isCommonWord(String w) {
        return commonWords.contains(Fold.fold(w));
    }

    public boolean isPlace(String w) {
        return places.contains(Fold.fold(w));
    }

    public boolean isPlatform(String w) {
        return platforms.contains(Fold.fold(w));
    }

    public boolean isNonOrgAcronym(String w) {
        return nonOrgAcronyms.contains(Fold.fold(w));
    }

    public boolean isPrefixHead(String w) {
        return prefixHeads.contains(Fold.fold(w));
    }

    public boolean isSuffixHead(String w) {
        return suffixHeads.contains(Fold.fold(w));
    }

    /** "position", "profession", "territorial", or null when the words are not a role noun. */
    public String roleKind(String w) {
        return roles.get(Fold.fold(w));
    }

    /** Role forms, folded, longest first. */
    public List<String> roleForms() {
        return roleForms;
    }

    /** "event", "part", or null. */
    public String eventLevel(String w) {
        return eventKinds.get(Fold.fold(w));
    }

    public Set<String> eventKinds() {
        return eventKinds.keySet();
    }

    /** True when the whole paragraph is navigation, a caption or a call to action. */
    public boolean isBoilerplate(String paragraph) {
        String p = paragraph.strip();
        return boilerplate.stream().anyMatch(b -> b.matcher(p).matches());
    }

    private static Set<String> words(String resource) {
        Set<String> s = new HashSet<>();
        for (String line : lines(resource)) {
            for (String w : line.split("\\s+")) {
                s.add(Fold.fold(w.replace('_', ' ')));
            }
        }
        return s;
    }

    private static Map<String, String> pairs(String resource) {
        Map<String, String> m = new HashMap<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            m.put(Fold.fold(f[0]), f.length > 1 ? f[1].strip() : "");
        }
        return m;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
