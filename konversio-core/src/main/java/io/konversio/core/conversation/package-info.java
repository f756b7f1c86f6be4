/**
 * Conversations, their messages and lifecycle, assignment, labels, attributes and participants.
 */
@NullMarked
package io.konversio.core.conversation;

import org.jspecify.annotations.NullMarked;
