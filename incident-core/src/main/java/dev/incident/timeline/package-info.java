/**
 * Timelines of incidents: entries ordered by time, key moments, durations and their renderings.
 */
@NullMarked
@ValueStyle
package dev.incident.timeline;

import dev.incident.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
