/**
 * Runs CHIDI on one machine: embedded PostgreSQL and Artemis (unless external ones are configured),
 * generated Payara Micro command files, and Payara Micro with the application WAR. {@link
 * app.chidi.server.Launcher} is the entry point; the other public classes are reused by the
 * integration tests to start the same stack.
 */
package app.chidi.server;
