package io.konversio.core.inbox;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.internal.Kernel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The inboxes of one account. Thread-safe. */
public final class Inboxes {
  private final Kernel kernel;
  private final AccountId account;

  /** For Konversio's own use; get one from {@code konversio.desk(account).inboxes()}. */
  public Inboxes(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /** Creates an inbox with default settings (CSAT off, auto-assignment off, no business hours). */
  public Inbox create(String name, ChannelType channelType) {
    return create(name, channelType, InboxSettings.defaults());
  }

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
  public Inbox setBusinessHours(InboxId id, io.konversio.core.businesshours.BusinessHours hours) {
    Objects.requireNonNull(hours, "hours");
    return changeSettings(id, s -> s.withBusinessHours(hours));
  }

  public Inbox get(InboxId id) {
    return find(id).orElseThrow(() -> new NotFoundException("inbox", id));
  }

  public Optional<Inbox> find(InboxId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.inboxes().find(account, id));
  }

  /** All inboxes of the account, ordered by id. */
  public List<Inbox> list() {
    return kernel.read(tx -> tx.inboxes().list(account));
  }
}
