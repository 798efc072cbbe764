package app.chidi.inventory.control;

import java.util.List;

/**
 * What importing a catalogue file would do, ready to preview or to apply.
 *
 * @param totalRows the number of non-blank data rows in the file
 * @param products the products built from the valid rows, in file order
 * @param errors every problem of the rows left out, by row and then column
 */
public record ImportPlan(int totalRows, List<ProductGroup> products, List<RowError> errors) {

  public ImportPlan {
    products = List.copyOf(products);
    errors = List.copyOf(errors);
  }
}
