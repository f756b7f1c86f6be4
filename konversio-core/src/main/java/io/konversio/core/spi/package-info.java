/**
 * Extension points a host implements or a persistence module provides: stores, sinks and channels.
 *
 * <h2>Rules every store follows</h2>
 * These hold for each store interface unless its own Javadoc says otherwise; the abstract contract tests in
 * konversio-core's test jar ({@code io.konversio.core.spi.contract}) check them.
 * <ul>
 *   <li><b>Accounts.</b> Every method that takes an {@code AccountId} sees only that account's records: a
 *       {@code find} with another account's id returns empty, lists and queries leave other accounts' records
 *       out, and an update or delete never touches another account's record.</li>
 *   <li><b>Inserts.</b> Ids are assigned by the caller (from {@link StoreTransaction#nextId}). Inserting a record
 *       whose id, or other unique key, is already stored is a programming error: the store throws an unchecked
 *       exception and the caller's transaction must roll back (a SQL store may not be able to continue it).</li>
 *   <li><b>Updates.</b> {@code update} replaces the stored record with the same id in the same account.
 *       Updating a record that is not stored in that account throws an unchecked exception and writes
 *       nothing.</li>
 *   <li><b>Values.</b> Whatever is stored is read back {@code equals} to what was written: text in full (any
 *       Unicode, any length the domain allows, empty strings kept as empty), empty {@code Optional}s as empty,
 *       {@code Instant}s to the microsecond at least, list order kept, and custom attribute values with their
 *       Java type: {@code String}, {@code java.math.BigDecimal} (with its scale, so {@code 12.50} stays
 *       {@code 12.50}), {@code java.time.LocalDate} and {@code Boolean}.</li>
 *   <li><b>Order.</b> "Ordered by" a text column means by Unicode code point, as {@link String#compareTo} orders
 *       text without supplementary characters (on PostgreSQL: {@code COLLATE "C"}), so that every store returns
 *       the same order. Ties are broken by id, ascending, unless a method says otherwise.</li>
 *   <li><b>Pages.</b> A {@link io.konversio.core.Page} holds the zero-based page asked for with its requested
 *       size and the total over all pages; a page past the last one is empty but still carries the total.</li>
 * </ul>
 */
@NullMarked
package io.konversio.core.spi;

import org.jspecify.annotations.NullMarked;
