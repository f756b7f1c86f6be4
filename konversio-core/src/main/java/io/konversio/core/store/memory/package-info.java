/**
 * The in-memory store: Konversio's default when no other store is configured.
 */
@NullMarked
package io.konversio.core.store.memory;

import org.jspecify.annotations.NullMarked;
