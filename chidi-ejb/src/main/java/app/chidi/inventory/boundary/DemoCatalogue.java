package app.chidi.inventory.boundary;

import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/**
 * The demo shop's catalogue: thirty clothing and accessory products with sizes and colours, a few
 * low or out of stock — imported through the same CSV import a shop owner uses.
 */
@Stateless
@Tenanted
public class DemoCatalogue {

  static final String FILE = "demo-catalogue.csv";

  @Inject CatalogueImport imports;

  /** Imports the catalogue into {@code businessId}, in the caller's transaction. */
  public ImportJobView seed(UUID businessId) {
    try (InputStream csv = DemoCatalogue.class.getResourceAsStream(FILE)) {
      byte[] file = csv.readAllBytes();
      return TenantContext.callAs(
          Tenant.business(businessId), () -> imports.commit(file, FILE, Map.of()));
    } catch (IOException e) {
      throw new UncheckedIOException("the demo catalogue is missing from the build", e);
    }
  }
}
