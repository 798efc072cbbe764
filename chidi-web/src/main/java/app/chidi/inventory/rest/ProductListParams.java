package app.chidi.inventory.rest;

import app.chidi.inventory.boundary.ProductQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The query of {@code GET /api/inventory/products}. Numbers arrive as text and are checked here, so
 * "page=abc" is a field error rather than JAX-RS's bare 404 for unconvertible parameters.
 */
public class ProductListParams {

  @QueryParam("page")
  @DefaultValue("1")
  @Pattern(regexp = "[1-9]\\d{0,5}", message = "must be a whole number from 1")
  String page;

  @QueryParam("limit")
  @DefaultValue("20")
  @Pattern(regexp = "[1-9]\\d?|100", message = "must be a whole number from 1 to 100")
  String limit;

  @QueryParam("search")
  @Size(max = 200)
  String search;

  @QueryParam("category")
  @Size(max = 100)
  String category;

  @QueryParam("status")
  @Pattern(
      regexp = "active|inactive|archived|all",
      message = "must be active, inactive, archived or all")
  String status;

  @QueryParam("low_stock")
  @DefaultValue("false")
  @Pattern(regexp = "true|false", message = "must be true or false")
  String lowStock;

  @QueryParam("include_variants")
  @DefaultValue("true")
  @Pattern(regexp = "true|false", message = "must be true or false")
  String includeVariants;

  ProductQuery toQuery() {
    return new ProductQuery(
        Integer.parseInt(page),
        Integer.parseInt(limit),
        search,
        category,
        status,
        Boolean.parseBoolean(lowStock),
        Boolean.parseBoolean(includeVariants));
  }
}
