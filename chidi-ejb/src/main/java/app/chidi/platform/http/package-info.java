/** HTTP details shared by the clients of remote APIs. */
package app.chidi.platform.http;
