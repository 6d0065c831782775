/**
 * Publishing the graph as linked open data, without any knowledge of HTTP or of the command line:
 * resolving a path under the base to an IRI ({@link org.communskg.publish.Publisher}), the RDF
 * description of a resource and the data behind its HTML page ({@link org.communskg.publish.EntityView}),
 * the project's ontology ({@link org.communskg.publish.Ontology}), reproducible streaming dumps,
 * dated immutable releases ({@code Releases}), the DCAT-AP catalogue ({@code Catalogue}), the VoID
 * description ({@code VoidDescription}) and the SHACL quality gate ({@code QualityGate}). The
 * {@code web} package only negotiates and renders.
 */
package org.communskg.publish;
