/**
 * The graph model shared by every stage: vocabulary terms ({@link org.communskg.model.Vocab})
 * and IRI minting ({@link org.communskg.model.Iris}).
 */
package org.communskg.model;
