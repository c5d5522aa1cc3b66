/**
 * The command-line tool's own finding model, independent of any library type: {@link
 * dev.incident.cli.findings.CliFinding} (a message at a place in a file, with a rule, a {@link
 * dev.incident.cli.findings.Severity} and an optional suggestion), the {@link
 * dev.incident.cli.findings.Rule} catalogue a command checks, the {@link
 * dev.incident.cli.findings.FailOn} threshold that decides the exit code, and the {@link
 * dev.incident.cli.findings.Report} every output format writes.
 *
 * <p>Command adapters map the library's findings (lint, completeness, validation) into these
 * types. Every type here is immutable and thread-safe; a null argument is rejected at once.
 */
@NullMarked
package dev.incident.cli.findings;

import org.jspecify.annotations.NullMarked;
