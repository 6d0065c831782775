package org.communskg.web;

import org.communskg.CommunsKgException;

/** No format on offer matches the request's {@code Accept} header (HTTP 406). */
public class NotAcceptableException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public NotAcceptableException(String accept, String offers) {
        super("Cannot answer in any of the formats accepted (" + accept + "); available: " + offers);
    }
}
