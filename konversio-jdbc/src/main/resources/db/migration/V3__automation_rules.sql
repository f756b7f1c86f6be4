-- Automation rules (konversio-rules' RuleStore). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- The condition tree and the actions are JSON text in konversio-rules' RuleJson form ("conditions" and "actions"
-- of a rule written by RuleJson); the other parts of a rule are columns. Names have no length limit in the
-- domain, so they are text. V3 leaves V2 free for a migration written in parallel (Flyway accepts the gap).

-- ids handed out by RuleStore.nextId()
create sequence seq_automation_rule start with 1 increment by 1;

create table automation_rule (
  id bigint not null,
  account_id bigint not null,
  name text not null,
  description text not null,
  event_name varchar(64) not null,
  conditions_json text not null,
  actions_json text not null,
  enabled boolean not null,
  position integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  constraint pk_automation_rule primary key (id)
);
-- list(account) reads the account's rules by position, then id
create index ix_automation_rule_account on automation_rule (account_id, position, id);
