package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.communskg.importer.extract.Evidence;
import org.communskg.importer.extract.OrgMention;
import org.junit.jupiter.api.Test;

/** Organizations named differently in two articles (invented names). */
class OrgMatcherTest {
    private static final Node FONDATION = NodeFactory.createURI("urn:org:fondation-lumiere");
    private static final Node REGION = NodeFactory.createURI("urn:org:region-bretagne");
    private static final Node AGENCE = NodeFactory.createURI("urn:org:agence-savoirs");
    private static final Node UNION = NodeFactory.createURI("urn:org:urtls");
    private static final Node COMMISSION = NodeFactory.createURI("urn:org:commission-superieure");

    private final OrgMatcher known = new OrgMatcher();

    OrgMatcherTest() {
        known.add(FONDATION, "Fondation Lumière");
        known.add(REGION, "Région Bretagne");
        known.add(AGENCE, "Agence régionale des savoirs partagés");
        known.add(UNION, "URTLS");
        known.add(COMMISSION, "Commission supérieure des réseaux et des postes");
    }

    @Test
    void an_english_name_meets_its_french_form() {
        assertThat(known.match(org("Lumiere Foundation", null))).isEqualTo(FONDATION);
    }

    @Test
    void a_regional_council_is_its_region() {
        assertThat(known.match(org("Conseil régional de Bretagne", null))).isEqualTo(REGION);
        assertThat(known.match(org("Conseil régional de Normandie", null))).isNull();
    }

    @Test
    void a_bare_acronym_meets_the_full_name_it_spells() {
        assertThat(known.match(org("ARSP", "ARSP"))).isEqualTo(AGENCE);
        assertThat(known.match(org("ARSQ", "ARSQ"))).isNull();
    }

    @Test
    void a_full_name_meets_the_bare_acronym_of_its_initials() {
        assertThat(known.match(org("Union régionale des tiers-lieux solidaires", null))).isEqualTo(UNION);
    }

    @Test
    void a_full_name_with_an_acronym_of_its_own_does_not_take_another() {
        assertThat(known.match(org("Agence régionale des services publics", "ARSP"))).isNull();
    }

    @Test
    void a_typo_in_a_long_name_still_links() {
        assertThat(known.match(org("Commission supérieure des réseaux et des poste", null))).isEqualTo(COMMISSION);
    }

    @Test
    void two_candidates_link_to_neither() {
        OrgMatcher twins = new OrgMatcher();
        twins.add(AGENCE, "Agence régionale des savoirs partagés");
        twins.add(REGION, "Association rurale des savoirs populaires");
        assertThat(twins.match(org("ARSP", "ARSP"))).isNull();
    }

    private static OrgMention org(String name, String acronym) {
        return new OrgMention(name, acronym, List.of(), null, new Evidence("s", 0.9));
    }
}
