package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.CONTACT;
import static io.konversio.jdbc.internal.schema.Tables.CONVERSATION;
import static io.konversio.jdbc.internal.schema.Tables.CONVERSATION_LABEL;
import static io.konversio.jdbc.internal.schema.Tables.INBOX;
import static io.konversio.jdbc.internal.schema.Tables.MESSAGE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.ConversationQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Compiles a {@link ConversationQuery} to jOOQ conditions on {@code conversation}: every filter but the custom
 * attribute conditions (see {@link io.konversio.core.search.AttributeCondition#matches}). Text search is a case-insensitive substring match
 * ({@code lower(x) like lower('%text%')}, wildcards escaped) on message content and on the contact's name, email
 * and phone number, through {@code exists} subqueries. On PostgreSQL, {@code lower} of letters beyond ASCII follows
 * the database's {@code LC_CTYPE} (a UTF-8 one matches Java's {@code toLowerCase}); trigram indexes, where the
 * vendor migration could create them, serve these patterns.
 */
final class ConversationConditions {
  private ConversationConditions() {
  }

  /** The account and every filter except the assignee filter and the attribute conditions. */
  static Condition ignoringAssignee(AccountId account, ConversationQuery q) {
    List<Condition> all = new ArrayList<>();
    all.add(CONVERSATION.ACCOUNT_ID.eq(account.value()));
    if (!q.statuses().isEmpty()) {
      all.add(CONVERSATION.STATUS.in(q.statuses().stream().map(ConversationStatus::code).toList()));
    }
    if (!q.teams().isEmpty()) {
      all.add(CONVERSATION.TEAM_ID.in(q.teams().stream().map(TeamId::value).toList()));
    }
    if (!q.labelsAny().isEmpty()) {
      all.add(exists(labelRow().and(CONVERSATION_LABEL.LABEL.in(q.labelsAny()))));
    }
    for (String label : q.labelsAll()) {
      all.add(exists(labelRow().and(CONVERSATION_LABEL.LABEL.eq(label))));
    }
    if (!q.labelsNone().isEmpty()) {
      all.add(notExists(labelRow().and(CONVERSATION_LABEL.LABEL.in(q.labelsNone()))));
    }
    if (!q.inboxes().isEmpty()) {
      all.add(CONVERSATION.INBOX_ID.in(q.inboxes().stream().map(InboxId::value).toList()));
    }
    if (!q.channelTypes().isEmpty()) {
      all.add(CONVERSATION.INBOX_ID.in(DSL.select(INBOX.ID).from(INBOX).where(INBOX.ACCOUNT_ID.eq(account.value()),
          INBOX.CHANNEL_TYPE.in(q.channelTypes().stream().map(ChannelType::code).toList()))));
    }
    if (!q.priorities().isEmpty()) {
      all.add(CONVERSATION.PRIORITY.in(q.priorities().stream().map(Priority::code).toList()));
    }
    q.createdFrom().ifPresent(t -> all.add(CONVERSATION.CREATED_AT.ge(Times.column(t))));
    q.createdTo().ifPresent(t -> all.add(CONVERSATION.CREATED_AT.lt(Times.column(t))));
    q.lastActivityFrom().ifPresent(t -> all.add(CONVERSATION.LAST_ACTIVITY_AT.ge(Times.column(t))));
    q.lastActivityTo().ifPresent(t -> all.add(CONVERSATION.LAST_ACTIVITY_AT.lt(Times.column(t))));
    q.text().ifPresent(text -> all.add(text(text)));
    return DSL.and(all);
  }

  private static org.jooq.SelectConditionStep<org.jooq.Record1<Integer>> labelRow() {
    return selectOne().from(CONVERSATION_LABEL).where(CONVERSATION_LABEL.CONVERSATION_ID.eq(CONVERSATION.ID));
  }

  private static Condition text(String text) {
    Condition contact = exists(selectOne().from(CONTACT).where(CONTACT.ID.eq(CONVERSATION.CONTACT_ID),
        CONTACT.NAME.containsIgnoreCase(text)
            .or(CONTACT.EMAIL.containsIgnoreCase(text))
            .or(CONTACT.PHONE_NUMBER.containsIgnoreCase(text))));
    Condition message = exists(selectOne().from(MESSAGE).where(MESSAGE.CONVERSATION_ID.eq(CONVERSATION.ID),
        MESSAGE.CONTENT.containsIgnoreCase(text)));
    return contact.or(message);
  }

  static Condition assignee(AssigneeFilter filter, Optional<AgentId> viewer) {
    return switch (filter.kind()) {
      case ANY -> DSL.noCondition();
      case MINE -> viewer.map(v -> CONVERSATION.ASSIGNEE_ID.eq(v.value())).orElse(DSL.falseCondition());
      case UNASSIGNED -> CONVERSATION.ASSIGNEE_ID.isNull();
      case ASSIGNED -> CONVERSATION.ASSIGNEE_ID.isNotNull();
      case AGENT -> CONVERSATION.ASSIGNEE_ID.eq(filter.agent().orElseThrow().value());
    };
  }

  /** The query's order, then conversation id, newest first, as the in-memory store sorts. */
  static List<SortField<?>> order(ConversationQuery q) {
    SortField<?> primary = switch (q.sort()) {
      case LAST_ACTIVITY_DESC -> CONVERSATION.LAST_ACTIVITY_AT.desc();
      case LAST_ACTIVITY_ASC -> CONVERSATION.LAST_ACTIVITY_AT.asc();
      case CREATED_DESC -> CONVERSATION.CREATED_AT.desc();
      case CREATED_ASC -> CONVERSATION.CREATED_AT.asc();
      case PRIORITY_DESC -> CONVERSATION.PRIORITY_RANK.desc();
      case PRIORITY_ASC -> CONVERSATION.PRIORITY_RANK.asc();
      case WAITING_SINCE_ASC -> CONVERSATION.WAITING_SINCE.asc().nullsLast();
      case WAITING_SINCE_DESC -> CONVERSATION.WAITING_SINCE.desc().nullsLast();
    };
    Field<Long> id = CONVERSATION.ID;
    return List.of(primary, id.desc());
  }
}
