package dev.incident.lint.internal;

/** Receives raw findings from the analyzer: a rule ordinal and a half-open range of the source. */
interface Sink {
    void accept(int ruleOrdinal, int start, int end);
}
