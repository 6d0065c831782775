package org.communskg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.communskg.store.Formats;
import org.junit.jupiter.api.Test;

class NegotiationTest {
    @Test
    void no_accept_header_gives_the_default() {
        assertThat(Negotiation.choose(null, Formats.RESULT_SETS)).isEqualTo(ResultSetLang.RS_JSON);
        assertThat(Negotiation.choose("*/*", Formats.GRAPHS)).isEqualTo(Lang.TURTLE);
    }

    @Test
    void the_best_quality_wins() {
        assertThat(Negotiation.choose("application/sparql-results+json;q=0.5, text/csv", Formats.RESULT_SETS))
                .isEqualTo(ResultSetLang.RS_CSV);
        assertThat(Negotiation.choose("application/ld+json", Formats.GRAPHS)).isEqualTo(Lang.JSONLD);
    }

    @Test
    void alternative_content_types_count() {
        assertThat(Negotiation.choose("application/turtle", Formats.GRAPHS)).isEqualTo(Lang.TURTLE);
        assertThat(Negotiation.choose("application/json", Formats.RESULT_SETS)).isEqualTo(ResultSetLang.RS_JSON);
        assertThat(Negotiation.choose("text/xml", Formats.RESULT_SETS)).isEqualTo(ResultSetLang.RS_XML);
    }

    @Test
    void a_browser_accept_header_falls_back_to_the_default() {
        assertThat(Negotiation.choose("text/html,application/xhtml+xml,*/*;q=0.8", Formats.RESULT_SETS))
                .isEqualTo(ResultSetLang.RS_JSON);
    }

    @Test
    void nothing_acceptable_is_refused() {
        assertThatThrownBy(() -> Negotiation.choose("image/png", Formats.RESULT_SETS))
                .isInstanceOf(NotAcceptableException.class).hasMessageContaining("image/png");
    }

    @Test
    void browsers_get_the_page_and_rdf_clients_the_graph() {
        String chromium = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        assertThat(Negotiation.choose(chromium, Negotiation.PAGE_OR_GRAPH)).isEqualTo(Negotiation.HTML);
        assertThat(Negotiation.choose("*/*", Negotiation.PAGE_OR_GRAPH)).isEqualTo(Lang.TURTLE);
        assertThat(Negotiation.choose(null, Negotiation.PAGE_OR_GRAPH)).isEqualTo(Lang.TURTLE);
        assertThat(Negotiation.choose("text/turtle;q=0.9, application/rdf+xml", Negotiation.PAGE_OR_GRAPH))
                .isEqualTo(Lang.RDFXML);
    }
}
