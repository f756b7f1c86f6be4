package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.AUTOMATION_RULE;
import static io.konversio.jdbc.internal.schema.Tables.AUTOMATION_RULE_REVISION;

import io.konversio.core.account.AccountId;
import io.konversio.jdbc.internal.schema.tables.records.AutomationRuleRecord;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.RuleId;
import io.konversio.rules.spi.RuleStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.jooq.Record1;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Automation rules in the {@code automation_rule} table. Each call, {@link #apply} included, is one transaction of
 * the {@link JooqDataStore} (so it joins the host's transaction when the store does); ids come from the sequence
 * {@code seq_automation_rule}. The condition tree and the actions are JSON text (see {@link RuleColumns}).
 * Thread-safe.
 */
public final class JooqRuleStore implements RuleStore {
  private final JooqDataStore store;
  private final Clock clock;

  public JooqRuleStore(JooqDataStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public RuleId nextId() {
    return RuleId.of(store.write(tx -> tx.nextId("automation_rule")));
  }

  @Override
  public void insert(AutomationRule rule) {
    checked(rule);
    write(tx -> {
      insert(tx, rule);
      bump(tx, rule.accountId());
      return null;
    });
  }

  @Override
  public boolean update(AutomationRule rule) {
    checked(rule);
    return write(tx -> {
      boolean updated = update(tx, rule);
      if (updated) {
        bump(tx, rule.accountId());
      }
      return updated;
    });
  }

  @Override
  public boolean delete(AccountId account, RuleId id) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(id, "id");
    return write(tx -> {
      boolean deleted = tx.ctx.deleteFrom(AUTOMATION_RULE)
          .where(AUTOMATION_RULE.ID.eq(id.value()), AUTOMATION_RULE.ACCOUNT_ID.eq(account.value()))
          .execute() > 0;
      if (deleted) {
        bump(tx, account.value());
      }
      return deleted;
    });
  }

  /**
   * One transaction that writes row by row in id order (a delete before a save of the same id): two batches of
   * one account then lock their common rows in the same order, so the second waits for the first instead of
   * deadlocking with it.
   */
  @Override
  public void apply(AccountId account, List<AutomationRule> save, List<RuleId> delete) {
    Objects.requireNonNull(account, "account");
    Set<Long> deleted = new HashSet<>();
    delete.forEach(id -> deleted.add(Objects.requireNonNull(id, "id").value()));
    Map<Long, AutomationRule> saved = new HashMap<>();
    for (AutomationRule rule : save) {
      RuleId id = checked(rule);
      if (rule.accountId() != account.value()) {
        throw new IllegalArgumentException("rule " + id.value() + " belongs to account " + rule.accountId()
            + ", not " + account.value());
      }
      saved.put(id.value(), rule);
    }
    SortedSet<Long> ids = new TreeSet<>(deleted);
    ids.addAll(saved.keySet());
    write(tx -> {
      for (long id : ids) {
        if (deleted.contains(id)) {
          tx.ctx.deleteFrom(AUTOMATION_RULE)
              .where(AUTOMATION_RULE.ID.eq(id), AUTOMATION_RULE.ACCOUNT_ID.eq(account.value())).execute();
        }
        AutomationRule rule = saved.get(id);
        if (rule != null && !update(tx, rule)) {
          insert(tx, rule);
        }
      }
      bump(tx, account.value());
      return null;
    });
  }

  @Override
  public Optional<AutomationRule> find(AccountId account, RuleId id) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(id, "id");
    return store.read(t -> ((JooqTransaction) t).ctx.selectFrom(AUTOMATION_RULE)
        .where(AUTOMATION_RULE.ID.eq(id.value()), AUTOMATION_RULE.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(JooqRuleStore::rule));
  }

  @Override
  public List<AutomationRule> list(AccountId account) {
    Objects.requireNonNull(account, "account");
    return store.read(t -> ((JooqTransaction) t).ctx.selectFrom(AUTOMATION_RULE)
        .where(AUTOMATION_RULE.ACCOUNT_ID.eq(account.value()))
        .orderBy(AUTOMATION_RULE.POSITION, AUTOMATION_RULE.ID)
        .fetch(JooqRuleStore::rule));
  }

  /** The account's counter row, read in one query; 0 before its first change. */
  @Override
  public long revision(AccountId account) {
    Objects.requireNonNull(account, "account");
    return store.read(t -> ((JooqTransaction) t).ctx.select(AUTOMATION_RULE_REVISION.REVISION)
        .from(AUTOMATION_RULE_REVISION).where(AUTOMATION_RULE_REVISION.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(Record1::value1).orElse(0L));
  }

  /**
   * Increments the account's revision in the change's transaction, after its rule rows (so concurrent changes lock
   * rows in the same order). The row is created on first use; on PostgreSQL {@code ON CONFLICT DO NOTHING} is safe
   * against a concurrent first use, and H2 rolls back only the failed statement.
   */
  private static void bump(JooqTransaction tx, long account) {
    if (increment(tx, account) == 0) {
      try {
        tx.ctx.insertInto(AUTOMATION_RULE_REVISION, AUTOMATION_RULE_REVISION.ACCOUNT_ID,
                AUTOMATION_RULE_REVISION.REVISION).values(account, 0L)
            .onConflict(AUTOMATION_RULE_REVISION.ACCOUNT_ID).doNothing().execute();
      } catch (IntegrityConstraintViolationException e) {
        if (tx.isPostgres()) {
          throw e;
        }
      }
      increment(tx, account);
    }
  }

  private static int increment(JooqTransaction tx, long account) {
    return tx.ctx.update(AUTOMATION_RULE_REVISION)
        .set(AUTOMATION_RULE_REVISION.REVISION, AUTOMATION_RULE_REVISION.REVISION.plus(1L))
        .where(AUTOMATION_RULE_REVISION.ACCOUNT_ID.eq(account)).execute();
  }

  private void insert(JooqTransaction tx, AutomationRule rule) {
    AutomationRuleRecord r = record(tx, rule);
    r.setCreatedAt(r.getUpdatedAt());
    try {
      tx.ctx.insertInto(AUTOMATION_RULE).set(r).execute();
    } catch (IntegrityConstraintViolationException e) {
      throw new IllegalArgumentException("a rule with id " + r.getId() + " exists", e);
    }
  }

  private boolean update(JooqTransaction tx, AutomationRule rule) {
    AutomationRuleRecord r = record(tx, rule);
    return tx.ctx.update(AUTOMATION_RULE)
        .set(AUTOMATION_RULE.NAME, r.getName())
        .set(AUTOMATION_RULE.DESCRIPTION, r.getDescription())
        .set(AUTOMATION_RULE.EVENT_NAME, r.getEventName())
        .set(AUTOMATION_RULE.CONDITIONS_JSON, r.getConditionsJson())
        .set(AUTOMATION_RULE.ACTIONS_JSON, r.getActionsJson())
        .set(AUTOMATION_RULE.ENABLED, r.getEnabled())
        .set(AUTOMATION_RULE.POSITION, r.getPosition())
        .set(AUTOMATION_RULE.UPDATED_AT, r.getUpdatedAt())
        .where(AUTOMATION_RULE.ID.eq(r.getId()), AUTOMATION_RULE.ACCOUNT_ID.eq(r.getAccountId()))
        .execute() > 0;
  }

  private <T> T write(Function<JooqTransaction, T> work) {
    return store.write(t -> {
      JooqTransaction tx = (JooqTransaction) t;
      tx.checkWritable();
      return work.apply(tx);
    });
  }

  private AutomationRuleRecord record(JooqTransaction tx, AutomationRule rule) {
    RuleColumns.Json json = RuleColumns.json(rule);
    OffsetDateTime now = Times.column(clock.instant());
    AutomationRuleRecord r = tx.ctx.newRecord(AUTOMATION_RULE);
    r.setId(rule.id().orElseThrow().value());
    r.setAccountId(rule.accountId());
    r.setName(rule.name());
    r.setDescription(rule.description());
    r.setEventName(rule.event().code());
    r.setConditionsJson(json.conditions());
    r.setActionsJson(json.actions());
    r.setEnabled(rule.enabled());
    r.setPosition(rule.position());
    r.setUpdatedAt(now);
    return r;
  }

  private static AutomationRule rule(AutomationRuleRecord r) {
    return RuleColumns.rule(r.getId(), r.getAccountId(), r.getName(), r.getDescription(), r.getEventName(),
        r.getConditionsJson(), r.getActionsJson(), r.getEnabled(), r.getPosition());
  }

  private static RuleId checked(AutomationRule rule) {
    Objects.requireNonNull(rule, "rule");
    if (rule.accountId() <= 0) {
      throw new IllegalArgumentException("a stored rule needs an account: " + rule.name());
    }
    return rule.id().orElseThrow(() -> new IllegalArgumentException("a stored rule needs an id: " + rule.name()));
  }
}
