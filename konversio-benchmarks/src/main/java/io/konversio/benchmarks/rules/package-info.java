/** JMH benchmarks of the rules engine against two plain-Java baselines. */
@NullMarked
package io.konversio.benchmarks.rules;

import org.jspecify.annotations.NullMarked;
