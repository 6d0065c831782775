package org.communskg;

/**
 * The root of the project's own exceptions. Each stage throws a subtype; the CLI prints its
 * message on one line and the web layer maps each subtype to one HTTP status.
 */
public class CommunsKgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommunsKgException(String message) {
        super(message);
    }

    public CommunsKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
