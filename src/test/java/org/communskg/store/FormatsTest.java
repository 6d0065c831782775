package org.communskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void result_set_names_resolve_to_jena_result_langs() {
        assertThat(Formats.resultSetLang("json")).isEqualTo(ResultSetLang.RS_JSON);
        assertThat(Formats.resultSetLang("XML")).isEqualTo(ResultSetLang.RS_XML);
        assertThat(Formats.resultSetLang("csv")).isEqualTo(ResultSetLang.RS_CSV);
        assertThat(Formats.resultSetLang("tsv")).isEqualTo(ResultSetLang.RS_TSV);
        assertThat(Formats.resultSetLang("srj")).isEqualTo(ResultSetLang.RS_JSON);
        assertThat(Formats.resultSetLang("ttl")).isNull();
    }

    @Test
    void rdf_names_and_extensions_resolve_through_rdflanguages() {
        assertThat(Formats.rdfLang("ttl")).isEqualTo(Lang.TURTLE);
        assertThat(Formats.rdfLang("nt")).isEqualTo(Lang.NTRIPLES);
        assertThat(Formats.rdfLang("jsonld")).isEqualTo(Lang.JSONLD);
        assertThat(Formats.rdfLang("rdf")).isEqualTo(Lang.RDFXML);
        assertThat(Formats.rdfLang("nq")).isEqualTo(Lang.NQUADS);
        assertThat(Formats.rdfLang("trig")).isEqualTo(Lang.TRIG);
        assertThat(Formats.rdfLang("json")).isNull();
        assertThat(Formats.rdfLang("csv")).as("CSV is not an RDF syntax we write").isNull();
    }

    @Test
    void dumps_use_streaming_writers() {
        assertThat(Formats.dumpFormat(Lang.TURTLE)).isEqualTo(RDFFormat.TURTLE_BLOCKS);
        assertThat(Formats.dumpFormat(Lang.NQUADS)).isEqualTo(RDFFormat.NQUADS);
    }
}
