package org.communskg.publish;

/** Told how far a dump has gone: items read from the store, then lines written. */
@FunctionalInterface
public interface DumpListener {
    DumpListener NONE = n -> { };

    /** {@code items} more quads read or lines written since the last call. */
    void advanced(long items);
}
