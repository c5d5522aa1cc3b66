/**
 * Postmortems: the {@link dev.incident.postmortem.Postmortem} value and its parts, drafting one from
 * an incident ({@link dev.incident.postmortem.Postmortem#draftFrom}), completeness validation
 * against a {@link dev.incident.postmortem.CompletenessProfile} ({@link
 * dev.incident.postmortem.CompletenessValidator}, which returns a {@link
 * dev.incident.postmortem.CompletenessReport}), and Markdown in and out ({@link
 * dev.incident.postmortem.PostmortemMarkdown}).
 *
 * <p>Entry points: {@link dev.incident.postmortem.Postmortem#draftFrom}, {@link
 * dev.incident.postmortem.CompletenessValidator#of} and {@link
 * dev.incident.postmortem.PostmortemMarkdown}. Blameless-language checking is reached through the
 * {@link dev.incident.postmortem.LanguageChecker} interface, so that any linter can be plugged in.
 *
 * <p>Every value type here is immutable, thread-safe and null-free: absent values are {@link
 * java.util.Optional}. Validation never throws: a report is a value.
 */
@NullMarked
@ValueStyle
package dev.incident.postmortem;

import dev.incident.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
