package io.konversio.core.inbox;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The inboxes of one account. Implementations are thread-safe. */
public interface Inboxes {
  /** Creates an inbox with default settings (CSAT off, auto-assignment off, no business hours). */
  Inbox create(String name, ChannelType channelType);

  Inbox create(String name, ChannelType channelType, InboxSettings settings);

  /** Replaces the inbox's settings. */
  Inbox updateSettings(InboxId id, InboxSettings settings);

  /** Sets the inbox's business hours. */
  Inbox setBusinessHours(InboxId id, io.konversio.core.businesshours.BusinessHours hours);

  Inbox get(InboxId id);

  Optional<Inbox> find(InboxId id);

  /** All inboxes of the account, ordered by id. */
  List<Inbox> list();
}
