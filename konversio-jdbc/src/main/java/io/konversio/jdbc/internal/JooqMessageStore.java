package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.MESSAGE;

import io.konversio.core.Actor;
import io.konversio.core.account.AccountId;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.spi.MessageStore;
import io.konversio.jdbc.internal.schema.tables.records.MessageRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

final class JooqMessageStore implements MessageStore {
  private static final RowInserter INSERT = new RowInserter("message", List.of("id", "account_id",
      "conversation_id", "message_type", "private_note", "sender_kind", "sender_id", "content", "attributes",
      "created_at"));
  private final JooqTransaction tx;

  JooqMessageStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void insert(Message m) {
    MessageRecord r = tx.ctx.newRecord(MESSAGE);
    r.setId(m.id().value());
    r.setAccountId(m.accountId().value());
    r.setConversationId(m.conversationId().value());
    r.setMessageType(m.type().code());
    r.setPrivateNote(m.privateNote());
    r.setSenderKind(m.sender().kind().code());
    r.setSenderId(m.sender().id());
    r.setContent(m.content());
    r.setAttributes(attributes(m));
    r.setCreatedAt(Times.column(m.createdAt()));
    tx.insertUnique(tx.ctx.insertInto(MESSAGE).set(r), "message " + m.id());
    inserted(m);
  }

  /** Multi-row inserts, written once and bound through JDBC (see {@link RowInserter}). */
  @Override
  public void insertAll(List<Message> messages) {
    List<@Nullable Object[]> rows = new ArrayList<>(messages.size());
    for (Message m : messages) {
      rows.add(new Object[] {m.id().value(), m.accountId().value(), m.conversationId().value(), m.type().code(),
          m.privateNote(), m.sender().kind().code(), m.sender().id(), m.content(),
          attributes(m), Times.column(m.createdAt())});
    }
    INSERT.insert(tx, rows, messages.isEmpty() ? "" : "one of messages " + messages.get(0).id() + " to "
        + messages.get(messages.size() - 1).id());
    messages.forEach(this::inserted);
  }

  /**
   * Lets the outbox refer to the row instead of copying the message ({@link JooqTransaction#insertedMessages}) when
   * the row reads back equal: the column keeps microseconds, so a time finer than that is copied in full.
   */
  private void inserted(Message m) {
    if (m.createdAt().getNano() % 1_000 == 0) {
      tx.insertedMessages.put(m, m.id().value());
    }
  }

  /** The attributes as JSON; most messages have none. */
  private static String attributes(Message m) {
    return m.attributes().isEmpty() ? "{}" : JsonValues.write(JsonValues.stringMapNode(m.attributes()));
  }

  @Override
  public Optional<Message> find(AccountId account, MessageId id) {
    return tx.ctx.selectFrom(MESSAGE).where(MESSAGE.ID.eq(id.value()), MESSAGE.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(JooqMessageStore::message);
  }

  @Override
  public List<Message> list(AccountId account, ConversationId conversation) {
    return tx.ctx.selectFrom(MESSAGE)
        .where(MESSAGE.CONVERSATION_ID.eq(conversation.value()), MESSAGE.ACCOUNT_ID.eq(account.value()))
        .orderBy(MESSAGE.CREATED_AT, MESSAGE.ID).fetch(JooqMessageStore::message);
  }

  static Message message(MessageRecord r) {
    return new Message(MessageId.of(r.getId()), AccountId.of(r.getAccountId()),
        ConversationId.of(r.getConversationId()), MessageType.ofCode(r.getMessageType()), r.getPrivateNote(),
        new Actor(Actor.Kind.ofCode(r.getSenderKind()), r.getSenderId()), r.getContent(),
        JsonValues.stringMap(JsonValues.read(r.getAttributes())), Times.instant(r.getCreatedAt()));
  }
}
