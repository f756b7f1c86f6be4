/**
 * Extension points of the rules module: what the host implements ({@link io.konversio.rules.spi.Mailer},
 * {@link io.konversio.rules.spi.WebhookSender}, {@link io.konversio.rules.spi.RuleStore}) and the seams the
 * automation glue implements over konversio-core (reference look-ups for validation, the executor that carries out
 * planned actions, the source of an account's rules).
 */
@NullMarked
package io.konversio.rules.spi;

import org.jspecify.annotations.NullMarked;
