package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.DUE_WORK;

import io.konversio.core.account.AccountId;
import io.konversio.core.duework.DueItem;
import io.konversio.core.spi.DueWorkStore;
import io.konversio.jdbc.internal.schema.tables.records.DueWorkRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.SelectForUpdateStep;

/**
 * Due work in {@code due_work}. An item is claimable while {@code due_at <= now} and {@code visible_at <= now};
 * a claim moves {@code visible_at} to the end of the lease. On PostgreSQL the claim selects with
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent claimers take different rows without waiting; on H2 it selects
 * with {@code FOR UPDATE}. Either way the conditional {@code UPDATE ... WHERE visible_at <= now} is what makes a
 * claim exclusive: a row that another transaction claimed first updates nothing and is not returned.
 */
final class JooqDueWorkStore implements DueWorkStore {
  private final JooqTransaction tx;

  JooqDueWorkStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void schedule(DueItem item) {
    tx.checkWritable();
    tx.ctx.deleteFrom(DUE_WORK).where(DUE_WORK.WORK_KEY.eq(item.key())).execute();
    DueWorkRecord r = tx.ctx.newRecord(DUE_WORK);
    r.setId(JooqDataStore.nextValue(tx.ctx, "konversio_due_work_ids"));
    r.setAccountId(item.accountId().value());
    r.setKind(item.kind());
    r.setWorkKey(item.key());
    r.setPayload(item.payload());
    r.setDueAt(Times.column(item.dueAt()));
    r.setVisibleAt(Times.column(item.dueAt()));
    r.setAttempts(item.attempts());
    tx.ctx.insertInto(DUE_WORK).set(r).execute();
  }

  @Override
  public void cancel(String key) {
    tx.checkWritable();
    tx.ctx.deleteFrom(DUE_WORK).where(DUE_WORK.WORK_KEY.eq(key)).execute();
  }

  @Override
  public List<DueItem> claim(Instant now, int limit, Duration lease) {
    tx.checkWritable();
    if (limit <= 0) {
      return List.of();
    }
    OffsetDateTime at = Times.column(now);
    OffsetDateTime leaseEnd = Times.column(now.plus(lease));
    SelectForUpdateStep<DueWorkRecord> due = tx.ctx.selectFrom(DUE_WORK)
        .where(DUE_WORK.DUE_AT.le(at), DUE_WORK.VISIBLE_AT.le(at))
        .orderBy(DUE_WORK.DUE_AT, DUE_WORK.ID)
        .limit(limit);
    List<DueWorkRecord> candidates = tx.isPostgres() ? due.forUpdate().skipLocked().fetch() : due.forUpdate().fetch();
    List<DueItem> claimed = new ArrayList<>(candidates.size());
    for (DueWorkRecord r : candidates) {
      int updated = tx.ctx.update(DUE_WORK).set(DUE_WORK.VISIBLE_AT, leaseEnd)
          .where(DUE_WORK.ID.eq(r.getId()), DUE_WORK.VISIBLE_AT.le(at))
          .execute();
      if (updated == 1) {
        claimed.add(item(r));
      }
    }
    return claimed;
  }

  @Override
  public void complete(DueItem item) {
    tx.checkWritable();
    tx.ctx.deleteFrom(DUE_WORK).where(DUE_WORK.ID.eq(item.id()), DUE_WORK.WORK_KEY.eq(item.key())).execute();
  }

  @Override
  public void retry(DueItem item, Instant dueAt) {
    tx.checkWritable();
    OffsetDateTime at = Times.column(dueAt);
    tx.ctx.update(DUE_WORK).set(DUE_WORK.DUE_AT, at).set(DUE_WORK.VISIBLE_AT, at)
        .set(DUE_WORK.ATTEMPTS, item.attempts() + 1)
        .where(DUE_WORK.ID.eq(item.id()), DUE_WORK.WORK_KEY.eq(item.key()))
        .execute();
  }

  @Override
  public List<DueItem> list() {
    return tx.ctx.selectFrom(DUE_WORK).orderBy(DUE_WORK.DUE_AT, DUE_WORK.ID).fetch(JooqDueWorkStore::item);
  }

  private static DueItem item(DueWorkRecord r) {
    return new DueItem(r.getId(), AccountId.of(r.getAccountId()), r.getKind(), r.getWorkKey(), r.getPayload(),
        Times.instant(r.getDueAt()), r.getAttempts());
  }
}
