/** Konversio core (temporary stand-in in the wt-rules worktree: only the exception root). */
@NullMarked
package io.konversio.core;

import org.jspecify.annotations.NullMarked;
