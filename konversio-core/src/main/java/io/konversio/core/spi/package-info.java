/**
 * Extension points a host implements or a persistence module provides: stores, sinks and channels.
 */
@NullMarked
package io.konversio.core.spi;

import org.jspecify.annotations.NullMarked;
