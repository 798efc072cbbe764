/**
 * The dashboard's sign-up, sign-in, email confirmation and sign-out pages. Beans here check the
 * form, call the account boundaries and keep who is signed in in a {@code DashboardSession}.
 */
package app.chidi.account.faces;
