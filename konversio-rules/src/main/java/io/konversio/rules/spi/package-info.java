/**
 * Extension points of the rules module that the host (or konversio-core's glue) implements: reference
 * look-ups for validation and the executor that carries out planned actions.
 */
@NullMarked
package io.konversio.rules.spi;

import org.jspecify.annotations.NullMarked;
