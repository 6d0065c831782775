package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communskg.importer.Article;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Sentences;

/**
 * Rule-based extraction of persons, organizations, roles, events and publications from a French
 * (or English) news article. Deterministic, no model files: word lists and patterns only, with a
 * bias for precision (a wrong fact in a public graph costs more than a missing one).
 *
 * <pre>{@code
 * Extractor ex = new RuleBasedExtractor(Authority.bundled());
 * Extraction x = ex.extract(article);
 * x.roles().forEach(r -> System.out.println(r.person() + " — " + r.role() + " — " + r.organization()));
 * }</pre>
 */
public final class RuleBasedExtractor implements Extractor {
    private final Authority authority;
    private final RoleLexicon roleLexicon = new RoleLexicon();

    /** An extractor that canonicalizes organizations with the given authority. */
    public RuleBasedExtractor(Authority authority) {
        this.authority = authority;
    }

    /** An extractor using the authority file shipped in the jar. */
    public RuleBasedExtractor() {
        this(Authority.bundled());
    }

    @Override
    public Extraction extract(Article article) {
        List<Sent> sents = read(article);
        boolean english = article.language().toLowerCase(java.util.Locale.ROOT).startsWith("en");
        sents.forEach(s -> s.english = english);
        OrgRegistry orgReg = new OrgRegistry(authority);
        OrgSpotter orgs = new OrgSpotter(orgReg, authority);
        sents.forEach(orgs::defineAcronyms);
        SiteOwner.registerNamed(article, sents, orgReg);
        new PublisherAliases(orgReg).mark(article.publisher(), sents);
        sents.forEach(orgs::spot);
        sents.forEach(orgs::spotKnown);

        PersonRegistry personReg = new PersonRegistry();
        PersonSpotter persons = new PersonSpotter(personReg, roleLexicon);
        sents.forEach(persons::spot);

        RoleSpotter roles = new RoleSpotter(roleLexicon, orgs);
        roles.publisher = article.publisher() == null ? null : orgReg.find(article.publisher());
        roles.publisherName = article.publisher();
        OrgRegistry.Entry site = null;
        if (article.publisher() == null) {
            // No publisher in the metadata: the organization whose own site this is speaks instead.
            String siteName = SiteOwner.siteName(article);
            site = siteName != null ? orgReg.find(siteName) : SiteOwner.byAddress(article, orgReg);
            roles.publisher = site;
            roles.publisherName = siteName;
        }
        OrgRegistry.Entry house = HouseRoles.house(article, sents, roles.publisher);
        roles.house(house);
        roles.article(sents);
        List<RoleSpotter.RoleRec> roleRecs = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            roleRecs.addAll(roles.spot(sents.get(i), lastSubject(sents, i), i > 0 ? sents.get(i - 1) : null));
        }

        // An office in a byline on the site's own page: the site's organization, registered if need be.
        OrgRegistry.Entry siteEntry = site;
        String siteName = article.publisher() == null ? SiteOwner.siteName(article) : null;
        roleRecs = RegionalOffices.fill(OwnAffiliations.fill(roleRecs), sents, orgReg);
        roleRecs = SiteOwner.bylines(HouseRoles.fill(roleRecs, house), () -> siteEntry != null ? siteEntry
                : siteName == null ? null : orgReg.register(siteName, null, article.title(), 0.7));

        PublicationSpotter pubs = new PublicationSpotter(orgs);
        List<PublicationSpotter.PubRec> pubRecs = new ArrayList<>();
        sents.forEach(s -> pubRecs.addAll(pubs.spot(s)));
        EventSpotter events = new EventSpotter(orgs, article.year());
        events.headline(article.title());
        events.house(house != null ? house : EventVoice.siteOwner(article, orgReg, sents));
        events.unnamedEvents.publications = publications(pubRecs).stream().map(PublicationFact::title).toList();
        sents.forEach(events::spot);

