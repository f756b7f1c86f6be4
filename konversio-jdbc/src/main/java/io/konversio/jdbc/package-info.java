/**
 * Konversio's store on a relational database through jOOQ: {@link io.konversio.jdbc.JdbcStore}, embedded H2 by
 * default and PostgreSQL for production and many nodes.
 */
@NullMarked
package io.konversio.jdbc;

import org.jspecify.annotations.NullMarked;
