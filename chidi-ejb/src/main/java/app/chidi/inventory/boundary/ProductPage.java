package app.chidi.inventory.boundary;

import java.util.List;

/** One page of the catalogue, with where it stands among all pages. */
public record ProductPage(List<ProductView> products, Pagination pagination) {

  /**
   * @param page 1-based
   */
  public record Pagination(int page, int totalPages, long totalItems) {}
}
