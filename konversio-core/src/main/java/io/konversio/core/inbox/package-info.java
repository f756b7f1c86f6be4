/**
 * Inboxes: the channels conversations arrive through, with business hours, CSAT and auto-assignment settings.
 */
@NullMarked
package io.konversio.core.inbox;

import org.jspecify.annotations.NullMarked;
