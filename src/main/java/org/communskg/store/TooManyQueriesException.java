package org.communskg.store;

import java.time.Duration;
import org.communskg.CommunsKgException;

/** Every query slot stayed busy while this query waited (HTTP 503 with {@code Retry-After}). */
public class TooManyQueriesException extends CommunsKgException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    public TooManyQueriesException(int slots, Duration retryAfter) {
        super("The endpoint is busy: " + slots + " queries are already running. Try again in "
                + retryAfter.toSeconds() + " s.");
        this.retryAfter = retryAfter;
    }

    /** When a client should try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
