/** JMS plumbing shared by all components: destination names and the JSON message sender. */
package app.chidi.platform.messaging;
