/**
 * Business hours: a weekly schedule of opening intervals in one time zone, with holidays, and the
 * questions inboxes, automation rules and reports ask of it.
 *
 * <p>{@link io.konversio.core.businesshours.BusinessHours} is the immutable, thread-safe entry
 * point: it answers whether an instant is inside business hours, when business hours next open or
 * close, and how much business time lies between two instants.
 * {@link io.konversio.core.businesshours.OpeningInterval} is one open–close pair of local wall
 * times within a day.
 *
 * <p>Intervals are local wall-clock times in the schedule's zone, and every query answers in real
 * elapsed time. Each boundary of an interval is the <em>first instant at which the local wall clock
 * reaches</em> that date and time: a time skipped by a daylight-saving gap resolves to the instant
 * of the transition, and a time repeated by an overlap resolves to its first (earlier-offset)
 * occurrence. See {@link io.konversio.core.businesshours.BusinessHours} for examples.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package io.konversio.core.businesshours;

import org.jspecify.annotations.NullMarked;
