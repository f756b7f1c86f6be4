-- Konversio core schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Identifiers are plain lower-case words (jOOQ renders them unquoted). Every table but account and the
-- id sequences has account_id. Timestamps are "timestamp with time zone" with microsecond precision.
-- Values with open shapes (custom attributes, message attributes, saved queries, events) are JSON text.
-- Free text without a length limit in the domain (descriptions, message content, payloads) is "text"; names and
-- keys that take part in indexes are varchar.

-- Ids handed out by StoreTransaction.nextId(name): one sequence per name (seq_<name>). The store creates
-- sequences for names not listed here when first asked.
create sequence seq_account start with 1 increment by 1;
create sequence seq_inbox start with 1 increment by 1;
create sequence seq_agent start with 1 increment by 1;
create sequence seq_team start with 1 increment by 1;
create sequence seq_contact start with 1 increment by 1;
create sequence seq_label start with 1 increment by 1;
create sequence seq_conversation start with 1 increment by 1;
create sequence seq_message start with 1 increment by 1;
create sequence seq_notification start with 1 increment by 1;
create sequence seq_saved_filter start with 1 increment by 1;
create sequence seq_auto_assignment start with 1 increment by 1;
-- internal: ids of due work items
create sequence konversio_due_work_ids start with 1 increment by 1;

create table account (
  id bigint not null,
  name varchar(255) not null,
  created_at timestamp with time zone not null,
  constraint pk_account primary key (id)
);

-- the last display id handed out per account (row-locked by nextDisplayId)
create table display_id_counter (
  account_id bigint not null,
  last_value bigint not null,
  constraint pk_display_id_counter primary key (account_id)
);

create table inbox (
  id bigint not null,
  account_id bigint not null,
  name varchar(255) not null,
  channel_type varchar(32) not null,
  csat_enabled boolean not null,
  auto_assign_enabled boolean not null,
  auto_assign_mode varchar(32) not null,
  auto_assign_max_open integer not null,
  business_hours text,
  created_at timestamp with time zone not null,
  constraint pk_inbox primary key (id)
);
create index ix_inbox_account on inbox (account_id, id);

create table auto_assignment_ticket (
  account_id bigint not null,
  inbox_id bigint not null,
  agent_id bigint not null,
  ticket bigint not null,
  constraint pk_auto_assignment_ticket primary key (inbox_id, agent_id)
);

create table agent (
  id bigint not null,
  account_id bigint not null,
  name varchar(255) not null,
  email varchar(255) not null,
  agent_role varchar(32) not null,
  availability varchar(32) not null,
  constraint pk_agent primary key (id)
);
create index ix_agent_account on agent (account_id, id);

create table agent_inbox (
  account_id bigint not null,
  agent_id bigint not null,
  inbox_id bigint not null,
  constraint pk_agent_inbox primary key (agent_id, inbox_id)
);
create index ix_agent_inbox_account on agent_inbox (account_id);

create table team (
  id bigint not null,
  account_id bigint not null,
  name varchar(255) not null,
  description text not null,
  constraint pk_team primary key (id)
);
create index ix_team_account on team (account_id, id);

create table team_member (
  account_id bigint not null,
  team_id bigint not null,
  agent_id bigint not null,
  constraint pk_team_member primary key (team_id, agent_id)
);
create index ix_team_member_account on team_member (account_id);

create table contact (
  id bigint not null,
  account_id bigint not null,
  name varchar(255) not null,
  email varchar(255),
  phone_number varchar(64),
  additional_attributes text not null,
  custom_attributes text not null,
  blocked boolean not null,
  created_at timestamp with time zone not null,
  constraint pk_contact primary key (id)
);
create index ix_contact_account on contact (account_id, id);
create index ix_contact_email on contact (account_id, email);

create table label (
  id bigint not null,
  account_id bigint not null,
  title varchar(255) not null,
  description text not null,
  color varchar(32) not null,
  constraint pk_label primary key (id),
  constraint uq_label_title unique (account_id, title)
);

