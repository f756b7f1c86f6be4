package io.konversio.core.event;

final class EventNames {
  private EventNames() {
  }

  static String of(DomainEvent event) {
    if (event instanceof ConversationCreated) {
      return "conversation_created";
    } else if (event instanceof ConversationUpdated) {
      return "conversation_updated";
    } else if (event instanceof ConversationStatusChanged) {
      return "conversation_status_changed";
    } else if (event instanceof AssigneeChanged) {
      return "assignee_changed";
    } else if (event instanceof TeamChanged) {
      return "team_changed";
    } else if (event instanceof LabelAdded) {
      return "label_added";
    } else if (event instanceof LabelRemoved) {
      return "label_removed";
    } else if (event instanceof MessageCreated) {
      return "message_created";
    } else {
      return "notification_created";
    }
  }
}
