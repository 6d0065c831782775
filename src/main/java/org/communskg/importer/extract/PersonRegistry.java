package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.eval.SequenceMatcher;
import org.communskg.importer.extract.text.Fold;

/**
 * The persons of one article. A later "Rémy Castagne" joins an earlier "Rémi Castagne" (same
 * surname, first names that differ by a letter or two) as an alias; a surname alone refers to
 * the person introduced earlier with it.
 */
final class PersonRegistry {

    /** One person. */
    static final class Entry {
        final String name;
        final String surname;
        final Set<String> aliases = new LinkedHashSet<>();
        final String sentence;
        final double confidence;

        Entry(String name, String surname, String sentence, double confidence) {
            this.name = name;
            this.surname = surname;
            this.sentence = sentence;
            this.confidence = confidence;
        }

        PersonMention toMention() {
            return new PersonMention(name, List.copyOf(aliases), new Evidence(sentence, confidence));
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Registers a full name "First [particles] Surname"; returns the entry it joins or creates. */
    Entry register(String first, String surname, String sentence, double confidence) {
        String full = first + " " + surname;
        for (Entry e : entries) {
            if (Fold.fold(e.name).equals(Fold.fold(full)) || e.aliases.contains(full)) {
                return e;
            }
        }
        for (Entry e : entries) {
            String otherFirst = e.name.substring(0, e.name.length() - e.surname.length()).strip();
            if (Fold.fold(e.surname).equals(Fold.fold(surname))
                    && (SequenceMatcher.ratio(Fold.fold(otherFirst), Fold.fold(first)) >= 0.75
                    || FirstNames.compatible(otherFirst, first))) {
                e.aliases.add(full);
                return e;
            }
        }
        Entry e = new Entry(full, surname, sentence, confidence);
        entries.add(e);
        return e;
    }

    /** The person whose surname (or full name) this is, when exactly one person has it. */
    Entry bySurname(String surname) {
        Entry found = null;
        for (Entry e : entries) {
            if (Fold.fold(e.surname).equals(Fold.fold(surname)) || Fold.fold(e.name).equals(Fold.fold(surname))) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    List<Entry> entries() {
        return entries;
    }

    List<PersonMention> mentions() {
        return entries.stream().map(Entry::toMention).toList();
    }
}
