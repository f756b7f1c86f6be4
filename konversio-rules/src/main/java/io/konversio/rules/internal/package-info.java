/**
 * Implementation details of the rules engine, including everything that touches Drools. Not API: types
 * here may change without notice.
 */
@NullMarked
package io.konversio.rules.internal;

import org.jspecify.annotations.NullMarked;
