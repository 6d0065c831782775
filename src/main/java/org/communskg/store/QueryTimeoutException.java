package org.communskg.store;

import org.communskg.CommunsKgException;

/** A query ran longer than the configured timeout and was cancelled. */
public class QueryTimeoutException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
