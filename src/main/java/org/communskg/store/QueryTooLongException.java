package org.communskg.store;

import org.communskg.CommunsKgException;

/** A query text longer than the endpoint accepts (HTTP 413). */
public class QueryTooLongException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public QueryTooLongException(int length, int limit) {
        super("The query is " + length + " characters long; this endpoint accepts at most " + limit + ".");
    }
}
