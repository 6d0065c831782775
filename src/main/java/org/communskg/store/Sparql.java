package org.communskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;

/**
 * The boundary where SPARQL text becomes a Jena {@link Query}: Jena's parse errors turn into
 * {@link BadQueryException}, and an update is recognised and refused.
 *
 * <pre>{@code
 * Query q = Sparql.parse("SELECT * { ?s ?p ?o } LIMIT 1");
 * }</pre>
 */
public final class Sparql {
    private Sparql() {
    }

    public static Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadQueryException("The query is empty.", null);
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new UpdateRefusedException();
            }
            throw new BadQueryException(firstLine(e.getMessage()), e);
        } catch (QueryException e) {
            // Parsed, but not a query ARQ can build (a variable bound twice, an aggregate out of place...).
            throw new BadQueryException("Bad query: " + firstLine(e.getMessage()).replaceFirst("^Syntax error: ", ""), e);
        }
    }

    /** Jena's parser lists every token it expected; the first line says what and where. */
    private static String firstLine(String message) {
        if (message == null) {
            return "Syntax error";
        }
        String line = message.strip().lines().findFirst().orElse("Syntax error");
        return "Syntax error: " + line.replaceAll("\\s+", " ");
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryParseException notAnUpdateEither) {
            return false;
        }
    }
}
