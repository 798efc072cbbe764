/** Mapping helpers shared by the entities of every component. */
package app.chidi.platform.entity;
