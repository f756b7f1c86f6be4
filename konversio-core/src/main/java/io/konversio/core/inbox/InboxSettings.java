package io.konversio.core.inbox;

import io.konversio.core.businesshours.BusinessHours;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of an inbox. Immutable; thread-safe.
 *
 * @param csatEnabled whether a CSAT survey is sent after a conversation is resolved
 * @param autoAssignment how new conversations are assigned
 * @param businessHours the weekly schedule the inbox is staffed, if it has one; automation rules ("outside business
 *     hours") and business-time reports read it
 */
public record InboxSettings(boolean csatEnabled, AutoAssignment autoAssignment,
    Optional<BusinessHours> businessHours) {
  private static final InboxSettings DEFAULTS = new InboxSettings(false, AutoAssignment.off(), Optional.empty());

  public InboxSettings {
    Objects.requireNonNull(autoAssignment, "autoAssignment");
    Objects.requireNonNull(businessHours, "businessHours");
  }

  /** Settings without business hours. */
  public InboxSettings(boolean csatEnabled, AutoAssignment autoAssignment) {
    this(csatEnabled, autoAssignment, Optional.empty());
  }

  /** CSAT off, auto-assignment off, no business hours. */
  public static InboxSettings defaults() {
    return DEFAULTS;
  }

  public InboxSettings withCsatEnabled(boolean enabled) {
    return new InboxSettings(enabled, autoAssignment, businessHours);
  }

  public InboxSettings withAutoAssignment(AutoAssignment assignment) {
    return new InboxSettings(csatEnabled, assignment, businessHours);
  }

  public InboxSettings withBusinessHours(BusinessHours hours) {
    return new InboxSettings(csatEnabled, autoAssignment, Optional.of(Objects.requireNonNull(hours, "hours")));
  }

  public InboxSettings withoutBusinessHours() {
    return new InboxSettings(csatEnabled, autoAssignment, Optional.empty());
  }
}
