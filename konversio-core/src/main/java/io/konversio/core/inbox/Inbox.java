package io.konversio.core.inbox;

import io.konversio.core.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * An inbox: where conversations of one channel arrive. Immutable; thread-safe. Change one through
 * {@code desk.inboxes().update(...)}.
 *
 * @param id the inbox id
 * @param accountId the owning account
 * @param name the display name, unique per account
 * @param channelType the channel and what it can do
 * @param settings CSAT, auto-assignment and business hours
 * @param createdAt when the inbox was created
 */
public record Inbox(InboxId id, AccountId accountId, String name, ChannelType channelType, InboxSettings settings,
    Instant createdAt) {
  public Inbox {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(channelType, "channelType");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * Whether the inbox is within its business hours at {@code instant}; an inbox without business hours is always
   * open.
   */
  public boolean isWithinBusinessHours(java.time.Instant instant) {
    return settings.businessHours().map(h -> h.isOpen(instant)).orElse(true);
  }

  public Inbox withName(String newName) {
    return new Inbox(id, accountId, newName, channelType, settings, createdAt);
  }

  public Inbox withSettings(InboxSettings newSettings) {
    return new Inbox(id, accountId, name, channelType, newSettings, createdAt);
  }
}
