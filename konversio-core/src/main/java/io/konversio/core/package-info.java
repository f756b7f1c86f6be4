/**
 * Konversio's root: {@link io.konversio.core.Konversio}, the per-account {@link io.konversio.core.Desk}, actors and
 * the exceptions every feature shares.
 */
@NullMarked
package io.konversio.core;

import org.jspecify.annotations.NullMarked;
