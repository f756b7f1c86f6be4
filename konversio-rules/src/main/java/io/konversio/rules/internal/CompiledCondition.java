package io.konversio.rules.internal;

import java.util.Set;
import java.util.function.Predicate;

/**
 * A condition node turned into a predicate over the working fact, with the Drools sharing key (which
 * encodes every constant, so two different conditions never share an alpha node) and the reactive
 * properties it reads. Immutable and thread-safe.
 *
 * @param key   a canonical text of the condition, unique per meaning
 * @param test  the predicate
 * @param props the {@link WorkingFact} properties it reads
 */
public record CompiledCondition(String key, Predicate<WorkingFact> test, Set<String> props) {
}
