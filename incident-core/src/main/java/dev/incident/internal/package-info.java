/**
 * Implementation details shared by the packages of {@code incident-core}. Not API: not exported by
 * the module, and may change in any release.
 */
@NullMarked
package dev.incident.internal;

import org.jspecify.annotations.NullMarked;
