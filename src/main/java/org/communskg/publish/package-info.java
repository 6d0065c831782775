/**
 * Publishing the graph as linked data, without any knowledge of HTTP: resolving a path under the
 * base to an IRI ({@link org.communskg.publish.Publisher}), the RDF description of a resource,
 * the data behind its HTML page ({@link org.communskg.publish.EntityView}) and the project's
 * ontology ({@link org.communskg.publish.Ontology}). The {@code web} package only negotiates and
 * renders.
 */
package org.communskg.publish;
