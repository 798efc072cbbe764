/** Business errors with stable codes, rolled back by the container and mapped at the edge. */
package app.chidi.platform.error;
