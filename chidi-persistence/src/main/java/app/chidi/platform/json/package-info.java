/** JSON-P with one provider for the whole application. */
package app.chidi.platform.json;
