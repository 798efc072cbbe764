package app.chidi.inventory.faces;

import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.ProductChanges;
import app.chidi.inventory.boundary.ProductForm;
import app.chidi.inventory.boundary.ProductView;
import app.chidi.inventory.boundary.VariantForm;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * {@code dashboard/product-edit.xhtml}: a new product ({@code ?id} absent) or an existing one, with
 * its variants. The form's own checks are the boundary records' constraints; the server's refusals,
 * a duplicate SKU say, land on the field they concern.
 */
@Named
@ViewScoped
public class ProductEditBacking implements Serializable {

  static final String FORM = "product";
  static final String LIST = "/dashboard/inventory?faces-redirect=true";

  @Inject Inventory inventory;
  @Inject Validator validator;
  @Inject HttpServletRequest request;

  private String id;
  private UUID productId;
  private boolean missing;
  private String name;
  private String description;
  private String category;
  private BigDecimal basePrice;
  private String status;
  private String currency;
  private List<String> categories;
  private final List<VariantRow> variants = new ArrayList<>();
  private final List<UUID> removedVariants = new ArrayList<>();

  /** Runs before the first rendering: reads the product to edit, or starts with one variant. */
  public void enter() {
    if (currency != null) {
      return;
    }
    currency = inventory.currency();
    categories = new ArrayList<>(caseless(inventory.categories()));
    if (id == null || id.isBlank()) {
      variants.add(new VariantRow());
      return;
    }
    try {
      fill(inventory.product(UUID.fromString(id)));
    } catch (IllegalArgumentException | BusinessException notFound) {
      missing = true;
    }
  }

  private void fill(ProductView product) {
    productId = product.id();
    name = product.name();
    description = product.description();
    category = product.category();
    basePrice = product.basePrice();
    status = product.status();
    currency = product.currency();
    product.variants().stream().map(VariantRow::of).forEach(variants::add);
  }

  public void addVariant() {
    variants.add(new VariantRow());
  }

  public void removeVariant(VariantRow row) {
    variants.remove(row);
    if (row.isSaved()) {
      removedVariants.add(row.getId());
    }
  }

  public String save() {
    if (!Permissions.canChange(request)) {
      PageMessages.error(null, "Your role can look at the catalogue but not change it.");
      return null;
    }
    ProductFields fields = new ProductFields(FORM, variants);
    if (!fields.filled(name) || !saved(fields)) {
      return null;
    }
    PageMessages.infoAfterRedirect("“" + name.strip() + "” is saved.");
    return LIST;
  }

  private boolean saved(ProductFields fields) {
    List<VariantForm> forms = variants.stream().map(row -> row.toForm(basePrice)).toList();
    try {
      if (productId == null) {
        ProductForm form = new ProductForm(name, description, category, basePrice, forms);
        return PageMessages.valid(validator, form, fields::of) && inventory.create(form) != null;
      }
      ProductChanges changes =
          new ProductChanges(
              name, description, category, basePrice, status, forms, List.copyOf(removedVariants));
      return PageMessages.valid(validator, changes, fields::of)
          && inventory.update(productId, changes) != null;
    } catch (BusinessException refusal) {
      fields.refused(refusal);
      return false;
    }
  }

  /** Category names once each, however they are capitalised (the filter ignores case too). */
  static Set<String> caseless(List<String> names) {
    Set<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    distinct.addAll(names);
    return distinct;
  }

  /** The currency sign shown before price fields, such as ₦. */
  public String getCurrencySymbol() {
    return Prices.symbol(currency, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** What an empty variant price stands for: the base price, or words while there is none. */
  public String getBasePriceText() {
    return basePrice == null ? "Base price" : AmountConverter.plain(basePrice);
  }

  public boolean isEditing() {
    return productId != null;
  }

  public boolean isMissing() {
    return missing;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public BigDecimal getBasePrice() {
    return basePrice;
  }

  public void setBasePrice(BigDecimal basePrice) {
    this.basePrice = basePrice;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<String> getCategories() {
    return categories;
  }

  public List<VariantRow> getVariants() {
    return variants;
  }
}
