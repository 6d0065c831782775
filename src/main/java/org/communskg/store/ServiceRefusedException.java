package org.communskg.store;

import org.communskg.CommunsKgException;

/** A query that asks for a SERVICE (federated query) the operator has not allowed (HTTP 403). */
public class ServiceRefusedException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public ServiceRefusedException(String message) {
        super(message);
    }
}
