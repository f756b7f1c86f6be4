-- A counter per account, incremented in the transaction of every change to the account's automation rules
-- (RuleStore.revision): a node notices that another node changed the rules by reading one row. Portable SQL.
create table automation_rule_revision (
  account_id bigint not null,
  revision bigint not null,
  constraint pk_automation_rule_revision primary key (account_id)
);
