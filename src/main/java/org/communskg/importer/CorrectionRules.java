package org.communskg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.communskg.importer.extract.EventFact;
import org.communskg.importer.extract.Evidence;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;
import org.communskg.importer.extract.PublicationFact;
import org.communskg.importer.extract.RoleFact;
import org.communskg.importer.extract.text.Fold;

/** What each kind of {@link Correction} does to an extraction. Names compare after folding. */
final class CorrectionRules {
    private CorrectionRules() {
    }

    static Extraction apply(Correction c, Extraction x, Evidence added) {
        return switch (c.action()) {
            case REJECT_PERSON -> rejectPerson(x, same(c.subject()));
            case REJECT_ORG -> rejectOrg(x, orgNames(x, c.subject()));
            case REJECT_ROLE -> new Extraction(x.persons(), x.organizations(), x.roles().stream()
                    .filter(r -> !(same(c.subject()).test(r.person()) && same(c.value()).test(r.role())
                            && (c.organization() == null || orgNames(x, c.organization()).test(r.organization()))))
                    .toList(), x.events(), x.publications());
            case REJECT_EVENT -> new Extraction(x.persons(), x.organizations(), x.roles(),
                    x.events().stream().filter(e -> !same(c.subject()).test(e.name())).map(e -> withoutPart(e, c.subject()))
                            .toList(), x.publications());
            case MERGE_PERSON -> mergePerson(x, c.subject(), c.value());
            case MERGE_ORG -> mergeOrg(x, c.subject(), c.value());
            case ADD_ROLE -> addRole(x, c, added);
        };
    }

    private static Predicate<String> same(String name) {
        String folded = Fold.fold(name);
        return s -> s != null && Fold.fold(s).equals(folded);
    }

    /** Matches the canonical name of the organization that has {@code label} as name, acronym or alias. */
    private static Predicate<String> orgNames(Extraction x, String label) {
        Predicate<String> same = same(label);
        List<String> names = x.organizations().stream()
                .filter(o -> same.test(o.name()) || same.test(o.acronym()) || o.aliases().stream().anyMatch(same))
                .map(OrgMention::name).toList();
        return s -> s != null && (same.test(s) || names.contains(s));
    }

    private static Extraction rejectPerson(Extraction x, Predicate<String> who) {
        return rename(new Extraction(x.persons().stream().filter(p -> !who.test(p.name())).toList(), x.organizations(),
                x.roles().stream().filter(r -> !who.test(r.person())).toList(), x.events(), x.publications()),
                n -> who.test(n) ? null : n);
    }

    private static Extraction rejectOrg(Extraction x, Predicate<String> which) {
        return rename(new Extraction(x.persons(), x.organizations().stream().filter(o -> !which.test(o.name())).toList(),
                x.roles().stream().filter(r -> !which.test(r.organization())).toList(), x.events(), x.publications()),
                n -> which.test(n) ? null : n);
    }

    private static Extraction mergePerson(Extraction x, String from, String into) {
        Predicate<String> isFrom = same(from);
        if (x.persons().stream().noneMatch(p -> isFrom.test(p.name()))) {
            return x;
        }
        boolean targetHere = x.persons().stream().anyMatch(p -> same(into).test(p.name()));
        List<PersonMention> persons = new ArrayList<>();
        for (PersonMention p : x.persons()) {
            if (isFrom.test(p.name())) {
                if (!targetHere) {
                    persons.add(new PersonMention(into, plus(p.aliases(), p.name()), p.evidence()));
                }
            } else if (same(into).test(p.name())) {
                persons.add(new PersonMention(p.name(), plus(p.aliases(), from), p.evidence()));
            } else {
                persons.add(p);
            }
        }
        return rename(new Extraction(persons, x.organizations(), x.roles(), x.events(), x.publications()),
                n -> isFrom.test(n) ? into : n);
    }

