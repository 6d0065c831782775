package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.RoleSpotter.RoleRec;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * A board or staff list line that opens on its office: "Présidente : X", "Vice-président·es : A et
 * B (…)", "Trésorier : C, gérant de …", "Contact presse : D – 06 …". The office goes to each name
 * the line opens with; its organization is left for {@link HouseRoles} to fill. Only offices held
 * inside an organization count: "Intervenants : X" or "Modération : Y" name no post.
 */
final class HeaderRoles {
    private final RoleLexicon roles;

    HeaderRoles(RoleLexicon roles) {
        this.roles = roles;
    }

    List<RoleRec> spot(Sent s) {
        int colon = s.find(0, ":");
        boolean contact = s.tok(0).is("contact", "press", "media") && colon == 2;
        int end = roles.roleEnd(s, 0);
        end += s.tok(end).is("adjoint", "adjointe") ? 1 : 0; // "Secrétaire adjoint : X"
        if (colon < 1 || colon > 4 || !contact && end != colon) {
            return List.of();
        }
        String office = singular(s.span(0, colon));
        if (!contact && !HouseRoles.isOffice(office)) {
            return List.of();
        }
        List<RoleRec> out = new ArrayList<>();
        PersonOcc p = s.personAt(colon + 1);
        if (contact && p != null && s.tok(p.end()).is(",") && roles.roleEnd(s, p.end() + 1) > 0) {
            return List.of(); // "Contact presse : X, chargée de communication": the post says it better
        }
        while (p != null) {
            out.add(new RoleRec(p.entry(), office, null, s.text, 0.75));
            int next = s.tok(p.end()).is("(") ? s.find(p.end(), ")") + 1 : p.end(); // "A (Lieu X, Tarn) et B (…)"
            p = next > 0 && s.tok(next).is("et", "and", ",") ? s.personAt(next + 1) : null;
        }
        return out;
    }

    /** "Vice-président·es", "Trésoriers": a header names the office in the plural or inclusive form. */
    static String singular(String office) {
        String w = office.replaceAll("[·.•‧⋅]e?s?$", "").replaceAll("\\(e\\)s?$", "");
        return w.equals(office) && office.matches("(?iu).*\\p{L}{4,}s$") ? office.substring(0, office.length() - 1) : w;
    }
}
