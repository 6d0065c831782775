package org.communskg.importer.extract;

import java.util.List;

/**
 * Everything the extractor found in one article. Entities are referred to by their canonical
 * names ({@link PersonMention#name()}, {@link OrgMention#name()}); the mapper turns those into IRIs.
 *
 * <pre>{@code
 * Extraction x = new RuleBasedExtractor(Authority.bundled()).extract(article);
 * x.persons().forEach(p -> System.out.println(p.name()));
 * }</pre>
 */
public record Extraction(
        List<PersonMention> persons,
        List<OrgMention> organizations,
        List<RoleFact> roles,
        List<EventFact> events,
        List<PublicationFact> publications) {

    public Extraction {
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        publications = List.copyOf(publications);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
