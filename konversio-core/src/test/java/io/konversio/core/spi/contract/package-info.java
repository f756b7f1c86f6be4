/**
 * The contract tests of the store SPI ({@link io.konversio.core.spi}): one abstract JUnit 5 class per store
 * interface, plus {@link io.konversio.core.spi.contract.ConversationQueryContract} for conversation queries and
 * counts and {@link io.konversio.core.spi.contract.TransactionContract} for transactions, ids and account isolation
 * across the stores. Konversio's in-memory store passes them (see the {@code InMemory*Test} classes);
 * {@code konversio-jdbc} runs the very same tests on H2 and PostgreSQL.
 *
 * <h2>Running the contracts against your store</h2>
 * The classes ship in konversio-core's test jar. Add it, with the test libraries it uses, to your module:
 * <pre>{@code
 * <dependency>
 *   <groupId>io.konversio</groupId>
 *   <artifactId>konversio-core</artifactId>
 *   <version>${konversio.version}</version>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * <!-- not inherited from the test jar: -->
 * <dependency>
 *   <groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope>
 * </dependency>
 * <dependency><groupId>org.assertj</groupId><artifactId>assertj-core</artifactId><scope>test</scope></dependency>
 * }</pre>
 * Then write one thin subclass per contract, named so that Surefire runs it ({@code *Test}), whose
 * {@code newStore()} returns a fresh, empty store for each test:
 * <pre>{@code
 * class H2ConversationStoreTest extends ConversationStoreContract {
 *   protected DataStore newStore() {
 *     return JdbcStores.h2InMemory("test-" + UUID.randomUUID());   // your factory
 *   }
 * }
 * }</pre>
 * Do this for each of {@code AccountStoreContract}, {@code InboxStoreContract}, {@code AgentStoreContract},
 * {@code TeamStoreContract}, {@code ContactStoreContract}, {@code LabelStoreContract},
 * {@code AttributeStoreContract}, {@code ConversationStoreContract}, {@code ConversationQueryContract},
 * {@code MessageStoreContract}, {@code NotificationStoreContract}, {@code SavedFilterStoreContract},
 * {@code DueWorkStoreContract}, {@code OutboxStoreContract} and {@code TransactionContract}. A subclass may add
 * its own {@code @AfterEach} to close or drop what {@code newStore()} created, and its own tests.
 *
 * <h2>What the contracts assume</h2>
 * They work only through {@link io.konversio.core.spi.DataStore#read} and
 * {@link io.konversio.core.spi.DataStore#write} and the SPI, never through Konversio's services. Fixtures take their
 * ids from {@code nextId} with Konversio's sequence names and insert accounts, inboxes, agents, contacts and
 * conversations before the records that refer to them, so a store with foreign keys passes as long as it accepts
 * the caller's ids. Instants have microsecond precision. A few tests use several threads (concurrent claims, stale
 * updates, id allocation) and wait at most a minute for them; none sleeps. The rules being checked are written in
 * the Javadoc of the {@code io.konversio.core.spi} package and of each store interface.
 *
 * <p>Not thread-safe: JUnit creates one instance of a contract per test.
 */
@NullMarked
package io.konversio.core.spi.contract;

import org.jspecify.annotations.NullMarked;
