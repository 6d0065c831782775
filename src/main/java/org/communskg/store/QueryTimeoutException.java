package org.communskg.store;

import org.communskg.CommunsKgException;

/** A query ran longer than the configured timeout and was cancelled. */
public class QueryTimeoutException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The one line every store reports: {@code QueryTimeoutException.after(Duration.ofSeconds(30), e)}. */
    public static QueryTimeoutException after(java.time.Duration timeout, Throwable cause) {
        return new QueryTimeoutException("The query ran past the " + timeout.toSeconds() + " s timeout.", cause);
    }
}
