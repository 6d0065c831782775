package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.eval.SequenceMatcher;
import org.communskg.importer.extract.text.Fold;

/**
 * The organizations of one article. Every surface form is registered here and merged with the
 * entry it names (same folded form, same acronym, a typo or case variant, an authority label),
 * so that roles and events can refer to one canonical name, computed at the end.
 */
final class OrgRegistry {

    /** One organization; mutable while the article is read, since a later sentence may define it. */
    static final class Entry {
        String name;
        String acronym;
        String wikidata;
        boolean fromAuthority;
        final Set<String> forms = new LinkedHashSet<>();
        String sentence;
        double confidence;
        String lastState;

        OrgMention toMention() {
            List<String> aliases = new ArrayList<>();
            for (String f : forms) {
                if (!f.equals(name) && !f.equals(acronym)) {
                    aliases.add(f);
                }
            }
            return new OrgMention(name, acronym, aliases, wikidata, new Evidence(sentence, confidence));
        }

        boolean hasLabel(String s) {
            String f = Fold.fold(s);
            if (acronym != null && acronym.equalsIgnoreCase(s)) {
                return true;
            }
            return foldedLabels().contains(f);
        }

        private final Set<String> folded = new java.util.HashSet<>();
        private String foldedFor;

        /** Folded name and forms, recomputed only when they change. */
        private Set<String> foldedLabels() {
            String key = name + "|" + forms.size();
            if (!key.equals(foldedFor)) {
                folded.clear();
                folded.add(Fold.fold(name));
                forms.forEach(x -> folded.add(Fold.fold(x)));
                foldedFor = key;
            }
            return folded;
        }
    }

    private final Authority authority;
    private final List<Entry> entries = new ArrayList<>();
    /** Bumped on every change, so indexes over the labels know when to rebuild. */
    private int version;

    OrgRegistry(Authority authority) {
        this.authority = authority;
    }

    /** The entry a name refers to, or null; fuzzy on full names (typos, case, word order, language), exact on acronyms. */
    Entry find(String surface) {
        for (Entry e : entries) {
            if (e.hasLabel(surface)) {
                return e;
            }
        }
        for (Entry e : entries) {
            if (labels(e).stream().anyMatch(l -> AbbreviatedNames.same(surface, l))) {
                return e;
            }
        }
        for (Entry e : entries) {
            if (labels(e).stream().anyMatch(l -> OrgNames.sameOrganization(surface, l))) {
                return e;
            }
        }
        if (surface.length() >= 12) {
            String f = Fold.fold(surface);
            for (Entry e : entries) {
                for (String label : labels(e)) {
                    if (label.length() >= 12 && SequenceMatcher.ratio(f, Fold.fold(label)) >= 0.9) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /** Registers a form (and its acronym when the text defines one); returns its entry. */
    Entry register(String form, String acronym, String sentence, double confidence) {
        String surface = OrgNames.withoutNationality(form);
        int before = entries.size();
        Entry e = registerInner(surface, acronym, sentence, confidence);
        String state = e.name + "|" + e.acronym + "|" + e.forms.size();
        if (entries.size() != before || !state.equals(e.lastState)) {
            version++; // only real changes invalidate the label index
            e.lastState = state;
        }
        return e;
    }

    private Entry registerInner(String surface, String acronym, String sentence, double confidence) {
        Entry e = find(surface);
        if (e == null && acronym != null) {
            e = find(acronym);
        }
        Authority.Org a = authority.findOrg(surface).orElse(acronym == null ? null : authority.findOrg(acronym).orElse(null));
        if (e == null && a != null) {
            e = find(a.name());
            if (e == null && a.acronym() != null) {
                e = find(a.acronym());
            }
        }
        if (e == null) {
            e = new Entry();
            e.name = surface;
            e.sentence = sentence;
            e.confidence = confidence;
            entries.add(e);
        }
        e.forms.add(surface);
        if (acronym != null && e.acronym == null) {
            e.acronym = acronym;
        }
        if (isAcronymOnly(e) && acronym != null && !surface.equals(acronym)) {
            e.name = surface; // the text now gives the full name
        }
        if (a != null && !e.fromAuthority) {
            e.fromAuthority = true;
            e.name = a.name();
            e.acronym = a.acronym() != null ? a.acronym() : e.acronym;
            e.wikidata = a.wikidata();
        }
        e.confidence = Math.max(e.confidence, confidence);
        return e;
    }

    /** Adds an alias ("Le Conseil") to an entry. */
    void alias(Entry e, String form) {
        if (e.forms.add(form)) {
            version++;
        }
    }

    int version() {
        return version;
    }

    List<Entry> entries() {
        return entries;
    }

    List<OrgMention> mentions() {
        return entries.stream().map(Entry::toMention).toList();
    }

    private static boolean isAcronymOnly(Entry e) {
        return e.acronym != null && e.name.equals(e.acronym);
    }

    private static Set<String> labels(Entry e) {
        Set<String> s = new LinkedHashSet<>(e.forms);
        s.add(e.name);
        return s;
    }
}
