/**
 * Automation rules: rules as data ({@link io.konversio.rules.AutomationRule}), their JSON form
 * ({@link io.konversio.rules.RuleJson}), validation ({@link io.konversio.rules.RuleValidator}) and the
 * engine that runs them on conversation events ({@link io.konversio.rules.RuleEngine}); on a Konversio,
 * {@link io.konversio.rules.Automation} installs them as an extension and
 * {@link io.konversio.rules.AutomationRules} manages each account's rules.
 *
 * <p>No Drools type appears here; the Drools-backed engine lives in {@code io.konversio.rules.internal}.
 */
@NullMarked
package io.konversio.rules;

import org.jspecify.annotations.NullMarked;
