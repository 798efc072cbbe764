/**
 * The web edge shared by all components: the JAX-RS application, problem+json error mapping,
 * request limits, security headers, health checks and the per-request tenant context.
 */
package app.chidi.platform.web;
