package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.communskg.EndpointLimits;
import org.communskg.store.QueryGate;
import org.communskg.store.ServiceRefusedException;
import org.communskg.store.Sparql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No server-side request forgery: SERVICE is refused before anything runs, wherever it hides,
 * unless the operator allowed its endpoint. A local endpoint records whether it was called.
 */
class FederatedQueryIT {
    static ServiceRecorder remote;
    static TestServer closed;
    static TestServer open;

    @BeforeAll
    static void start() {
        remote = new ServiceRecorder();
        closed = TestServer.start(s -> s);
        open = TestServer.start(s -> s.withEndpoint(EndpointLimits.DEFAULTS.withServiceAllowList(Set.of(remote.url()))));
    }

    @AfterAll
    static void stop() {
        closed.close();
        open.close();
        remote.close();
    }

    static String at(String template) {
        return template.replace("REMOTE", "<" + remote.url() + ">");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE REMOTE { ?x ?p ?o } }",
        "SELECT * { SERVICE SILENT REMOTE { ?x ?p ?o } }",
        "SELECT * { ?s ?p ?o . { SELECT ?x { SERVICE REMOTE { ?x ?q ?r } } } }",
        "SELECT * { ?s ?p ?o OPTIONAL { SERVICE REMOTE { ?s ?q ?r } } }",
        "SELECT * { { ?s ?p ?o } UNION { SERVICE REMOTE { ?s ?q ?r } } }",
        "SELECT * { ?s ?p ?o MINUS { SERVICE REMOTE { ?s ?q ?r } } }",
        "SELECT * { GRAPH ?g { SERVICE REMOTE { ?s ?q ?r } } }",
        "SELECT * { BIND(1 AS ?one) FILTER EXISTS { SERVICE REMOTE { ?s ?q ?r } } }",
        "SELECT * { BIND(1 AS ?one) FILTER NOT EXISTS { { SELECT * { SERVICE REMOTE { ?s ?q ?r } } } } }",
        "SELECT (EXISTS { SERVICE REMOTE { ?s ?q ?r } } AS ?e) {}",
        "SELECT ?s { VALUES ?s { 1 } } ORDER BY (EXISTS { SERVICE REMOTE { ?x ?q ?r } })",
        "SELECT (SAMPLE(IF(EXISTS { SERVICE REMOTE { ?a ?b ?c } }, 1, 0)) AS ?x) {}",
        "SELECT ?k { VALUES ?v { 1 } } GROUP BY (EXISTS { SERVICE REMOTE { ?a ?b ?c } } AS ?k)",
        "SELECT ?v { VALUES ?v { 1 } } ORDER BY DESC(EXISTS { SERVICE REMOTE { ?a ?b ?c } }) LIMIT 1",
        "ASK { SERVICE REMOTE { ?s ?q ?r } }",
        "CONSTRUCT { ?s ?q ?r } WHERE { SERVICE REMOTE { ?s ?q ?r } }",
        "DESCRIBE ?s WHERE { SERVICE REMOTE { ?s ?q ?r } }",
        "SELECT * { BIND(REMOTE AS ?e) SERVICE ?e { ?s ?q ?r } }",
    })
    void service_anywhere_is_refused_before_anything_runs(String template) {
        int before = remote.calls();
        HttpResponse<String> r = closed.http().get("/sparql?query=" + Http.enc(at(template)), null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("SERVICE", "refused");
        assertThat(remote.calls()).as("the remote endpoint was called").isEqualTo(before);
    }

    @Test
    void the_execution_refuses_service_too_should_a_query_skip_the_check() {
        int before = remote.calls();
        QueryGate gate = QueryGate.over(closed.app().store(), EndpointLimits.DEFAULTS);
        Query unchecked = Sparql.parse(at("SELECT * { SERVICE REMOTE { ?x ?p ?o } }"));
        assertThatThrownBy(() -> gate.query(unchecked, qe -> ResultSetFormatter.consume(qe.execSelect())))
                .isInstanceOf(ServiceRefusedException.class);
        assertThat(remote.calls()).isEqualTo(before);
    }

    @Test
    void from_clauses_fetch_nothing() {
        int before = remote.calls();
        HttpResponse<String> r = closed.http().get("/sparql?query=" + Http.enc(at("SELECT * FROM REMOTE { ?s ?p ?o }")), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(remote.calls()).isEqualTo(before);
    }

    @Test
    void an_allowed_endpoint_is_called_and_others_are_still_refused() {
        HttpResponse<String> r = open.http().get("/sparql?query=" + Http.enc(at("SELECT ?x { SERVICE REMOTE { ?x ?p ?o } }")),
                "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("remote");
        assertThat(remote.calls()).isPositive();
        HttpResponse<String> other = open.http().get("/sparql?query="
                + Http.enc("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?x ?p ?o } }"), null);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("only calls");
    }
}
