package io.konversio.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.AttributeCondition;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SortOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryJsonTest {

  @Test
  void aQueryWithEveryFilterReadsBackEqual() {
    ConversationQuery query = ConversationQuery.builder()
        .statuses(ConversationStatus.OPEN, ConversationStatus.PENDING)
        .assignee(AssigneeFilter.agent(AgentId.of(3)))
        .teams(TeamId.of(1), TeamId.of(2))
        .labelsAny("billing", "vip").labelsAll("urgent").labelsNone("spam")
        .inboxes(InboxId.of(4))
        .channelTypes(ChannelType.EMAIL, ChannelType.WHATSAPP)
        .priorities(Priority.HIGH, Priority.URGENT)
        .createdBetween(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00.000001Z"))
        .lastActivityBetween(null, Instant.parse("2026-03-01T00:00:00Z"))
        .attribute(AttributeCondition.of("order_total", AttributeCondition.Operator.GREATER, new BigDecimal("10.5")))
        .attribute(AttributeCondition.of("due", AttributeCondition.Operator.LESS, LocalDate.of(2026, 5, 1)))
        .attribute(AttributeCondition.of("vip", AttributeCondition.Operator.EQUAL, true))
        .attribute(AttributeCondition.of("plan", AttributeCondition.Operator.CONTAINS, "gold"))
        .attribute(AttributeCondition.present("region"))
        .attribute(AttributeCondition.notPresent("legacy"))
        .text("refund \"now\"")
        .sort(SortOrder.WAITING_SINCE_ASC)
        .page(3, 50)
        .build();
    assertThat(QueryJson.read(QueryJson.write(query))).isEqualTo(query);
  }

  @Test
  void theDefaultQueryReadsBackEqual() {
    for (AssigneeFilter filter : new AssigneeFilter[] {AssigneeFilter.any(), AssigneeFilter.mine(),
        AssigneeFilter.unassigned(), AssigneeFilter.assigned()}) {
      ConversationQuery query = ConversationQuery.builder().assignee(filter).build();
      assertThat(QueryJson.read(QueryJson.write(query))).isEqualTo(query);
    }
    assertThat(QueryJson.read(QueryJson.write(ConversationQuery.all()))).isEqualTo(ConversationQuery.all());
  }
}
