/** Rule stores that ship with konversio-rules: {@link io.konversio.rules.store.InMemoryRuleStore}. */
@NullMarked
package io.konversio.rules.store;

import org.jspecify.annotations.NullMarked;
