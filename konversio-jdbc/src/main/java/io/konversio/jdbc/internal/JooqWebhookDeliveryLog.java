package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.WEBHOOK_DELIVERY;

import io.konversio.core.Page;
import io.konversio.jdbc.internal.schema.tables.records.WebhookDeliveryRecord;
import io.konversio.rules.webhook.WebhookDelivery;
import io.konversio.rules.webhook.WebhookDeliveryLog;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Webhook delivery attempts in the {@code webhook_delivery} table, newest first per account. Each call is one
 * transaction of the {@link JooqDataStore} (it joins the host's transaction when the store does). Attempts older than
 * the retention (measured back from the newest attempt recorded) are deleted now and then: every
 * {@value #PRUNE_EVERY}th record, and on the first. Thread-safe.
 */
public final class JooqWebhookDeliveryLog implements WebhookDeliveryLog {
  static final int PRUNE_EVERY = 500;
  private final JooqDataStore store;
  private final Duration retention;
  private final AtomicLong recorded = new AtomicLong();

  public JooqWebhookDeliveryLog(JooqDataStore store, Duration retention) {
    this.store = Objects.requireNonNull(store, "store");
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive: " + retention);
    }
    this.retention = retention;
  }

  @Override
  public void record(WebhookDelivery d) {
    Objects.requireNonNull(d, "delivery");
    boolean prune = recorded.getAndIncrement() % PRUNE_EVERY == 0;
    write(tx -> {
      tx.ctx.insertInto(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.ACCOUNT_ID, WEBHOOK_DELIVERY.DELIVERY_ID,
              WEBHOOK_DELIVERY.RULE_ID, WEBHOOK_DELIVERY.URL, WEBHOOK_DELIVERY.EVENT_NAME, WEBHOOK_DELIVERY.ATTEMPT,
              WEBHOOK_DELIVERY.STATUS_CODE, WEBHOOK_DELIVERY.ERROR, WEBHOOK_DELIVERY.OCCURRED_AT,
              WEBHOOK_DELIVERY.OUTCOME)
          .values(d.accountId(), d.deliveryId(), d.ruleId(), d.url(), d.eventName(), d.attempt(), d.statusCode(),
              d.error(), Times.column(d.time()), d.outcome().code())
          .execute();
      if (prune) {
        tx.ctx.deleteFrom(WEBHOOK_DELIVERY)
            .where(WEBHOOK_DELIVERY.OCCURRED_AT.lt(Times.column(d.time().minus(retention)))).execute();
      }
      return null;
    });
  }

  @Override
  public Page<WebhookDelivery> list(long accountId, int page, int size) {
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("page must be >= 0 and size >= 1: page " + page + ", size " + size);
    }
    return store.read(t -> {
      JooqTransaction tx = (JooqTransaction) t;
      int total = tx.ctx.fetchCount(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.ACCOUNT_ID.eq(accountId));
      List<WebhookDelivery> items = tx.ctx.selectFrom(WEBHOOK_DELIVERY)
          .where(WEBHOOK_DELIVERY.ACCOUNT_ID.eq(accountId))
          .orderBy(WEBHOOK_DELIVERY.OCCURRED_AT.desc(), WEBHOOK_DELIVERY.SEQ.desc())
          .limit(size).offset((long) page * size)
          .fetch(JooqWebhookDeliveryLog::delivery);
      return new Page<>(items, page, size, total);
    });
  }

  private static WebhookDelivery delivery(WebhookDeliveryRecord r) {
    return new WebhookDelivery(r.getDeliveryId(), r.getAccountId(), r.getRuleId(), r.getUrl(), r.getEventName(),
        r.getAttempt(), r.getStatusCode(), r.getError(), Times.instant(r.getOccurredAt()),
        WebhookDelivery.Outcome.ofCode(r.getOutcome()));
  }

  private <T> T write(Function<JooqTransaction, T> work) {
    return store.write(t -> {
      JooqTransaction tx = (JooqTransaction) t;
      tx.checkWritable();
      return work.apply(tx);
    });
  }
}
