package org.communskg.store;

import org.communskg.CommunsKgException;

/** The store cannot be opened, read or written. */
public class StoreException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
