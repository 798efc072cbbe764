/** The assistant's HTTP API: business rules (with a try-out endpoint) and knowledge entries. */
package app.chidi.assistant.rest;
