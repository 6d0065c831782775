/**
 * Storage: the {@link org.communskg.store.GraphStore} seam with its TDB2 and Fuseki
 * implementations, and the SPARQL parsing boundary ({@link org.communskg.store.Sparql}).
 * Knows nothing of articles or of HTTP serving.
 */
package org.communskg.store;
