package org.communskg.web;

import org.communskg.CommunsKgException;

/** Nothing at this address (HTTP 404). */
public class NotFoundException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super("Not found: " + what);
    }
}
