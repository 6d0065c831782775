package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorityTest {

    @Test
    void bundled_authority_resolves_acronyms_and_aliases() {
        Authority a = Authority.bundled();
        assertThat(a.findOrg("INJEP")).map(Authority.Org::name)
                .hasValue("Institut national de la jeunesse et de l'éducation populaire");
        assertThat(a.findOrg("conseil national du numerique")).map(Authority.Org::acronym).hasValue("CNNum");
        assertThat(a.findOrg("Wikimedia France")).map(Authority.Org::name).hasValue("Wikimédia France");
        assertThat(a.findOrg("ESS")).isEmpty();
    }

    @Test
    void bundled_authority_claims_only_the_wikidata_ids_that_were_checked() {
        // Each of these was checked against independent public sources; add one here only after checking it too.
        assertThat(Authority.bundled().organizations().stream().filter(o -> o.wikidata() != null)
                .map(o -> o.name() + "=" + o.wikidata()).toList()).containsExactlyInAnyOrder(
                "Le Monde=Q12461", "Mozilla Foundation=Q55672",
                "Institut national de la statistique et des études économiques=Q156616",
                "Centre national de la recherche scientifique=Q280413");
    }

    @Test
    void user_folder_is_read_with_comments_and_empty_cells(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("organizations.tsv"), """
                # my orgs
                name\tacronym\taliases\twikidata\twebsite\tkind
                Collectif Brique\tCB\tBrique|La Brique\t\t\tassociation
                """);
        Authority a = Authority.load(dir);
        assertThat(a.findOrg("La Brique")).map(Authority.Org::acronym).hasValue("CB");
        assertThat(a.organizations().get(0).website()).isNull();
        assertThat(a.persons()).isEmpty();
    }

    @Test
    void empty_authority_finds_nothing() {
        assertThat(Authority.empty().findOrg("INJEP")).isEmpty();
    }
}
