package org.communskg.importer.extract;

/**
 * A role a person holds, in the article's own words.
 *
 * @param person       canonical name of the person
 * @param role         the role words ("chargé d'études et de recherche"), or null for a bare affiliation
 * @param organization canonical name of the organization, or null when the text names none
 * @param evidence     sentence and confidence
 */
public record RoleFact(String person, String role, String organization, Evidence evidence) {
}
