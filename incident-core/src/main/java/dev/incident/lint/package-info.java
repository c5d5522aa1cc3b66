/**
 * The blameless-language linter: finds blame, judgement, counterfactuals about people, hindsight
 * and punitive framing in incident write-ups, and points to a systemic rewording.
 *
 * <p>The entry point is {@link dev.incident.lint.BlamelessLinter}: {@code
 * BlamelessLinter.withDefaults().lintMarkdown(text)} returns a {@link dev.incident.lint.LintReport}
 * of {@link dev.incident.lint.LintFinding}s, each tied to a {@link dev.incident.lint.LintRule} with a
 * {@link dev.incident.lint.FindingSeverity}. A linter is configured with a {@link
 * dev.incident.lint.LintConfig} (rules on or off, severities, extra {@link
 * dev.incident.lint.LintTerm}s, allowed phrases, participant names). Other packages reach it through
 * the {@link dev.incident.lint.LanguageCheck} interface.
 *
 * <p>Every type here is immutable and thread-safe; nothing here does I/O. The rules look at who the
 * subject of a sentence is (a person or a system) rather than at words alone, so "the probe failed
 * to detect" passes while "the on-call failed to acknowledge" does not.
 */
@NullMarked
@ValueStyle
package dev.incident.lint;

import dev.incident.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
