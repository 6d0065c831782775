package org.communskg.network;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.NodeFactory;
import org.communskg.network.Network.Edge;
import org.communskg.network.Network.NodeInfo;
import org.communskg.publish.UnknownResourceException;
import org.communskg.search.Kind;
import org.communskg.store.GraphStore;

/**
 * The network of persons, organizations and events, as data to draw: whole, around one node, or
 * over a period, and the figures of the charts ({@link Charts}).
 *
 * <pre>{@code
 * NetworkService networks = NetworkService.over(store);
 * Network all = networks.network(Filter.ALL, 300);
 * Network injep = networks.network(Filter.around("http://localhost:7070/id/organization/injep", 2), 300);
 * }</pre>
 */
public final class NetworkService {
    private final GraphStore store;

    private NetworkService(GraphStore store) {
        this.store = store;
    }

    public static NetworkService over(GraphStore store) {
        return new NetworkService(store);
    }

    /**
     * @param filter what to keep
     * @param limit  the most nodes returned, the most connected first
     * @throws UnknownResourceException when the focus is no node of the network
     */
    public Network network(Filter filter, int limit) {
        Network all = GraphReader.read(store);
        Set<String> keep = new HashSet<>();
        all.nodes().forEach(n -> keep.add(n.iri()));
        if (filter.hasPeriod()) {
            keep.retainAll(inPeriod(all, filter.from(), filter.to()));
        }
        if (filter.focus() != null) {
            if (all.nodes().stream().noneMatch(n -> n.iri().equals(filter.focus()))) {
                throw new UnknownResourceException(filter.focus());
            }
            keep.retainAll(around(all.edges(), keep, filter.focus(), filter.radius()));
        }
        return limited(all, keep::contains, limit);
    }

    /**
     * One node and its direct neighbours, the ones most often linked to it first (by how many
     * articles link them), and the edges between it and them. Reads the edges around it only.
     *
     * @param limit the most nodes, the focus included
     * @throws UnknownResourceException when the IRI is no person, organization or event
     */
    public Network neighbourhood(String iri, int limit) {
        return Neighbourhoods.around(store, NodeFactory.createURI(iri), limit);
    }

    /** The figures behind the charts: events per month, the most connected organizations. */
    public Charts charts(int top) {
        return charts(network(Filter.ALL, Integer.MAX_VALUE), top);
    }

    /** The same figures from the whole network already read, so that a page showing both reads it once. */
    public Charts charts(Network everything, int top) {
        return Charts.of(everything, top);
    }

    /** Events starting in the period, and the nodes linked to them directly. */
    private static Set<String> inPeriod(Network all, LocalDate from, LocalDate to) {
        Set<String> events = new HashSet<>();
        for (NodeInfo n : all.nodes()) {
            LocalDate d = Charts.day(n.date());
            if (n.kind() == Kind.EVENT && d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))) {
                events.add(n.iri());
            }
        }
        Set<String> out = new HashSet<>(events);
        for (Edge e : all.edges()) {
            if (events.contains(e.target())) {
                out.add(e.source());
            }
            if (events.contains(e.source())) {
                out.add(e.target());
            }
        }
        return out;
    }

    /** Breadth-first from the focus, through kept nodes only. */
    private static Set<String> around(List<Edge> edges, Set<String> keep, String focus, int radius) {
        Map<String, Set<String>> adjacent = adjacency(edges, keep::contains);
        Set<String> seen = new HashSet<>(Set.of(focus));
        Deque<String> frontier = new ArrayDeque<>(List.of(focus));
        for (int step = 0; step < radius; step++) {
            Deque<String> next = new ArrayDeque<>();
            for (String n : frontier) {
                for (String m : adjacent.getOrDefault(n, Set.of())) {
                    if (seen.add(m)) {
                        next.add(m);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    /** The kept nodes with their degree among kept nodes, the most connected first, cut at the limit. */
    private static Network limited(Network all, Predicate<String> keep, int limit) {
        Map<String, Set<String>> adjacent = adjacency(all.edges(), keep);
        List<NodeInfo> nodes = all.nodes().stream().filter(n -> keep.test(n.iri()))
                .map(n -> new NodeInfo(n.iri(), n.kind(), n.label(), adjacent.getOrDefault(n.iri(), Set.of()).size(), n.date()))
                .sorted(Comparator.comparingInt((NodeInfo n) -> -n.degree()).thenComparing(NodeInfo::label)
                        .thenComparing(NodeInfo::iri))
                .toList();
        List<NodeInfo> shown = nodes.subList(0, Math.min(limit, nodes.size()));
        Set<String> ids = new HashSet<>();
        shown.forEach(n -> ids.add(n.iri()));
        List<Edge> edges = all.edges().stream().filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList();
        return new Network(List.copyOf(shown), edges, nodes.size());
    }

    private static Map<String, Set<String>> adjacency(List<Edge> edges, Predicate<String> keep) {
        Map<String, Set<String>> adjacent = new HashMap<>();
        for (Edge e : edges) {
            if (keep.test(e.source()) && keep.test(e.target())) {
                adjacent.computeIfAbsent(e.source(), k -> new HashSet<>()).add(e.target());
                adjacent.computeIfAbsent(e.target(), k -> new HashSet<>()).add(e.source());
            }
        }
        return adjacent;
    }
}
