package org.communskg.web;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.communskg.network.Charts;
import org.communskg.network.Network;
import org.communskg.network.Network.Edge;
import org.communskg.network.Network.NodeInfo;

/** The network and the charts as JSON, each node with the link to its page. */
final class NetworkJson {
    private final Hrefs hrefs;

    NetworkJson(Hrefs hrefs) {
        this.hrefs = hrefs;
    }

    Hrefs hrefs() {
        return hrefs;
    }

    JsonObject network(Network n) {
        JsonArray nodes = new JsonArray();
        n.nodes().forEach(x -> nodes.add(node(x)));
        JsonArray edges = new JsonArray();
        for (Edge e : n.edges()) {
            JsonObject o = new JsonObject();
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("relation", e.relation());
            edges.add(o);
        }
        JsonObject o = new JsonObject();
        o.put("nodes", nodes);
        o.put("edges", edges);
        o.put("total", n.total());
        o.put("truncated", n.truncated());
        return o;
    }

    JsonObject charts(Charts c) {
        JsonArray months = new JsonArray();
        for (Charts.Bar b : c.eventsByMonth()) {
            JsonObject o = new JsonObject();
            o.put("month", b.label());
            o.put("events", b.value());
            months.add(o);
        }
        JsonArray orgs = new JsonArray();
        c.topOrganizations().forEach(x -> orgs.add(node(x)));
        JsonObject o = new JsonObject();
        o.put("eventsByMonth", months);
        o.put("undatedEvents", c.undated());
        o.put("topOrganizations", orgs);
        return o;
    }

    private JsonObject node(NodeInfo x) {
        JsonObject o = new JsonObject();
        o.put("iri", x.iri());
        o.put("kind", x.kind().key());
        o.put("label", x.label());
        o.put("degree", x.degree());
        if (x.date() != null) {
            o.put("date", x.date());
        }
        String page = hrefs.href(x.iri());
        if (page != null) {
            o.put("page", page);
        }
        return o;
    }
}
