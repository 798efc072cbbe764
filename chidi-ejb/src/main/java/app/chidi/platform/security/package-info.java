/** Security vocabulary shared by the components and the web layer. */
package app.chidi.platform.security;
