package io.konversio.rules.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.AccountId;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.Condition;
import io.konversio.rules.Operator;
import io.konversio.rules.RuleAction;
import io.konversio.rules.RuleEvent;
import io.konversio.rules.RuleId;
import io.konversio.rules.spi.RuleStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RuleStore}. Subclass it with {@link #newStore()} returning a fresh, empty store of the
 * implementation under test, and {@link #account(long)} returning an existing account of that store when accounts
 * must exist. Not thread-safe.
 */
public abstract class RuleStoreContract {

    /** A fresh store of the implementation under test. */
    protected abstract RuleStore newStore();

    /** The account numbered {@code n} (1, 2, ...); override when the store needs the account to exist. */
    protected AccountId account(long n) {
        return AccountId.of(n);
    }

    private RuleStore store;

    @BeforeEach
    void newStoreForEachTest() {
        store = newStore();
    }

    private AutomationRule rule(AccountId account, String name, int position) {
        return AutomationRule.builder().id(store.nextId()).accountId(account.value()).name(name)
                .description("a description — with « quotes » and 退款")
                .event(RuleEvent.MESSAGE_CREATED)
                .allOf(Condition.of("content", Operator.CONTAINS, "refund", "money back"),
                        Condition.changed("status", List.of("open"), List.of("resolved")))
                .action(RuleAction.of("add_label", "billing"))
                .action(RuleAction.of("send_email_to_team", Map.of("team_ids", List.of(10L, 11L),
                        "message", "New refund: {{conversation.id}}")))
                .action(RuleAction.of("change_priority", "high"))
                .action(RuleAction.of("x_custom", new BigDecimal("1.50"), true, List.of("a", 2L)))
                .position(position)
                .build();
    }

    @Test
    void theRevisionChangesWithEveryWriteOfTheAccountOnly() {
        AccountId acme = account(1);
        AccountId globex = account(2);
        List<Long> seen = new ArrayList<>();
        seen.add(store.revision(acme));
        long globexBefore = store.revision(globex);

        AutomationRule a = rule(acme, "a", 0);
        store.insert(a);
        seen.add(store.revision(acme));
        store.update(a.toBuilder().name("a, renamed").build());
        seen.add(store.revision(acme));
        AutomationRule b = rule(acme, "b", 1);
        store.apply(acme, List.of(b), List.of());
        seen.add(store.revision(acme));
        store.delete(acme, b.id().orElseThrow());
        seen.add(store.revision(acme));
        store.find(acme, a.id().orElseThrow());
        store.list(acme);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(store.revision(acme)).isEqualTo(seen.get(seen.size() - 1));
        assertThat(store.revision(globex)).isEqualTo(globexBefore);
    }

    @Test
    void nextIdNeverRepeats() {
        Set<RuleId> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(ids.add(store.nextId())).isTrue();
        }
    }

    @Test
    void aStoredRuleIsFoundEqualToWhatWasStored() {
        AccountId acme = account(1);
        AutomationRule rule = rule(acme, "Refunds", 0);
        store.insert(rule);
        assertThat(store.find(acme, rule.id().orElseThrow())).contains(rule);
        assertThat(store.list(acme)).containsExactly(rule);
    }

    @Test
    void aRuleIsNotVisibleFromAnotherAccount() {
        AccountId acme = account(1);
        AccountId globex = account(2);
        AutomationRule rule = rule(acme, "Refunds", 0);
        store.insert(rule);
        assertThat(store.find(globex, rule.id().orElseThrow())).isEmpty();
        assertThat(store.list(globex)).isEmpty();
        assertThat(store.delete(globex, rule.id().orElseThrow())).isFalse();
        assertThat(store.update(rule.toBuilder().accountId(globex.value()).build())).isFalse();
        assertThat(store.find(acme, rule.id().orElseThrow())).contains(rule);
    }

    @Test
    void listIsByPositionThenById() {
        AccountId acme = account(1);
        AutomationRule a = rule(acme, "a", 2);
        AutomationRule b = rule(acme, "b", 0);
        AutomationRule c = rule(acme, "c", 1);
        AutomationRule d = rule(acme, "d", 1);
        for (AutomationRule r : List.of(d, a, c, b)) {
            store.insert(r);
        }
        assertThat(store.list(acme)).extracting(AutomationRule::name).containsExactly("b", "c", "d", "a");
    }

    @Test
    void updateReplacesEveryField() {
        AccountId acme = account(1);
        AutomationRule rule = rule(acme, "Refunds", 0);
        store.insert(rule);
        AutomationRule changed = rule.toBuilder().name("Refunds v2").description("").enabled(false).position(7)
                .event(RuleEvent.CONVERSATION_RESOLVED).allOf().actions(List.of(RuleAction.of("resolve_conversation")))
                .build();
        assertThat(store.update(changed)).isTrue();
        assertThat(store.find(acme, rule.id().orElseThrow())).contains(changed);
    }

    @Test
    void updatingOrDeletingAMissingRuleChangesNothing() {
        AccountId acme = account(1);
        AutomationRule rule = rule(acme, "Refunds", 0);
        assertThat(store.update(rule)).isFalse();
        assertThat(store.delete(acme, rule.id().orElseThrow())).isFalse();
        assertThat(store.list(acme)).isEmpty();
    }

    @Test
    void deleteRemovesTheRule() {
        AccountId acme = account(1);
        AutomationRule keep = rule(acme, "keep", 0);
        AutomationRule drop = rule(acme, "drop", 1);
        store.insert(keep);
        store.insert(drop);
        assertThat(store.delete(acme, drop.id().orElseThrow())).isTrue();
        assertThat(store.find(acme, drop.id().orElseThrow())).isEmpty();
        assertThat(store.list(acme)).containsExactly(keep);
    }

    @Test
    void insertingARuleWithoutIdOrWithATakenIdIsRefused() {
        AccountId acme = account(1);
        AutomationRule rule = rule(acme, "Refunds", 0);
        store.insert(rule);
        assertThatThrownBy(() -> store.insert(rule.toBuilder().name("again").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.insert(rule.toBuilder().id((RuleId) null).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.list(acme)).containsExactly(rule);
    }

    @Test
    void concurrentInsertsAllLand() throws Exception {
        AccountId acme = account(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<RuleId> ids = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        AutomationRule r = rule(acme, "r" + thread + "-" + i, i);
                        store.insert(r);
                        ids.add(r.id().orElseThrow());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids).hasSize(100);
        assertThat(store.list(acme)).hasSize(100);
    }

    @Test
    void applyDeletesAndSavesInOneGo() {
        AccountId acme = account(1);
        AutomationRule a = rule(acme, "a", 0);
        AutomationRule b = rule(acme, "b", 1);
        AutomationRule c = rule(acme, "c", 2);
        List.of(a, b, c).forEach(store::insert);
        AutomationRule cFirst = c.toBuilder().position(0).build();
        AutomationRule bSecond = b.toBuilder().name("b v2").build();
        AutomationRule d = rule(acme, "d", 2);
        store.apply(acme, List.of(cFirst, bSecond, d), List.of(a.id().orElseThrow()));
        assertThat(store.list(acme)).containsExactly(cFirst, bSecond, d);
    }

    @Test
    void applySkipsIdsToDeleteThatTheAccountDoesNotHave() {
        AccountId acme = account(1);
        AccountId globex = account(2);
        AutomationRule theirs = rule(globex, "theirs", 0);
        store.insert(theirs);
        store.apply(acme, List.of(), List.of(theirs.id().orElseThrow(), store.nextId()));
        assertThat(store.list(globex)).containsExactly(theirs);
    }

    @Test
    void aBatchWithAFailingRuleChangesNothing() {
        AccountId acme = account(1);
        AccountId globex = account(2);
        AutomationRule a = rule(acme, "a", 0);
        AutomationRule b = rule(acme, "b", 1);
        AutomationRule theirs = rule(globex, "theirs", 0);
        List.of(a, b, theirs).forEach(store::insert);
        // the last rule takes the id of another account's rule: the store finds out only when it gets there
        AutomationRule stealing = theirs.toBuilder().accountId(acme.value()).name("stealing").position(3).build();
        assertThatThrownBy(() -> store.apply(acme,
                List.of(b.toBuilder().position(0).build(), rule(acme, "new", 2), stealing),
                List.of(a.id().orElseThrow())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.list(acme)).containsExactly(a, b);
        assertThat(store.list(globex)).containsExactly(theirs);
    }

    @Test
    void aBatchWithARuleWithoutIdOrOfAnotherAccountIsRefusedWhole() {
        AccountId acme = account(1);
        AccountId globex = account(2);
        AutomationRule a = rule(acme, "a", 0);
        store.insert(a);
        AutomationRule moved = a.toBuilder().position(5).build();
        assertThatThrownBy(() -> store.apply(acme, List.of(moved, rule(acme, "x", 1).toBuilder().id((RuleId) null)
                .build()), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.apply(acme, List.of(moved, rule(globex, "x", 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.list(acme)).containsExactly(a);
        assertThat(store.list(globex)).isEmpty();
    }

    @Test
    void concurrentReordersNeverLoseOrDuplicatePositions() throws Exception {
        AccountId acme = account(1);
        int size = 8;
        Set<RuleId> ids = new HashSet<>();
        for (int i = 0; i < size; i++) {
            AutomationRule r = rule(acme, "r" + i, i);
            store.insert(r);
            ids.add(r.id().orElseThrow());
        }
        List<Integer> positions = IntStream.range(0, size).boxed().toList();
        List<String> torn = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Random random = new Random(t);
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        List<AutomationRule> order = new ArrayList<>(store.list(acme));
                        Collections.shuffle(order, random);
                        List<AutomationRule> numbered = new ArrayList<>();
                        for (AutomationRule r : order) {
                            numbered.add(r.toBuilder().position(numbered.size()).build());
                        }
                        store.apply(acme, numbered, List.of());
                    }
                }));
            }
            Future<?> reader = pool.submit(() -> {
                while (writing.get()) {
                    List<Integer> seen = store.list(acme).stream().map(AutomationRule::position).toList();
                    if (!seen.equals(positions)) {
                        torn.add(seen.toString());
                    }
                }
            });
            for (Future<?> f : writers) {
                f.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            reader.get(60, TimeUnit.SECONDS);
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        assertThat(torn).as("lists read while reordering").isEmpty();
        assertThat(store.list(acme)).extracting(AutomationRule::position).isEqualTo(positions);
        assertThat(store.list(acme)).extracting(r -> r.id().orElseThrow()).containsExactlyInAnyOrderElementsOf(ids);
    }
}
