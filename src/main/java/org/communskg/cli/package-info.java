/**
 * The command line (picocli): one command class per verb, sharing {@code CommonOptions} and the
 * single exception boundary of {@code BaseCommand}.
 */
package org.communskg.cli;
