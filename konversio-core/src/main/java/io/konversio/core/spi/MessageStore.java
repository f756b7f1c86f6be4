package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import java.util.List;
import java.util.Optional;

/** Stores messages. Used inside one transaction only. */
public interface MessageStore {
  void insert(Message message);

  /**
   * Inserts the messages, as {@link #insert} would one by one; a store may write them in one batch. A duplicate id
   * throws, and the caller must then give up the transaction (some of the messages may have been written).
   */
  default void insertAll(List<Message> messages) {
    messages.forEach(this::insert);
  }

  Optional<Message> find(AccountId account, MessageId id);

  /**
   * The conversation's messages by {@link Message#createdAt()}, then by id; not by the order they were inserted
   * in (imported messages may arrive out of order).
   */
  List<Message> list(AccountId account, ConversationId conversation);
}
