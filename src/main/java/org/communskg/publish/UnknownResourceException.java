package org.communskg.publish;

import org.communskg.CommunsKgException;

/** The graph says nothing about this IRI (HTTP 404). */
public class UnknownResourceException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public UnknownResourceException(String iri) {
        super("Nothing is known about " + iri);
    }
}
