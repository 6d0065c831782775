package org.communskg.web;

import org.communskg.CommunsKgException;

/** A request body of a type the endpoint does not read (HTTP 415). */
public class UnsupportedMediaTypeException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public UnsupportedMediaTypeException(String contentType, String expected) {
        super("Unsupported request content type '" + contentType + "'; expected " + expected);
    }
}
