package org.communskg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SparqlTest {
    @Test
    void a_select_parses() {
        assertThat(Sparql.parse("SELECT * { ?s ?p ?o } LIMIT 1").isSelectType()).isTrue();
    }

    @Test
    void a_syntax_error_gives_the_parser_message() {
        assertThatThrownBy(() -> Sparql.parse("SELECT * { ?s ?p }"))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("line 1");
    }

    @Test
    void an_update_is_refused_not_reported_as_a_syntax_error() {
        assertThatThrownBy(() -> Sparql.parse("INSERT DATA { <http://a> <http://b> <http://c> }"))
                .isInstanceOf(UpdateRefusedException.class);
        assertThatThrownBy(() -> Sparql.parse("DROP ALL")).isInstanceOf(UpdateRefusedException.class);
    }

    @Test
    void an_empty_query_is_a_bad_query() {
        assertThatThrownBy(() -> Sparql.parse("  ")).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> Sparql.parse(null)).isInstanceOf(BadQueryException.class);
    }
}
