/**
 * Implementation details of {@code dev.incident.timeline}: the wording classifier, the replay of an
 * incident's history event by event, and the renderers. Not API: not exported by the module.
 */
@NullMarked
package dev.incident.timeline.internal;

import org.jspecify.annotations.NullMarked;
