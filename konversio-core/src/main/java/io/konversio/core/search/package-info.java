/**
 * Finding conversations: queries, search, counts and saved filters.
 */
@NullMarked
package io.konversio.core.search;

import org.jspecify.annotations.NullMarked;
