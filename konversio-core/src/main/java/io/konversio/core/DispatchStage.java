package io.konversio.core;

/**
 * The order in which listeners see each event: automation first (its changes are visible to what follows), then
 * reporting, then notifications and outbound delivery, then the host's own listeners.
 */
public enum DispatchStage {
  AUTOMATION, REPORTING, NOTIFICATIONS, HOST
}
