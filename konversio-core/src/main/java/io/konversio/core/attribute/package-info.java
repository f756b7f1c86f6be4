/**
 * Custom attribute definitions for conversations and contacts, and the validation of their values.
 */
@NullMarked
package io.konversio.core.attribute;

import org.jspecify.annotations.NullMarked;
