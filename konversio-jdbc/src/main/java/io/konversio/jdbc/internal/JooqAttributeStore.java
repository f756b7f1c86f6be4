package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.ATTRIBUTE_DEFINITION;

import io.konversio.core.account.AccountId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.attribute.CustomAttributeDefinition;
import io.konversio.core.spi.AttributeStore;
import io.konversio.jdbc.internal.schema.tables.records.AttributeDefinitionRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class JooqAttributeStore implements AttributeStore {
  private final JooqTransaction tx;

  JooqAttributeStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void insert(CustomAttributeDefinition d) {
    AttributeDefinitionRecord r = tx.ctx.newRecord(ATTRIBUTE_DEFINITION);
    r.setAccountId(d.accountId().value());
    r.setModel(d.model().code());
    r.setAttributeKey(d.key());
    r.setDisplayName(d.displayName());
    r.setAttributeType(d.type().code());
    r.setListValues(JsonValues.write(JsonValues.stringArray(d.listValues())));
    tx.insertUnique(tx.ctx.insertInto(ATTRIBUTE_DEFINITION).set(r), "attribute " + d.key());
  }

  @Override
  public Optional<CustomAttributeDefinition> find(AccountId account, AttributeModel model, String key) {
    return tx.ctx.selectFrom(ATTRIBUTE_DEFINITION)
        .where(ATTRIBUTE_DEFINITION.ACCOUNT_ID.eq(account.value()), ATTRIBUTE_DEFINITION.MODEL.eq(model.code()),
            ATTRIBUTE_DEFINITION.ATTRIBUTE_KEY.eq(key))
        .fetchOptional(JooqAttributeStore::definition);
  }

  @Override
  public List<CustomAttributeDefinition> list(AccountId account, AttributeModel model) {
    return tx.ctx.selectFrom(ATTRIBUTE_DEFINITION)
        .where(ATTRIBUTE_DEFINITION.ACCOUNT_ID.eq(account.value()), ATTRIBUTE_DEFINITION.MODEL.eq(model.code()))
        .fetch(JooqAttributeStore::definition).stream()
        .sorted(Comparator.comparing(CustomAttributeDefinition::key)).toList();
  }

  @Override
  public void delete(AccountId account, AttributeModel model, String key) {
    tx.checkWritable();
    tx.ctx.deleteFrom(ATTRIBUTE_DEFINITION)
        .where(ATTRIBUTE_DEFINITION.ACCOUNT_ID.eq(account.value()), ATTRIBUTE_DEFINITION.MODEL.eq(model.code()),
            ATTRIBUTE_DEFINITION.ATTRIBUTE_KEY.eq(key))
        .execute();
  }

  private static CustomAttributeDefinition definition(AttributeDefinitionRecord r) {
    return new CustomAttributeDefinition(AccountId.of(r.getAccountId()), AttributeModel.ofCode(r.getModel()),
        r.getAttributeKey(), r.getDisplayName(), AttributeType.ofCode(r.getAttributeType()),
        JsonValues.strings(JsonValues.read(r.getListValues())));
  }
}