        return new Extraction(personReg.mentions(), organizations(orgReg), roleFacts(roleRecs), events.facts(),
                publications(pubRecs));
    }

    /** One fact per title: a heading and the sentence under it name the same publication; the one with a publisher wins. */
    private static List<PublicationFact> publications(List<PublicationSpotter.PubRec> recs) {
        Map<String, PublicationSpotter.PubRec> byTitle = new LinkedHashMap<>();
        for (PublicationSpotter.PubRec r : recs) {
            byTitle.merge(Fold.fold(r.title()), r, (a, b) -> a.publisher() == null && b.publisher() != null ? b : a);
        }
        return byTitle.values().stream().map(PublicationSpotter.PubRec::toFact).toList();
    }

    /** Paragraphs to sentences, navigation and captions like "Visionner le replay" left out. */
    private static List<Sent> read(Article article) {
        List<Sent> out = new ArrayList<>();
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (Lexicon.get().isBoilerplate(paragraphs.get(p))) {
                continue;
            }
            boolean first = true;
            for (String line : paragraphs.get(p).split("\\R")) {
                for (String sentence : Sentences.split(line)) {
                    out.add(new Sent(p, first, sentence));
                    first = false;
                }
            }
        }
        return out;
    }

    /** Of the three sentences before i, the nearest that opens with an organization ("Son président" refers to it). */
    private static Sent lastSubject(List<Sent> sents, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (sents.get(k).orgs.stream().anyMatch(o -> o.start() <= 2)) {
                return sents.get(k);
            }
        }
        return null;
    }

    private static List<OrgMention> organizations(OrgRegistry reg) {
        return reg.entries().stream()
                .filter(e -> !Lexicon.get().isPlatform(e.name) && !Lexicon.get().isPlace(e.name))
                .map(OrgRegistry.Entry::toMention).toList();
    }

    /** One fact per (person, role, organization); a bare affiliation yields to a role at the same place. */
    private static List<RoleFact> roleFacts(List<RoleSpotter.RoleRec> recs) {
        Map<String, RoleFact> facts = new LinkedHashMap<>();
        for (RoleSpotter.RoleRec r : recs) {
            String org = r.org() == null ? null : r.org().name;
            if (r.role() == null && recs.stream().anyMatch(o -> o.person() == r.person() && o.role() != null && o.org() == r.org())) {
                continue;
            }
            if (r.org() == null && r.role() != null && recs.stream().anyMatch(o -> o.person() == r.person() && o.org() != null
                    && Fold.fold(r.role()).equals(Fold.fold(o.role())))) {
                continue; // "trésorier" read twice, once with the board's organization
            }
            if (r.role() != null && recs.stream().anyMatch(o -> o.person() == r.person() && o.org() == r.org() && widens(o.role(), r.role()))) {
                continue; // "La députée X" then "X, députée du Finistère": one role, in its fuller words
            }
            String key = r.person().name + "|" + sameOffice(r.role()) + "|" + org;
            facts.putIfAbsent(key, new RoleFact(r.person().name, r.role(), org, new Evidence(r.sentence(), r.confidence())));
        }
        return new ArrayList<>(facts.values());
    }

    /** "la nouvelle présidente", "présidente", "président" at one place: one office, said three ways. */
    private static String sameOffice(String role) {
        if (role == null) {
            return "null";
        }
        String f = Fold.fold(role).replaceFirst("^(nouvelle|nouveau|new) ", "");
        return f.matches("\\S+e") && !f.endsWith("ee") ? f.substring(0, f.length() - 1) : f;
    }

    /** The longer role starts with the shorter one's words: "députée du Finistère" widens "députée". */
    private static boolean widens(String longer, String shorter) {
        if (longer == null) {
            return false;
        }
        String l = Fold.fold(longer);
        String sh = Fold.fold(shorter);
        // "président d'honneur" is an office of its own, not "président" in fuller words.
        return l.length() > sh.length() && l.startsWith(sh + " ") && !l.matches(".* (d'honneur|honoraire)$");
    }
}
