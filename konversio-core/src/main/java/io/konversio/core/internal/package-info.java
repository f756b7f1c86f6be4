/**
 * Konversio's machinery: units of work, the event dispatcher. Not API: it may change in any release.
 */
@NullMarked
package io.konversio.core.internal;

import org.jspecify.annotations.NullMarked;
