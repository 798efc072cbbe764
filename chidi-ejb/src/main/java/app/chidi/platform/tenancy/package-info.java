/**
 * Tenant isolation: which business a unit of work belongs to, and how that reaches PostgreSQL's
 * row-level security. A transaction without a tenant sees no tenant rows (the policy function
 * raises SQLSTATE 42501).
 */
package app.chidi.platform.tenancy;
