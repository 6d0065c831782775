/**
 * Publishing the graph as linked open data: reproducible streaming dumps ({@code Dumps}),
 * dated immutable releases ({@code Releases}), the DCAT-AP catalogue ({@code Catalogue}), the
 * VoID description ({@code VoidDescription}) and the SHACL quality gate ({@code QualityGate}).
 * These services know nothing of the web or the command line.
 */
package org.communskg.publish;
