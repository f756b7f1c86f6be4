package io.konversio.core;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Agents;
import io.konversio.core.agent.Teams;
import io.konversio.core.attribute.CustomAttributes;
import io.konversio.core.bulk.BulkActions;
import io.konversio.core.contact.Contacts;
import io.konversio.core.conversation.Conversations;
import io.konversio.core.inbox.Inboxes;
import io.konversio.core.internal.Kernel;
import io.konversio.core.internal.StoredSavedFilters;
import io.konversio.core.internal.StoredNotifications;
import io.konversio.core.internal.StoredConversations;
import io.konversio.core.internal.StoredCustomAttributes;
import io.konversio.core.internal.StoredLabels;
import io.konversio.core.internal.StoredContacts;
import io.konversio.core.internal.StoredTeams;
import io.konversio.core.internal.StoredAgents;
import io.konversio.core.internal.StoredInboxes;
import io.konversio.core.label.Labels;
import io.konversio.core.notification.Notifications;
import io.konversio.core.search.SavedFilters;

/**
 * One account's view of Konversio: every call through a desk reads and writes that account's data only. Cheap to
 * create; thread-safe.
 *
 * <pre>{@code
 * Desk desk = konversio.desk(account.id());
 * Conversation c = desk.conversations().create(NewConversation.builder(inbox, contact).message("Hi").build(),
 *     Actor.contact(contact));
 * }</pre>
 */
public final class Desk {
  private final AccountId account;
  private final Inboxes inboxes;
  private final Agents agents;
  private final Teams teams;
  private final Contacts contacts;
  private final Labels labels;
  private final CustomAttributes customAttributes;
  private final Conversations conversations;
  private final Notifications notifications;
  private final SavedFilters savedFilters;
  private final BulkActions bulk;

  Desk(Kernel kernel, AccountId account) {
    this.account = account;
    this.inboxes = new StoredInboxes(kernel, account);
    this.agents = new StoredAgents(kernel, account);
    this.teams = new StoredTeams(kernel, account);
    this.contacts = new StoredContacts(kernel, account);
    this.labels = new StoredLabels(kernel, account);
    this.customAttributes = new StoredCustomAttributes(kernel, account);
    this.conversations = new StoredConversations(kernel, account);
    this.notifications = new StoredNotifications(kernel, account);
    this.savedFilters = new StoredSavedFilters(kernel, account);
    this.bulk = new BulkActions(conversations);
  }

  public AccountId accountId() {
    return account;
  }

  public Inboxes inboxes() {
    return inboxes;
  }

  public Agents agents() {
    return agents;
  }

  public Teams teams() {
    return teams;
  }

  public Contacts contacts() {
    return contacts;
  }

  public Labels labels() {
    return labels;
  }

  public CustomAttributes customAttributes() {
    return customAttributes;
  }

  public Conversations conversations() {
    return conversations;
  }

  public Notifications notifications() {
    return notifications;
  }

  public SavedFilters savedFilters() {
    return savedFilters;
  }

  public BulkActions bulk() {
    return bulk;
  }
}
