package io.konversio.core.search;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.Conversation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Agents' saved filters ("saved segments" of the conversation list). Implementations are thread-safe. */
public interface SavedFilters {
  /** The most saved filters one agent may have, as in Chatwoot. */
  int MAX_PER_AGENT = 1000;

  /** Stores the query under a name for the agent; names are unique per agent regardless of case. */
  SavedFilter save(AgentId owner, String name, ConversationQuery query);

  Optional<SavedFilter> find(SavedFilterId id);

  SavedFilter get(SavedFilterId id);

  /** The agent's saved filters, ordered by name regardless of case. */
  List<SavedFilter> list(AgentId owner);

  /** Runs the saved query again, as seen by its owner. */
  Page<Conversation> run(SavedFilterId id);

  /** Runs the saved query on another page; {@code size} from 1 to {@value ConversationQuery#MAX_PAGE_SIZE}. */
  Page<Conversation> run(SavedFilterId id, int page, int size);

  void delete(SavedFilterId id);
}