    private static Extraction mergeOrg(Extraction x, String from, String into) {
        Predicate<String> isFrom = orgNames(x, from);
        OrgMention source = x.organizations().stream().filter(o -> isFrom.test(o.name())).findFirst().orElse(null);
        if (source == null || same(into).test(source.name())) {
            return x;
        }
        OrgMention target = x.organizations().stream().filter(o -> same(into).test(o.name())).findFirst().orElse(null);
        List<OrgMention> orgs = new ArrayList<>();
        for (OrgMention o : x.organizations()) {
            if (o == source) {
                if (target == null) {
                    orgs.add(new OrgMention(into, o.acronym(), plus(o.aliases(), o.name()), o.wikidata(), o.evidence()));
                }
            } else if (o == target) {
                List<String> aliases = plus(o.aliases(), source.name());
                aliases = source.acronym() == null ? aliases : plus(aliases, source.acronym());
                orgs.add(new OrgMention(o.name(), o.acronym(), aliases, o.wikidata(), o.evidence()));
            } else {
                orgs.add(o);
            }
        }
        String newName = target == null ? into : target.name();
        return rename(new Extraction(x.persons(), orgs, x.roles(), x.events(), x.publications()),
                n -> isFrom.test(n) ? newName : n);
    }

    private static Extraction addRole(Extraction x, Correction c, Evidence evidence) {
        if (x.persons().stream().noneMatch(p -> same(c.subject()).test(p.name()))) {
            return x; // the article does not name the person: the fact is not this article's
        }
        String person = x.persons().stream().filter(p -> same(c.subject()).test(p.name())).findFirst().orElseThrow().name();
        List<OrgMention> orgs = new ArrayList<>(x.organizations());
        String org = null;
        if (c.organization() != null) {
            Predicate<String> known = orgNames(x, c.organization());
            org = orgs.stream().map(OrgMention::name).filter(known).findFirst().orElse(null);
            if (org == null) {
                org = c.organization();
                orgs.add(new OrgMention(org, null, List.of(), null, evidence));
            }
        }
        RoleFact role = new RoleFact(person, c.value(), org, evidence);
        if (x.roles().contains(role)) {
            return x;
        }
        List<RoleFact> roles = new ArrayList<>(x.roles());
        roles.add(role);
        return new Extraction(x.persons(), orgs, roles, x.events(), x.publications());
    }

    /** Renames (or, with null, removes) an entity wherever a fact refers to it. */
    private static Extraction rename(Extraction x, UnaryOperator<String> f) {
        List<RoleFact> roles = x.roles().stream()
                .map(r -> new RoleFact(f.apply(r.person()), r.role(), r.organization() == null ? null : f.apply(r.organization()),
                        r.evidence()))
                .filter(r -> r.person() != null).toList();
        List<PublicationFact> pubs = x.publications().stream().map(p -> new PublicationFact(p.title(), p.kind(),
                p.publisher() == null ? null : f.apply(p.publisher()), p.mentionedBy() == null ? null : f.apply(p.mentionedBy()),
                p.evidence())).toList();
        return new Extraction(x.persons(), x.organizations(), roles, x.events().stream().map(e -> rename(e, f)).toList(), pubs);
    }

    private static EventFact rename(EventFact e, UnaryOperator<String> f) {
        return new EventFact(e.name(), e.kind(), e.date(), e.endDate(), e.location(), names(e.organizers(), f),
                names(e.sponsors(), f), names(e.participants(), f), e.partOf(),
                e.moderator() == null ? null : f.apply(e.moderator()), names(e.speakers(), f),
                e.parts().stream().map(p -> rename(p, f)).toList(), e.evidence());
    }

    private static EventFact withoutPart(EventFact e, String part) {
        return new EventFact(e.name(), e.kind(), e.date(), e.endDate(), e.location(), e.organizers(), e.sponsors(),
                e.participants(), e.partOf(), e.moderator(), e.speakers(),
                e.parts().stream().filter(p -> !same(part).test(p.name())).toList(), e.evidence());
    }

    private static List<String> names(List<String> names, UnaryOperator<String> f) {
        return names.stream().map(f).filter(Objects::nonNull).distinct().toList();
    }

    private static List<String> plus(List<String> list, String item) {
        if (list.contains(item)) {
            return list;
        }
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
