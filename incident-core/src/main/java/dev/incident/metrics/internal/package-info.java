/** Implementation details of {@code dev.incident.metrics}. Not API: not exported by the module. */
@NullMarked
package dev.incident.metrics.internal;

import org.jspecify.annotations.NullMarked;
