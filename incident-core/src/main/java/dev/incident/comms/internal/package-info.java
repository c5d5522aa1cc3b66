/** Implementation details of {@code dev.incident.comms}. Not API: not exported by the module. */
@NullMarked
package dev.incident.comms.internal;

import org.jspecify.annotations.NullMarked;
