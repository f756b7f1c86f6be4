package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.SAVED_FILTER;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.search.SavedFilterId;
import io.konversio.core.spi.SavedFilterStore;
import io.konversio.jdbc.internal.schema.tables.records.SavedFilterRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Saved filters; the query is stored as JSON text (see {@link QueryJson}). */
final class JooqSavedFilterStore implements SavedFilterStore {
  private final JooqTransaction tx;

  JooqSavedFilterStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void insert(SavedFilter f) {
    SavedFilterRecord r = tx.ctx.newRecord(SAVED_FILTER);
    r.setId(f.id().value());
    r.setAccountId(f.accountId().value());
    r.setOwnerId(f.owner().value());
    r.setName(f.name());
    r.setQueryJson(QueryJson.write(f.query()));
    r.setCreatedAt(Times.column(f.createdAt()));
    tx.insertUnique(tx.ctx.insertInto(SAVED_FILTER).set(r), "saved filter " + f.id());
  }

  @Override
  public Optional<SavedFilter> find(AccountId account, SavedFilterId id) {
    return tx.ctx.selectFrom(SAVED_FILTER)
        .where(SAVED_FILTER.ID.eq(id.value()), SAVED_FILTER.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(JooqSavedFilterStore::filter);
  }

  @Override
  public List<SavedFilter> list(AccountId account, AgentId owner) {
    return tx.ctx.selectFrom(SAVED_FILTER)
        .where(SAVED_FILTER.ACCOUNT_ID.eq(account.value()), SAVED_FILTER.OWNER_ID.eq(owner.value()))
        .orderBy(SAVED_FILTER.ID).fetch(JooqSavedFilterStore::filter).stream()
        .sorted(Comparator.comparing(SavedFilter::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(f -> f.id().value()))
        .toList();
  }

  @Override
  public void delete(AccountId account, SavedFilterId id) {
    tx.checkWritable();
    tx.ctx.deleteFrom(SAVED_FILTER).where(SAVED_FILTER.ID.eq(id.value()), SAVED_FILTER.ACCOUNT_ID.eq(account.value()))
        .execute();
  }

  private static SavedFilter filter(SavedFilterRecord r) {
    return new SavedFilter(SavedFilterId.of(r.getId()), AccountId.of(r.getAccountId()), AgentId.of(r.getOwnerId()),
        r.getName(), QueryJson.read(r.getQueryJson()), Times.instant(r.getCreatedAt()));
  }
}
