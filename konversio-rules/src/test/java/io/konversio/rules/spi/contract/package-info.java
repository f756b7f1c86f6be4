/**
 * Contract tests of the rules module's SPIs, shipped in konversio-rules' test jar so that other stores (such as
 * konversio-jdbc's) run the same tests: {@link io.konversio.rules.spi.contract.RuleStoreContract}.
 */
@NullMarked
package io.konversio.rules.spi.contract;

import org.jspecify.annotations.NullMarked;
