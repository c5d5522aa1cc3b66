/**
 * Implementation of {@code dev.incident.postmortem}: Markdown parsing and rendering, the Mermaid
 * gantt chart, wording inference, the completeness rules and the profile file format. Not API: not
 * exported by the module.
 */
@NullMarked
package dev.incident.postmortem.internal;

import org.jspecify.annotations.NullMarked;
