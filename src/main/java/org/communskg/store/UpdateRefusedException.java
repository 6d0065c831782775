package org.communskg.store;

import org.communskg.CommunsKgException;

/** A SPARQL Update sent where only queries are served. */
public class UpdateRefusedException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public UpdateRefusedException() {
        super("This endpoint is read-only: SPARQL Update is refused. Use the import command to change the graph.");
    }
}
