/**
 * The dashboard shell and its pages. It reads from the other components through their boundaries
 * and owns no data; {@link app.chidi.dashboard.faces.DashboardGuard} admits signed-in people only.
 */
package app.chidi.dashboard.faces;
