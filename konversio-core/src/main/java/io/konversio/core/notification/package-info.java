/**
 * Notifications for agents: created, assigned, mentioned and new-message notices, with read state.
 */
@NullMarked
package io.konversio.core.notification;

import org.jspecify.annotations.NullMarked;
