/**
 * Pictures of the graph as data, knowing nothing of HTTP: the network of persons, organizations
 * and events (memberships and event links as edges, degree per node), filtered by organization,
 * event or period; one entity's neighbourhood; the figures behind the charts.
 */
package org.communskg.network;
