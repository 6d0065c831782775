/**
 * Storage: the {@link org.communskg.store.GraphStore} seam with its TDB2 and Fuseki
 * implementations, the SPARQL parsing boundary ({@link org.communskg.store.Sparql}), and what a
 * stranger's query passes through before it runs ({@link org.communskg.store.QueryGate}: length,
 * {@link org.communskg.store.ServicePolicy}, concurrency; the store's timeout then holds, property
 * paths included); the workbench's services over it: {@link org.communskg.store.Permalinks} (kept in
 * the system dataset), {@link org.communskg.store.BoundedSelect} (answers that say what cut them) and
 * {@link org.communskg.store.Completions}.
 * Knows nothing of articles or of HTTP serving.
 */
package org.communskg.store;
