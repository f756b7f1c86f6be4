package io.konversio.core.inbox;

import java.util.Objects;

/**
 * The settings of an inbox. Immutable; thread-safe.
 *
 * @param csatEnabled whether a CSAT survey is sent after a conversation is resolved
 * @param autoAssignment how new conversations are assigned
 */
public record InboxSettings(boolean csatEnabled, AutoAssignment autoAssignment) {
  private static final InboxSettings DEFAULTS = new InboxSettings(false, AutoAssignment.off());

  public InboxSettings {
    Objects.requireNonNull(autoAssignment, "autoAssignment");
  }

  /** CSAT off, auto-assignment off. */
  public static InboxSettings defaults() {
    return DEFAULTS;
  }

  public InboxSettings withCsatEnabled(boolean enabled) {
    return new InboxSettings(enabled, autoAssignment);
  }

  public InboxSettings withAutoAssignment(AutoAssignment assignment) {
    return new InboxSettings(csatEnabled, assignment);
  }
}
