package org.communskg.web;

import org.communskg.CommunsKgException;

/** A request parameter that makes no sense (HTTP 400). */
public class BadRequestException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
