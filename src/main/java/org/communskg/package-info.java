/**
 * communs-kg: a knowledge graph of the digital-commons ecosystem built from news articles.
 * {@link org.communskg.App} wires the stages ({@code importer}, {@code store}, {@code web},
 * {@code cli}); {@link org.communskg.Settings} holds every configuration key with its default.
 */
package org.communskg;
