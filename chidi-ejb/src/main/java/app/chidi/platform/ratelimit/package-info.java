/**
 * Fixed-window rate limits shared by every instance through the data grid: sign-ups, log-ins and
 * chat messages.
 */
package app.chidi.platform.ratelimit;
