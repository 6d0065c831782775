package org.communskg.publish;

import org.communskg.CommunsKgException;

/** A release with this version exists already; releases are never overwritten. */
public class ReleaseExistsException extends CommunsKgException {
    private static final long serialVersionUID = 1L;

    public ReleaseExistsException(String version, java.nio.file.Path folder) {
        super("Release " + version + " exists already at " + folder + "; releases are immutable.");
    }
}