create table attribute_definition (
  account_id bigint not null,
  model varchar(32) not null,
  attribute_key varchar(64) not null,
  display_name varchar(255) not null,
  attribute_type varchar(32) not null,
  list_values text not null,
  constraint pk_attribute_definition primary key (account_id, model, attribute_key)
);

create table conversation (
  id bigint not null,
  account_id bigint not null,
  display_id bigint not null,
  inbox_id bigint not null,
  contact_id bigint not null,
  status varchar(16) not null,
  priority varchar(16) not null,
  priority_rank smallint not null,
  assignee_id bigint,
  team_id bigint,
  labels text not null,
  custom_attributes text not null,
  additional_attributes text not null,
  participants text not null,
  snoozed_until timestamp with time zone,
  created_at timestamp with time zone not null,
  last_activity_at timestamp with time zone not null,
  first_reply_at timestamp with time zone,
  waiting_since timestamp with time zone,
  version bigint not null,
  constraint pk_conversation primary key (id),
  constraint uq_conversation_display_id unique (account_id, display_id)
);
create index ix_conversation_activity on conversation (account_id, last_activity_at, id);
create index ix_conversation_created on conversation (account_id, created_at, id);
create index ix_conversation_status on conversation (account_id, status, last_activity_at);
create index ix_conversation_assignee on conversation (account_id, assignee_id, status);
create index ix_conversation_inbox on conversation (account_id, inbox_id, status);
create index ix_conversation_team on conversation (account_id, team_id);
create index ix_conversation_contact on conversation (account_id, contact_id);

-- the labels of a conversation again, one row each, for label filters
create table conversation_label (
  account_id bigint not null,
  conversation_id bigint not null,
  label varchar(255) not null,
  constraint pk_conversation_label primary key (conversation_id, label)
);
create index ix_conversation_label_label on conversation_label (account_id, label);

create table message (
  id bigint not null,
  account_id bigint not null,
  conversation_id bigint not null,
  message_type varchar(16) not null,
  private_note boolean not null,
  sender_kind varchar(16) not null,
  sender_id bigint not null,
  content text not null,
  attributes text not null,
  created_at timestamp with time zone not null,
  constraint pk_message primary key (id)
);
create index ix_message_conversation on message (conversation_id, created_at, id);
create index ix_message_account on message (account_id, created_at);

create table notification (
  id bigint not null,
  account_id bigint not null,
  agent_id bigint not null,
  notification_type varchar(64) not null,
  conversation_id bigint not null,
  message_id bigint,
  caused_by_kind varchar(16) not null,
  caused_by_id bigint not null,
  dedup_key varchar(255) not null,
  created_at timestamp with time zone not null,
  read_at timestamp with time zone,
  constraint pk_notification primary key (id),
  constraint uq_notification_dedup unique (agent_id, dedup_key)
);
create index ix_notification_agent on notification (account_id, agent_id, created_at);

create table saved_filter (
  id bigint not null,
  account_id bigint not null,
  owner_id bigint not null,
  name varchar(255) not null,
  query_json text not null,
  created_at timestamp with time zone not null,
  constraint pk_saved_filter primary key (id)
);
create index ix_saved_filter_owner on saved_filter (account_id, owner_id);

-- timed work; visible_at hides a claimed item until its lease ends (equal to due_at while unclaimed)
create table due_work (
  id bigint not null,
  account_id bigint not null,
  kind varchar(255) not null,
  work_key varchar(255) not null,
  payload text not null,
  due_at timestamp with time zone not null,
  visible_at timestamp with time zone not null,
  attempts integer not null,
  constraint pk_due_work primary key (id),
  constraint uq_due_work_key unique (work_key)
);
create index ix_due_work_visible on due_work (visible_at, due_at);

-- domain events written with the change that caused them; deleted once dispatched
create table outbox (
  seq bigint generated by default as identity,
  account_id bigint not null,
  conversation_id bigint not null,
  event_id varchar(36) not null,
  event_type varchar(64) not null,
  payload text not null,
  created_at timestamp with time zone not null,
  constraint pk_outbox primary key (seq)
);
