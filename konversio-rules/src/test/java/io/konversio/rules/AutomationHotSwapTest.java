package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rules change while events flow: every evaluation runs either the old or the new rule set, never a mix. */
class AutomationHotSwapTest {
    private static final int CREATORS = 3;
    private static final int PER_CREATOR = 30;

    @Test
    void reorderingAndSwitchingRulesWhileConversationsAreCreated() throws Exception {
        AutomationFixture f = new AutomationFixture();
        AutomationRule a = note(f, "A");
        note(f, "B");
        AutomationRule c = note(f, "C");
        ExecutorService pool = Executors.newFixedThreadPool(CREATORS + 1);
        ConcurrentLinkedQueue<ConversationId> created = new ConcurrentLinkedQueue<>();
        AtomicBoolean creating = new AtomicBoolean(true);
        AtomicInteger swaps = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> creators = new ArrayList<>();
            for (int t = 0; t < CREATORS; t++) {
                int thread = t;
                creators.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < PER_CREATOR; i++) {
                        Conversation conversation = f.start(f.email, "contact " + thread + "-" + i, "hi");
                        created.add(conversation.id());
                    }
                    return null;
                }));
            }
            Future<?> editor = pool.submit(() -> {
                start.await();
                int round = 0;
                while (creating.get()) {
                    // one move swaps A to the other end: a rule set is A,B,C / B,C,A (C on or off)
                    f.rules.move(a.id().orElseThrow(), round % 2 == 0 ? 2 : 0);
                    if (round % 3 == 0) {
                        f.rules.disable(c.id().orElseThrow());
                    } else {
                        f.rules.enable(c.id().orElseThrow());
                    }
                    swaps.incrementAndGet();
                    round++;
                }
                return null;
            });
            start.countDown();
            for (Future<?> creator : creators) {
                creator.get(120, TimeUnit.SECONDS);
            }
            creating.set(false);
            editor.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(created).hasSize(CREATORS * PER_CREATOR);
        assertThat(swaps.get()).isPositive();
        for (ConversationId id : created) {
            List<String> notes = f.automated(id);
            assertThat(notes).as("notes of %s", id).isIn(List.of("A", "B", "C"), List.of("A", "B"),
                    List.of("B", "C", "A"), List.of("B", "A"));
        }
        assertThat(f.results).allSatisfy(r -> assertThat(r.failedActions()).isEmpty());
        assertThat(f.results).filteredOn(r -> r.event().event() == RuleEvent.CONVERSATION_CREATED)
                .hasSize(CREATORS * PER_CREATOR);
    }

    private static AutomationRule note(AutomationFixture f, String text) {
        return f.rules.create(AutomationRule.builder().name(text).event(RuleEvent.CONVERSATION_CREATED)
                .action(RuleAction.of(ActionType.ADD_PRIVATE_NOTE, text)).build());
    }
}
