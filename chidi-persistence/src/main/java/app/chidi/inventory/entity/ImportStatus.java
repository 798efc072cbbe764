package app.chidi.inventory.entity;

/** Where a catalogue import stands. */
public enum ImportStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
