package org.communskg.importer.extract;

import java.util.List;

/**
 * An organization named in the article.
 *
 * @param name     the full name when known, else the form the text uses (the canonical form)
 * @param acronym  the acronym, or null
 * @param aliases  other forms seen (spelling variants, "Le Conseil"...)
 * @param wikidata a Wikidata QID from the authority file, or null
 * @param evidence the first sentence that names the organization
 */
public record OrgMention(String name, String acronym, List<String> aliases, String wikidata, Evidence evidence) {
    public OrgMention {
        aliases = List.copyOf(aliases);
    }
}
