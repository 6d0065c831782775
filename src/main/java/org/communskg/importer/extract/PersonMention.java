package org.communskg.importer.extract;

import java.util.List;

/**
 * A person named in the article.
 *
 * @param name     the full name in normal case, without civility (the canonical form)
 * @param aliases  other spellings seen in the same article
 * @param evidence the first sentence that names the person
 */
public record PersonMention(String name, List<String> aliases, Evidence evidence) {
    public PersonMention {
        aliases = List.copyOf(aliases);
    }
}
