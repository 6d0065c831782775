/**
 * Extraction: from an article's text to persons, organizations, roles, events and publications,
 * each with the sentence it came from and a confidence. Knows nothing of RDF or of the store.
 */
package org.communskg.importer.extract;
