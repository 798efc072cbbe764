/** Where CHIDI's MicroProfile Config values come from besides the environment. */
package app.chidi.platform.config;
