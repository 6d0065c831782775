/**
 * Extraction: from an article's text to persons, organizations, roles, events and publications,
 * each with the sentence it came from and a confidence. Knows nothing of RDF or of the store.
 *
 * <p>{@link org.communskg.importer.extract.RuleBasedExtractor} reads an article in passes, each
 * over all sentences, so that a later pass can rely on what an earlier one found anywhere:
 * <ol>
 * <li>acronym definitions ("Social Good Accelerator (SOGA)", "la FNTL (Fédération ...)");</li>
 * <li>the publisher's own short name ("Le Conseil" in an article of the Conseil national du
 *     numérique), then organization names (head words, authority names, acronyms in use,
 *     "le collectif X"; names read where the context calls for one in
 *     {@link org.communskg.importer.extract.ContextNames}, names an apposition describes in
 *     {@link org.communskg.importer.extract.DescribedNames});</li>
 * <li>persons (known first names, or a civility, byline, interview turn or role nearby);</li>
 * <li>roles (apposition, parentheses, role before the name and possessives in
 *     {@link org.communskg.importer.extract.RolesBeforeName}, list lines opening on the office in
 *     {@link org.communskg.importer.extract.HeaderRoles}, board seats, "rejoint X en tant que",
 *     "présidé par" in {@link org.communskg.importer.extract.MembershipCues}, "X dirige la Y",
 *     relative clauses and "respectivement" in {@link org.communskg.importer.extract.RoleCues},
 *     election verbs in {@link org.communskg.importer.extract.ElectionCues}, references such as
 *     "du collectif" in {@link org.communskg.importer.extract.BackReferences}); offices named without
 *     an organization then go to the article's house ({@link org.communskg.importer.extract.HouseRoles}:
 *     the publisher of a press release or the organization of its "À propos de", the organization opening
 *     the headline of appointment news, or the one organization whose board or general meeting is reported);</li>
 * <li>events and sessions ({@link org.communskg.importer.extract.EventSpotter}; titles framed by
 *     programmes in {@link org.communskg.importer.extract.EventTitles} and
 *     {@link org.communskg.importer.extract.HeadingTitles}; which event an unnamed sentence is about in
 *     {@link org.communskg.importer.extract.EventReferents}) with organizers and supporters
 *     ({@link org.communskg.importer.extract.EventLinks}), moderators
 *     ({@link org.communskg.importer.extract.ModeratorCues}) and speakers
 *     ({@link org.communskg.importer.extract.EventSpeakers}, {@link org.communskg.importer.extract.SpeakerCues},
 *     verbless programme lines in {@link org.communskg.importer.extract.ProgrammeLines});</li>
 * <li>publications (quoted titles after "rapport", "avis"..., journal issues, and titles without
 *     quotes in {@link org.communskg.importer.extract.UnquotedTitles}: "le Baromètre X 2025", "le rapport
 *     Titre Capitalisé"; Markdown italics and HTML {@code <cite>}/{@code <em>} titles are quoted by
 *     {@link org.communskg.importer.Emphasis} before extraction).</li>
 * </ol>
 * Organizations are canonicalized by {@link org.communskg.importer.extract.Authority} and by
 * merging variants (case, typos, acronym and full name, a place written as initials, a name translated
 * in parentheses), so every fact names an organization by
 * the same string as its {@link org.communskg.importer.extract.OrgMention#name()}.
 * Word lists live in {@code src/main/resources/org/communskg/importer/extract/text/}.
 */
package org.communskg.importer.extract;
