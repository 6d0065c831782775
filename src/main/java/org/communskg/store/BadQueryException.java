package org.communskg.store;

import org.communskg.CommunsKgException;

/** A SPARQL query that does not parse; the message is the parser's. */
public class BadQueryException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public BadQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
