/**
 * Agents (the people who answer) and teams of agents.
 */
@NullMarked
package io.konversio.core.agent;

import org.jspecify.annotations.NullMarked;
