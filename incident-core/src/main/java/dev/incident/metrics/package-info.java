/**
 * Metrics over many incidents: counts and duration statistics (mean, median, p90, max) of each
 * {@link dev.incident.timeline.Measure}, overall, by severity and by service, and DORA's failed
 * deployment recovery time.
 *
 * <p>Entry points: {@link dev.incident.metrics.IncidentMetrics#collector()} for streams, and {@link
 * dev.incident.metrics.MetricsAccumulator} to add incidents one at a time and to merge partial
 * aggregates. It is its own package, not part of {@code dev.incident.timeline}, because it answers a
 * different question (how do many incidents compare, rather than what happened in one), has its own
 * entry point, and depends on the timeline package but not the other way round; dashboards import
 * only this package.
 */
@NullMarked
@ValueStyle
package dev.incident.metrics;

import dev.incident.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
