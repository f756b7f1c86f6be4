package io.konversio.core.internal;

import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.internal.Kernel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import io.konversio.core.inbox.Inboxes;

/** The Inboxes of one account, over the kernel's store. Thread-safe. */
public final class StoredInboxes implements Inboxes {
  private final Kernel kernel;
  private final AccountId account;

  public StoredInboxes(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /** Creates an inbox with default settings (CSAT off, auto-assignment off, no business hours). */
  @Override
  public Inbox create(String name, ChannelType channelType) {
    return create(name, channelType, InboxSettings.defaults());
  }

  @Override
  public Inbox create(String name, ChannelType channelType, InboxSettings settings) {
    String cleanName = InvalidInputException.requiredText(name, "name");
    Objects.requireNonNull(channelType, "channelType");
    Objects.requireNonNull(settings, "settings");
    return kernel.write(unit -> {
      boolean taken = unit.tx().inboxes().list(account).stream().anyMatch(i -> i.name().equalsIgnoreCase(cleanName));
      InvalidInputException.check(!taken, "name", cleanName, "an inbox with this name exists");
      Inbox inbox = new Inbox(InboxId.of(unit.tx().nextId("inbox")), account, cleanName, channelType, settings,
          unit.now());
      unit.tx().inboxes().insert(inbox);
      return inbox;
    });
  }

  /** Replaces the inbox's settings. */
  @Override
  public Inbox updateSettings(InboxId id, InboxSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return changeSettings(id, s -> settings);
  }

  private Inbox changeSettings(InboxId id, java.util.function.UnaryOperator<InboxSettings> change) {
    Objects.requireNonNull(id, "id");
    return kernel.write(unit -> {
      Inbox inbox = unit.tx().inboxes().find(account, id).orElseThrow(() -> new NotFoundException("inbox", id));
      Inbox updated = inbox.withSettings(change.apply(inbox.settings()));
      unit.tx().inboxes().update(updated);
      return updated;
    });
  }

  /** Sets the inbox's business hours. */
  @Override
  public Inbox setBusinessHours(InboxId id, io.konversio.core.businesshours.BusinessHours hours) {
    Objects.requireNonNull(hours, "hours");
    return changeSettings(id, s -> s.withBusinessHours(hours));
  }

  @Override
  public Inbox get(InboxId id) {
    return find(id).orElseThrow(() -> new NotFoundException("inbox", id));
  }

  @Override
  public Optional<Inbox> find(InboxId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.inboxes().find(account, id));
  }

  /** All inboxes of the account, ordered by id. */
  @Override
  public List<Inbox> list() {
    return kernel.read(tx -> tx.inboxes().list(account));
  }
}
