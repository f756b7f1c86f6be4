package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.LABEL;

import io.konversio.core.account.AccountId;
import io.konversio.core.label.Label;
import io.konversio.core.label.LabelId;
import io.konversio.core.spi.LabelStore;
import io.konversio.jdbc.internal.schema.tables.records.LabelRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class JooqLabelStore implements LabelStore {
  private final JooqTransaction tx;

  JooqLabelStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void insert(Label label) {
    tx.insertUnique(tx.ctx.insertInto(LABEL, LABEL.ID, LABEL.ACCOUNT_ID, LABEL.TITLE, LABEL.DESCRIPTION, LABEL.COLOR)
        .values(label.id().value(), label.accountId().value(), label.title(), label.description(), label.color()),
        "label " + label.title() + " in account " + label.accountId());
  }

  @Override
  public Optional<Label> findByTitle(AccountId account, String normalizedTitle) {
    return tx.ctx.selectFrom(LABEL).where(LABEL.ACCOUNT_ID.eq(account.value()), LABEL.TITLE.eq(normalizedTitle))
        .fetchOptional(JooqLabelStore::label);
  }

  @Override
  public List<Label> list(AccountId account) {
    return tx.ctx.selectFrom(LABEL).where(LABEL.ACCOUNT_ID.eq(account.value()))
        .fetch(JooqLabelStore::label).stream().sorted(Comparator.comparing(Label::title)).toList();
  }

  @Override
  public void delete(AccountId account, LabelId id) {
    tx.checkWritable();
    tx.ctx.deleteFrom(LABEL).where(LABEL.ID.eq(id.value()), LABEL.ACCOUNT_ID.eq(account.value())).execute();
  }

  private static Label label(LabelRecord r) {
    return new Label(LabelId.of(r.getId()), AccountId.of(r.getAccountId()), r.getTitle(), r.getDescription(),
        r.getColor());
  }
}
