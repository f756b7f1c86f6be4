/**
 * Bulk actions over many conversations, each item succeeding or failing on its own.
 */
@NullMarked
package io.konversio.core.bulk;

import org.jspecify.annotations.NullMarked;
