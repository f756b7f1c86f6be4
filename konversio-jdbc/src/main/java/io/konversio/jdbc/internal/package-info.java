/**
 * The jOOQ implementation of konversio-core's store SPI, its JSON mappings and the generated schema classes
 * ({@code io.konversio.jdbc.internal.schema}). Not an API: use {@link io.konversio.jdbc.JdbcStore}.
 */
@NullMarked
package io.konversio.jdbc.internal;

import org.jspecify.annotations.NullMarked;
