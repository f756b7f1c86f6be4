package io.konversio.core.internal;

import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.search.SavedFilterId;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.internal.Kernel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import io.konversio.core.search.SavedFilters;

/** The SavedFilters of one account, over the kernel's store. Thread-safe. */
public final class StoredSavedFilters implements SavedFilters {
  /** The most saved filters one agent may have, as in Chatwoot. */

  private final Kernel kernel;
  private final AccountId account;

  public StoredSavedFilters(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /** Stores the query under a name for the agent; names are unique per agent regardless of case. */
  @Override
  public SavedFilter save(AgentId owner, String name, ConversationQuery query) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(query, "query");
    String clean = InvalidInputException.requiredText(name, "name");
    return kernel.write(unit -> {
      InvalidInputException.check(unit.tx().agents().find(account, owner).isPresent(), "owner", owner,
          "no such agent in this account");
      List<SavedFilter> existing = unit.tx().savedFilters().list(account, owner);
      InvalidInputException.check(existing.stream().noneMatch(f -> f.name().equalsIgnoreCase(clean)), "name", clean,
          "a saved filter with this name exists");
      InvalidInputException.check(existing.size() < MAX_PER_AGENT, "owner", owner,
          "has " + MAX_PER_AGENT + " saved filters already");
      SavedFilter filter = new SavedFilter(SavedFilterId.of(unit.tx().nextId("saved_filter")), account, owner,
          clean, query, unit.now());
      unit.tx().savedFilters().insert(filter);
      return filter;
    });
  }

  @Override
  public Optional<SavedFilter> find(SavedFilterId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.savedFilters().find(account, id));
  }

  @Override
  public SavedFilter get(SavedFilterId id) {
    return find(id).orElseThrow(() -> new NotFoundException("saved filter", id));
  }

  /** The agent's saved filters, ordered by name regardless of case. */
  @Override
  public List<SavedFilter> list(AgentId owner) {
    Objects.requireNonNull(owner, "owner");
    return kernel.read(tx -> tx.savedFilters().list(account, owner));
  }

  /** Runs the saved query again, as seen by its owner. */
  @Override
  public Page<Conversation> run(SavedFilterId id) {
    SavedFilter filter = get(id);
    return kernel.read(tx -> tx.conversations().query(account, filter.query(), Optional.of(filter.owner())));
  }

  /** Runs the saved query on another page; {@code size} from 1 to {@value ConversationQuery#MAX_PAGE_SIZE}. */
  @Override
  public Page<Conversation> run(SavedFilterId id, int page, int size) {
    InvalidInputException.check(page >= 0, "page", page, "must be >= 0");
    InvalidInputException.check(size >= 1 && size <= ConversationQuery.MAX_PAGE_SIZE, "size", size,
        "must be 1.." + ConversationQuery.MAX_PAGE_SIZE);
    SavedFilter filter = get(id);
    ConversationQuery query = filter.query().toBuilder().page(page, size).build();
    return kernel.read(tx -> tx.conversations().query(account, query, Optional.of(filter.owner())));
  }

  @Override
  public void delete(SavedFilterId id) {
    get(id);
    kernel.write(unit -> {
      unit.tx().savedFilters().delete(account, id);
      return null;
    });
  }
}
