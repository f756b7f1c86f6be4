/**
 * Domain events and their listeners.
 */
@NullMarked
package io.konversio.core.event;

import org.jspecify.annotations.NullMarked;
