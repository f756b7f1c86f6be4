package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.konversio.rules.internal.Text;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldedLabelsTest {
    private static final String[] NAMES = {"vip", "VIP", "Spam", "billing", "Ünïcode", "k0", "k1", "k2", "k3", "k4",
            "k5", "k6", "k7", "k8", "k9", "ΣΊΣΥΦΟΣ"};

    @Test
    void addingAndRemovingLabelsBehavesAsAnOrderedSetOfFoldedLabels() {
        // steps: (add?, label), applied both to FoldedLabels and to a LinkedHashSet of folded labels
        qt().withExamples(500).forAll(lists().of(integers().between(0, 2 * NAMES.length - 1)).ofSizeBetween(0, 40))
                .checkAssert(steps -> {
                    FoldedLabels labels = FoldedLabels.EMPTY;
                    Set<String> expected = new LinkedHashSet<>();
                    for (int step : steps) {
                        String folded = Text.fold(NAMES[step % NAMES.length]);
                        if (step < NAMES.length) {
                            labels = labels.with(folded);
                            expected.add(folded);
                        } else {
                            labels = labels.without(folded);
                            expected.remove(folded);
                        }
                        assertThat(labels).containsExactlyElementsOf(expected);
                        assertThat(labels).isEqualTo(expected).hasSameHashCodeAs(expected);
                        assertThat(new HashSet<>(expected)).isEqualTo(labels);
                        for (String name : NAMES) {
                            assertThat(labels.contains(Text.fold(name))).isEqualTo(expected.contains(Text.fold(name)));
                        }
                    }
                });
    }

    @Test
    void theFactFoldsTheLabelsItIsGiven() {
        ConversationFact fact = fact(new LinkedHashSet<>(List.of("VIP", "vip", "Billing")));
        assertThat(fact.labels()).containsExactly("vip", "billing");
        assertThat(fact(Set.of()).labels()).isEmpty();
    }

    @Test
    void addLabelAndRemoveLabelGiveTheSameFactWhenNothingChanges() {
        ConversationFact fact = fact(Set.of("vip"));
        assertThat(fact.withActionApplied(RuleAction.of("add_label", "VIP"))).isSameAs(fact);
        assertThat(fact.withActionApplied(RuleAction.of("remove_label", "spam"))).isSameAs(fact);
        ConversationFact added = fact.withActionApplied(RuleAction.of("add_label", "Billing", "urgent"));
        assertThat(added.labels()).containsExactly("vip", "billing", "urgent");
        assertThat(added.withActionApplied(RuleAction.of("remove_label", "VIP", "urgent")).labels())
                .containsExactly("billing");
        assertThat(added).isEqualTo(fact.toBuilder().label("billing").label("urgent").build());
    }

    @Test
    void theLabelsCannotBeChanged() {
        Set<String> labels = fact(Set.of("vip")).labels();
        assertThatThrownBy(() -> labels.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> labels.remove("vip")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(labels::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> labels.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(labels).containsExactly("vip");
    }

    @Test
    void aSetOfManyLabelsFindsEachOfThem() {
        qt().withExamples(50).forAll(integers().between(9, 60), booleans().all()).checkAssert((n, upper) -> {
            FoldedLabels labels = FoldedLabels.EMPTY;
            for (int i = 0; i < n; i++) {
                labels = labels.with("l" + i);
            }
            assertThat(labels).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(labels.contains("l" + i)).isTrue();
            }
            assertThat(labels.contains(upper ? "L0" : "l" + n)).isFalse();
            assertThat(labels.without("l0").contains("l0")).isFalse();
        });
    }

    private static ConversationFact fact(Set<String> labels) {
        return ConversationFact.builder().event(RuleEvent.MESSAGE_CREATED).occurredAt(Instant.EPOCH).labels(labels)
                .build();
    }
}
