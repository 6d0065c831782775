/**
 * The web front end (Javalin): one controller per feature, thin handlers over the store's
 * services, and one central exception mapping ({@code ErrorMapping}).
 */
package org.communskg.web;
