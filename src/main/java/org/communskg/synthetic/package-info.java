/**
 * Synthetic data for benchmarks: graphs with the shape of real imports ({@link org.communskg.synthetic.SyntheticGraph})
 * and French articles written from the project's own templates ({@link org.communskg.synthetic.SyntheticArticles}),
 * both reproducible from a seed.
 */
package org.communskg.synthetic;
