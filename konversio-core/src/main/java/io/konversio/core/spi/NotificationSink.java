package io.konversio.core.spi;

import io.konversio.core.notification.Notification;

/**
 * Where the host sends notifications on, e.g. as email or push. Called after the notification is stored, at
 * least once per notification (use {@link Notification#id()} to ignore repeats). Must be thread-safe.
 */
@FunctionalInterface
public interface NotificationSink {
  void deliver(Notification notification);

  /** A sink that does nothing. */
  static NotificationSink none() {
    return n -> { };
  }
}
