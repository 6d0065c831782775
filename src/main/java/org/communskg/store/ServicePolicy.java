package org.communskg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitor;

/**
 * Which SERVICE calls a query may make. A public endpoint must not fetch URLs for strangers
 * (server-side request forgery), so SERVICE is refused unless its endpoint is on the operator's
 * allow-list. The check walks the compiled algebra, expressions included, so a SERVICE nested in
 * a subquery, an OPTIONAL, a UNION, a FILTER EXISTS, an ORDER BY or an aggregate is found
 * before anything runs.
 *
 * <pre>{@code
 * ServicePolicy.allowing(Set.of("https://query.wikidata.org/sparql")).check(query);
 * }</pre>
 */
public final class ServicePolicy {
    private final Set<String> allowed;

    private ServicePolicy(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** SERVICE refused everywhere: the default. */
    public static ServicePolicy none() {
        return new ServicePolicy(Set.of());
    }

    /** SERVICE allowed to exactly these endpoint IRIs; a variable endpoint is always refused. */
    public static ServicePolicy allowing(Set<String> endpoints) {
        return new ServicePolicy(endpoints);
    }

    /** @throws ServiceRefusedException naming the first SERVICE the policy refuses */
    public void check(Query query) {
        for (Node endpoint : services(query)) {
            if (!endpoint.isURI() || !allowed.contains(endpoint.getURI())) {
                String name = endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString();
                throw new ServiceRefusedException("SERVICE " + name + " is refused: "
                        + (allowed.isEmpty() ? "federated queries are off on this endpoint."
                        : "this endpoint only calls " + allowed + "."));
            }
        }
    }

    /** Whether any endpoint is allowed at all: if not, the execution is told to refuse SERVICE too. */
    public boolean allowsAny() {
        return !allowed.isEmpty();
    }

    /** Every SERVICE endpoint named anywhere in the query, in the order met. */
    static List<Node> services(Query query) {
        List<Node> found = new ArrayList<>();
        if (query.getQueryPattern() != null) {
            Walker.walk(Algebra.compile(query), new Finder(found));
        }
        return found;
    }

    /**
     * Collects SERVICE nodes. Jena's walker goes into FILTER, BIND and projection expressions
     * (and so into EXISTS) but not into sort conditions nor aggregates: those are walked here.
     */
    private static final class Finder extends OpVisitorBase {
        private final List<Node> found;

        Finder(List<Node> found) {
            this.found = found;
        }

        @Override
        public void visit(OpService service) {
            found.add(service.getService());
        }

        @Override
        public void visit(OpOrder order) {
            order.getConditions().forEach(c -> walk(c.getExpression()));
        }

        @Override
        public void visit(OpTopN top) {
            top.getConditions().forEach(c -> walk(c.getExpression()));
        }

        @Override
        public void visit(OpGroup group) {
            group.getGroupVars().getExprs().values().forEach(this::walk);
            for (ExprAggregator aggregate : group.getAggregators()) {
                ExprList args = aggregate.getAggregator().getExprList();
                if (args != null) {
                    args.forEach(this::walk);
                }
            }
        }

        /** Into an expression, and from its EXISTS into their patterns. */
        private void walk(Expr expr) {
            Walker.walk(expr, this, (ExprVisitor) null);
        }
    }
}
