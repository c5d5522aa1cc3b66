/**
 * Implementation of the blameless-language linter: the lexicon, the tokenizer and sentence
 * splitter, the subject analysis, the rules, Markdown extraction and inline suppressions. Not API:
 * not exported, and may change in any release. The entry point used by {@link
 * dev.incident.lint.BlamelessLinter} is {@link dev.incident.lint.internal.Engine}.
 */
@NullMarked
package dev.incident.lint.internal;

import org.jspecify.annotations.NullMarked;
