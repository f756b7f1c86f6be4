/**
 * Due work: timed items such as snooze wake-ups, run by {@code Konversio.runDueWork}.
 */
@NullMarked
package io.konversio.core.duework;

import org.jspecify.annotations.NullMarked;
