/**
 * Import: reading articles (Markdown or text with front matter, HTML, URLs), running the
 * extractor, and mapping the result to one named graph per article written to a
 * {@link org.communskg.store.GraphStore}.
 */
package org.communskg.importer;
