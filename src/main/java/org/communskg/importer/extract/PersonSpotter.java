package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communskg.importer.extract.Sent.PersonOcc;
import org.communskg.importer.extract.text.Chains;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Finds persons: a known first name followed by one to three surname words, or an unknown first
 * name in a context that only a person fits (civility, byline, interview "X :", apposition with a
 * role). A surname alone refers back to the person introduced with it.
 */
final class PersonSpotter {
    private final PersonRegistry reg;
    private final RoleLexicon roles;
    private final Lexicon lex = Lexicon.get();

    PersonSpotter(PersonRegistry reg, RoleLexicon roles) {
        this.reg = reg;
        this.roles = roles;
    }

    void spot(Sent s) {
        for (int i = 0; i < s.toks.size(); i++) {
            if (s.covered(i)) {
                continue;
            }
            int initials = FirstNames.initialsEnd(s.toks, i);
            if (initials > i && !isCivility(s, i) && (i == 0 || !s.tok(i - 1).text().matches("\\p{Lu}|\\."))) {
                int end = surnameEnd(s, initials);
                if (end > initials && (strongContext(s, i, end) || reg.bySurname(s.tok(initials).text()) != null)) {
                    PersonRegistry.Entry e = reg.register(s.span(i, initials).replace(" ", ""), normalCase(s.span(initials, end)), s.text, 0.8);
                    s.persons.add(new PersonOcc(i, end, e));
                    i = end - 1;
                    continue;
                }
            }
            boolean civility = isCivility(s, i);
            int first = civility ? skipCivility(s, i) : i;
            Token t = s.tok(first);
            if (!isPersonWord(t)) {
                continue;
            }
            int end = surnameEnd(s, first + 1);
            boolean known = lex.isFirstName(t.text()) && !lex.isPlace(t.text());
            if (end > first + 1 && (known || civility || strongContext(s, first, end))) {
                String surname = normalCase(s.span(first + 1, end));
                PersonRegistry.Entry e = reg.register(normalCase(t.text()), surname, s.text, known ? 0.9 : 0.8);
                s.persons.add(new PersonOcc(first, end, e));
                i = end - 1;
            } else if (end == first + 1) {
                PersonRegistry.Entry e = reg.bySurname(t.text());
                if (e != null && !lex.isFirstName(t.text())) {
                    s.persons.add(new PersonOcc(first, first + 1, e));
                }
            }
        }
    }

    private boolean isPersonWord(Token t) {
        // "Keynote de Sandrine X": an event noun opening a programme line is no first name.
        return Chains.isNameWord(t) && !lex.isPrefixHead(t.text()) && !lex.isPlatform(t.text())
                && !(t.isAcronymLike() && !t.text().matches("\\p{Lu}+")) && (lex.eventLevel(t.text()) == null || lex.isFirstName(t.text()));
    }

    /** End of the surname words starting at j: capitalised words and particles ("Le Goff", "de Villiers"). */
    private int surnameEnd(Sent s, int j) {
        int end = j;
        int parts = 0;
        while (parts < 3) {
            Token t = s.tok(end);
            boolean particle = t.is("le", "la", "de", "du", "d'", "van", "von", "da", "di", "ben", "el", "del")
                    && (t.isCapitalized() || parts == 0 && !t.is("le", "la")) && isSurnameWord(s.tok(end + 1));
            // "de La Roche", "van den Berg": a particle of two words
            boolean pair = t.is("de", "van", "von") && (!t.isCapitalized() || s.tok(end + 1).text().matches("den|der")) && parts == 0 && s.tok(end + 1).text().matches("La|Le|den|der")
                    && isSurnameWord(s.tok(end + 2));
            if (pair) {
                end += 3;
            } else if (particle) {
                end += 2;
            } else if (isSurnameWord(t)) {
                end++;
            } else {
                break;
            }
            parts++;
        }
        return end;
    }

    private boolean isSurnameWord(Token t) {
        return Chains.isNameWord(t) && !lex.isPrefixHead(t.text()) && !lex.isSuffixHead(t.text())
                && lex.eventLevel(t.text()) == null && !lex.isPlace(t.text()) && !lex.isNonOrgAcronym(t.text())
                && !(t.isAcronymLike() && t.text().length() < 3);
    }

    /** Unknown first names: a byline, an interview turn, a civility, or a role right after. */
    private boolean strongContext(Sent s, int first, int end) {
        boolean byline = s.paragraphStart && first == 1 && s.tok(0).is("par", "by");
        boolean interview = s.paragraphStart && first == 0 && s.tok(end).is(":");
        boolean apposition = s.tok(end).is(",") && roles.roleEnd(s, end + 1) > 0;
        boolean affiliation = s.tok(end).is("(") && orgIn(s, end + 1);
        boolean titled = roleBefore(s, first);
        return byline || interview || apposition || affiliation || titled;
    }

    /** "(Carto Commune)", "(INJEP)": an organization already known fills the parentheses. */
    private static boolean orgIn(Sent s, int i) {
        Sent.OrgOcc o = s.orgAt(i);
        return o != null && s.tok(o.end()).is(")");
    }

    /** "l'urbaniste Tiphaine Morvan", "la journaliste X": a role noun with its article right before. */
    private boolean roleBefore(Sent s, int first) {
        for (int j = Math.max(0, first - 3); j < first; j++) {
            boolean article = s.tok(j - 1).is("le", "la", "l'", "the", "son", "sa", "leur", "its", "their");
            if (article && (roles.roleEnd(s, j) == first || s.tok(first - 1).is(",") && roles.roleEnd(s, j) == first - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCivility(Sent s, int i) {
        Token t = s.tok(i);
        return t.text().equals("M") && s.tok(i + 1).is(".") || t.text().matches("Mme|Mmes|Mlle|Dr|Pr|Mr|Mrs|Ms")
                || t.text().matches("Monsieur|Madame");
    }

    private static int skipCivility(Sent s, int i) {
        int j = i + 1;
        return s.tok(j).is(".") ? j + 1 : j;
    }

    /** "DUPONT" becomes "Dupont"; mixed case is kept as written. */
    static String normalCase(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split(" ")) {
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) {
                StringBuilder b = new StringBuilder();
                boolean up = true;
                for (char c : w.toCharArray()) {
                    b.append(up ? c : Character.toLowerCase(c));
                    up = c == '-' || c == '\'';
                }
                out.add(b.toString());
            } else {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }
}
