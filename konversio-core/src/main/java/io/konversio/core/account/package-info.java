/**
 * Accounts: the tenants of Konversio. Every entity belongs to exactly one account.
 */
@NullMarked
package io.konversio.core.account;

import org.jspecify.annotations.NullMarked;
