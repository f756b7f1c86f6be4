/**
 * Labels: account-wide tags for conversations, unique per account regardless of case.
 */
@NullMarked
package io.konversio.core.label;

import org.jspecify.annotations.NullMarked;
