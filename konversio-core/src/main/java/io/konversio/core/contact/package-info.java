/**
 * Contacts: the customers who talk to an account.
 */
@NullMarked
package io.konversio.core.contact;

import org.jspecify.annotations.NullMarked;
