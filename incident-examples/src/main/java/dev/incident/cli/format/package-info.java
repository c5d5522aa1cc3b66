/**
 * The output formats of file-checking commands, chosen with {@code --format}: {@link
 * dev.incident.cli.format.OutputFormat} names them and makes a {@link
 * dev.incident.cli.format.FindingsFormatter} for a {@link dev.incident.cli.findings.Report}.
 *
 * <ul>
 *   <li>{@code text}: {@code file:line:column: severity rule: message}, the suggestion indented on
 *       the next line, grouped by file, then a summary line;
 *   <li>{@code json}: the versioned {@code incident-findings/1} document (see {@link
 *       dev.incident.cli.format.JsonFormatter});
 *   <li>{@code sarif}: SARIF 2.1.0 for GitHub code scanning (see {@link
 *       dev.incident.cli.format.SarifFormatter}).
 * </ul>
 *
 * <p>Formatters are stateless and thread-safe; their output depends only on the report (and, for
 * SARIF, the working directory), so it can be compared with golden files.
 */
@NullMarked
package dev.incident.cli.format;

import org.jspecify.annotations.NullMarked;
