package app.chidi.inventory.control;

/** What a cell holds once read: a value, or the reason it could not be read. */
record CellValue<T>(T value, String problem) {

  static <T> CellValue<T> of(T value) {
    return new CellValue<>(value, null);
  }

  static <T> CellValue<T> invalid(String problem) {
    return new CellValue<>(null, problem);
  }

  boolean valid() {
    return problem == null;
  }
}
