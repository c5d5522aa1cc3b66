/**
 * The incident lifecycle: an {@link dev.incident.lifecycle.Incident} is its history of events, and
 * the {@link dev.incident.lifecycle.Lifecycle} decides which event may come next.
 *
 * <p>Entry point: {@link dev.incident.lifecycle.Lifecycle}. The phases ({@link
 * dev.incident.lifecycle.Phase}) and the events that move between them are data, in {@link
 * dev.incident.lifecycle.TransitionTable}; the guards on top of the table (a commander before
 * mitigating, verified recovery before resolving, ...) are tuned by a {@link
 * dev.incident.lifecycle.LifecyclePolicy}. A refused event is a {@link
 * dev.incident.lifecycle.Rejection} value with a stable {@link
 * dev.incident.lifecycle.RejectionReason}; the throwing methods wrap it in a {@link
 * dev.incident.lifecycle.TransitionRejectedException}.
 *
 * <p>Every type here is immutable and thread-safe.
 */
@NullMarked
@ValueStyle
package dev.incident.lifecycle;

import dev.incident.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
