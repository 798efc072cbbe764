package app.chidi.e2e.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Browser;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inventory pages in a real browser, as a shop owner fills an empty catalogue: a product with
 * two variants through the form (and the form's refusals), a stock adjustment in the dialog, a CSV
 * import with a bad row through the wizard, and the same pages on a 375 px phone. Each step leaves
 * full-page screenshots, {@code target/screenshots/inventory-*-<width>.png}; a later step is
 * skipped once an earlier one failed, since it builds on it.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class InventoryBrowserIT {

  private static final String EMAIL = Accounts.freshEmail("stock-keeper");
  private static final String DRESS = "Ankara Wrap Dress";
  private static final String CSV =
      """
      name,sku,price,stock_quantity,category,size
      Linen Shirt,LS-S,9000,3,Shirts,S
      Linen Shirt,LS-M,9000,8,Shirts,M
      Silk Scarf,SS-1,not-a-price,2,Accessories,
      """;

  /** Enough rows for a background import of two chunks, so the progress bar shows. */
  private static final int BULK_ROWS = 1500;

  private static final List<String> SIZES = List.of("XS", "S", "M", "L", "XL");

  private static Path csvFile;
  private static Path bulkFile;
  private static Path downloads;

  @RegisterExtension
  static final Browser chrome =
      Browser.fullPage("inventory-", InventoryBrowserIT::saveDownloadsInTheirFolder);

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  /** Downloads (the export) land in a folder of their own, which the test reads and removes. */
  private static void saveDownloadsInTheirFolder(ChromeOptions options) {
    try {
      downloads = Files.createTempDirectory("chidi-downloads-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
  }

  @BeforeAll
  static void writeCatalogueFiles() throws IOException {
    csvFile = Files.createTempFile("catalogue-", ".csv");
    Files.writeString(csvFile, CSV, StandardCharsets.UTF_8);
    bulkFile = Files.createTempFile("bulk-", ".csv");
    StringBuilder bulk = new StringBuilder("handle,name,sku,price,stock_quantity,size\n");
    for (int row = 0; row < BULK_ROWS; row++) {
      int product = row / SIZES.size();
      String size = SIZES.get(row % SIZES.size());
      bulk.append(
          "tee-%d,Basic Tee %d,TEE-%d-%s,4500,7,%s%n"
              .formatted(product, product, product, size, size));
    }
    Files.writeString(bulkFile, bulk, StandardCharsets.UTF_8);
  }

  @AfterAll
  static void removeFiles() throws IOException {
    for (Path file : new Path[] {csvFile, bulkFile}) {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }
    if (downloads != null) {
      try (Stream<Path> files = Files.list(downloads)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(downloads);
    }
  }

  @Test
  @Order(1)
  void aNewShopSeesAnEmptyInventoryThatOffersAFirstProduct() {
    chrome.signUp(deployment, EMAIL, "Ada's Fabrics");

    open("dashboard/inventory.xhtml");
    chrome.waiter().until(visibilityOfElementLocated(By.cssSelector(".empty-state")));
    assertTrue(chrome.driver().findElements(By.id("inventory:products")).isEmpty(), "no table yet");
    chrome.step("empty");
  }

  @Test
  @Order(2)
  void theFormRefusesAVariantWithoutSkuThenCreatesTheProduct() {
    chrome.driver().findElement(By.id("first-product")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("product:name")));
    chrome.type("product:name", DRESS);
    chrome.type("product:category", "Dresses");
    chrome.type("product:description", "Wax print cotton, wraps and ties at the waist.");
    chrome.type("product:basePrice", "15000");
    chrome.type("product:variants:0:sku", "AWD-M");
    chrome.type("product:variants:0:size", "M");
    chrome.type("product:variants:0:colour", "Blue");
    chrome.type("product:variants:0:stock", "4");

    chrome.driver().findElement(By.id("product:add-variant")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("product:variants:1:sku")));
    chrome.type("product:variants:1:size", "L");
    chrome.type("product:variants:1:colour", "Blue");
    chrome.type("product:variants:1:price", "16500");
    chrome.type("product:variants:1:stock", "10");
    chrome.driver().findElement(By.id("product:save")).click();
    WebElement missingSku =
        chrome.waiter().until(visibilityOfElementLocated(By.id("product:variants:1:sku-message")));
    assertTrue(missingSku.getText().contains("Enter a SKU"), missingSku.getText());
    assertEquals(
        "true",
        chrome
            .driver()
            .findElement(By.id("product:variants:1:sku"))
            .getDomAttribute("aria-invalid"));
    assertEquals(
        "16500",
        chrome.driver().findElement(By.id("product:variants:1:price")).getDomProperty("value"));
    chrome.step("form-refused");
    chrome.atPhoneWidth(() -> chrome.step("form-refused"));

    chrome.type("product:variants:1:sku", "AWD-L");
    chrome.driver().findElement(By.id("product:save")).click();
    chrome.waiter().until(urlContains("/dashboard/inventory.xhtml"));
    WebElement row = productRow(DRESS);
    assertEquals("14", row.findElement(By.cssSelector(".stock-total")).getText());
    assertEquals("2", row.findElement(By.cssSelector(".variant-count")).getText());
    assertEquals("₦15,000 – ₦16,500", row.findElement(By.cssSelector(".price")).getText());
    assertTrue(row.getText().contains("Low stock"), "M has 4, under its alert at 5");
    assertTrue(message("info").contains(DRESS));
    chrome.step("list");
  }

  @Test
  @Order(3)
  void aSkuInUseIsRefusedOnItsField() {
    chrome.driver().findElement(By.id("actions:add")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("product:name")));
    chrome.type("product:name", "Second dress");
    chrome.type("product:basePrice", "9000");
    chrome.type("product:variants:0:sku", "AWD-M");
    chrome.driver().findElement(By.id("product:save")).click();
    WebElement refused =
        chrome.waiter().until(visibilityOfElementLocated(By.id("product:variants:0:sku-message")));
    assertTrue(refused.getText().contains("'AWD-M' is already in use"), refused.getText());
    chrome.step("form-duplicate-sku");
    chrome.driver().findElement(By.id("cancel")).click();
    chrome.waiter().until(urlContains("/dashboard/inventory.xhtml"));
  }

  @Test
  @Order(4)
  void theStockDialogAdjustsAVariantAndListsItsMovements() {
    productRow(DRESS).findElement(By.cssSelector("a[id$=':adjust']")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("adjust-dialog")));
    chrome.waiter().until(textToBePresentInElementLocated(By.id("adjust-product"), DRESS));
    Select variant = new Select(chrome.driver().findElement(By.id("adjust:variant")));
    assertEquals("M / Blue · AWD-M", variant.getFirstSelectedOption().getText());
    assertEquals("4", chrome.driver().findElement(By.id("adjust-stock")).getText());

    chrome.driver().findElement(By.id("adjust:save")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("adjust:reason-message")));
    chrome.type("adjust:quantity", "6");
    chrome.type("adjust:reason", "New delivery");
    chrome.driver().findElement(By.id("adjust:save")).click();
    WebElement outcome = chrome.waiter().until(visibilityOfElementLocated(By.id("adjust-outcome")));
    assertTrue(outcome.getText().contains("4 → 10"), outcome.getText());
    assertEquals("10", chrome.driver().findElement(By.id("adjust-stock")).getText());
    String history = chrome.driver().findElement(By.id("movements")).getText();
    assertTrue(history.contains("New delivery") && history.contains("+6"), history);
    assertTrue(history.contains("First count"), history);
    chrome.step("stock-dialog");
    chrome.atPhoneWidth(() -> chrome.step("stock-dialog"));

    chrome.driver().findElement(By.id("adjust:close")).click();
    chrome.waiter().until(invisibilityOfElementLocated(By.id("adjust-dialog")));
    chrome
        .waiter()
        .until(
            d ->
                productRow(DRESS)
                    .findElement(By.cssSelector(".stock-total"))
                    .getText()
                    .equals("20"));
  }

  @Test
  @Order(5)
  void editingAddsAVariantAndRenamesOneWhoseColourChanged() {
    productRow(DRESS).findElement(By.cssSelector("a[id$=':edit']")).click();
    chrome
        .waiter()
        .until(d -> d.findElement(By.id("product:name")).getDomProperty("value").equals(DRESS));
    assertEquals(
        "true",
        String.valueOf(
            chrome
                .driver()
                .findElement(By.id("product:variants:0:sku"))
                .getDomProperty("readOnly")));
    chrome.type("product:variants:1:colour", "Navy");
    chrome.driver().findElement(By.id("product:add-variant")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("product:variants:2:sku")));
    chrome.type("product:variants:2:sku", "AWD-XL");
    chrome.type("product:variants:2:size", "XL");
    chrome.type("product:variants:2:colour", "Blue");
    chrome.type("product:variants:2:stock", "2");
    chrome.step("form-edit");
    chrome.driver().findElement(By.id("product:save")).click();
    chrome.waiter().until(urlContains("/dashboard/inventory.xhtml"));
    WebElement row = productRow(DRESS);
    assertEquals("3", row.findElement(By.cssSelector(".variant-count")).getText());
    assertEquals("22", row.findElement(By.cssSelector(".stock-total")).getText());

    row.findElement(By.cssSelector("a[id$=':edit']")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("product:name")));
    String variants = chrome.driver().findElement(By.id("variants-section")).getText();
    assertTrue(variants.contains("L / Navy"), variants);
    assertTrue(variants.contains("XL / Blue"), variants);
    chrome.driver().findElement(By.id("cancel")).click();
    chrome.waiter().until(urlContains("/dashboard/inventory.xhtml"));
  }

  @Test
  @Order(6)
  void theImportWizardShowsTheBadRowThenImportsTheRest() {
    chrome.driver().findElement(By.id("actions:import")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("step-upload")));
    chrome.step("wizard-upload");
    chrome.atPhoneWidth(() -> chrome.step("wizard-upload"));

    upload(csvFile);
    chrome.waiter().until(visibilityOfElementLocated(By.id("step-map")));
    assertEquals(
        "price",
        new Select(chrome.driver().findElement(By.id("wizard:columns:2:target")))
            .getFirstSelectedOption()
            .getDomAttribute("value"));
    chrome.step("wizard-mapping");
    chrome.atPhoneWidth(() -> chrome.step("wizard-mapping"));

    chrome.driver().findElement(By.id("wizard:to-preview")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("step-preview")));
    assertEquals("2", chrome.driver().findElement(By.id("to-create")).getText());
    assertEquals("1", chrome.driver().findElement(By.id("to-fail")).getText());
    List<WebElement> bad =
        chrome.driver().findElements(By.cssSelector("#wizard\\:preview tr.is-error"));
    assertEquals(1, bad.size(), "one highlighted row");
    assertTrue(bad.get(0).getText().startsWith("4"), bad.get(0).getText());
    assertTrue(bad.get(0).getText().contains("price"), bad.get(0).getText());
    chrome.step("wizard-preview");
    chrome.atPhoneWidth(() -> chrome.step("wizard-preview"));

    chrome.driver().findElement(By.id("wizard:confirm")).click();
    WebElement result = chrome.waiter().until(visibilityOfElementLocated(By.id("import-result")));
    assertEquals("done", result.getDomAttribute("data-status"));
    assertEquals("2", chrome.driver().findElement(By.id("imported")).getText());
    assertEquals("1", chrome.driver().findElement(By.id("failed")).getText());
    assertTrue(chrome.driver().findElement(By.id("wizard:errors")).getText().contains("price"));
    chrome.step("wizard-result");

    chrome.driver().findElement(By.id("to-inventory")).click();
    chrome.waiter().until(urlContains("/dashboard/inventory.xhtml"));
    chrome.type("inventory:search", "linen");
    chrome.waiter().until(d -> rowNames().equals(List.of("Linen Shirt")));
    assertEquals(
        "11", productRow("Linen Shirt").findElement(By.cssSelector(".stock-total")).getText());
    chrome.step("list-search");
  }

  @Test
  @Order(7)
  void exportDownloadsTheCatalogueAsCsv() throws IOException {
    chrome.driver().findElement(By.id("actions:export")).click();
    Path file = downloads.resolve("catalogue-" + java.time.LocalDate.now() + ".csv");
    new WebDriverWait(chrome.driver(), Duration.ofSeconds(15)).until(d -> Files.exists(file));
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(csv.contains("AWD-XL") && csv.contains("LS-M"), csv);
  }

  @Test
  @Order(8)
  void archivingAsksFirstThenTakesTheProductOffTheList() {
    productRow("Linen Shirt").findElement(By.cssSelector("a[id$=':archive']")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("inventory:confirm")));
    chrome.step("archive-confirm");
    chrome.driver().findElement(By.id("inventory:confirm-yes")).click();
    assertTrue(message("info").contains("archived"));
    chrome.waiter().until(d -> rowNames().isEmpty());
    chrome.step("archived");
  }

  @Test
  @Order(9)
  void aLargeFileImportsInTheBackgroundWithAProgressBar() {
    open("dashboard/inventory-import.xhtml");
    chrome.waiter().until(visibilityOfElementLocated(By.id("step-upload")));
    upload(bulkFile);
    chrome.waiter().until(visibilityOfElementLocated(By.id("step-map")));
    chrome.driver().findElement(By.id("wizard:to-preview")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("step-preview")));
    assertEquals(
        String.valueOf(BULK_ROWS), chrome.driver().findElement(By.id("to-create")).getText());

    chrome.driver().findElement(By.id("wizard:confirm")).click();
    chrome.waiter().until(visibilityOfElementLocated(By.id("wizard:progress")));
    chrome.step("wizard-progress");
    WebElement result =
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(120))
            .ignoring(StaleElementReferenceException.class)
            .until(visibilityOfElementLocated(By.id("import-result")));
    assertEquals("done", result.getDomAttribute("data-status"));
    assertEquals(
        String.valueOf(BULK_ROWS), chrome.driver().findElement(By.id("imported")).getText());
    chrome.step("wizard-background-result");
  }

  @Test
  @Order(10)
  void onAPhoneTheListBecomesCardsAndNothingScrollsSideways() {
    open("dashboard/inventory.xhtml");
    chrome.waiter().until(visibilityOfElementLocated(By.id("inventory:products")));
    chrome
        .waiter()
        .until(visibilityOfElementLocated(By.cssSelector("#inventory\\:products .ui-paginator")));
    chrome.step("list-pages");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("list");
          chrome.step("list");
          open("dashboard/product-edit.xhtml");
          chrome.waiter().until(visibilityOfElementLocated(By.id("product:name")));
          chrome.assertNoSidewaysScrolling("form");
          chrome.step("form-new");
        });
  }

  private void open(String path) {
    chrome.open(deployment, path);
  }

  private static void upload(Path file) {
    WebElement input =
        chrome.driver().findElement(By.cssSelector("#wizard\\:file input[type=file]"));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  private static String message(String severity) {
    By selector = By.cssSelector(".ui-messages-" + severity + "-summary");
    return chrome.waiter().until(visibilityOfElementLocated(selector)).getText();
  }

  /** The row of the product named {@code name}, once the list shows it. */
  private static WebElement productRow(String name) {
    return chrome
        .waiter()
        .until(
            d ->
                d.findElements(By.cssSelector("#inventory\\:products tbody tr")).stream()
                    .filter(
                        row ->
                            !row.findElements(By.cssSelector(".product-name")).isEmpty()
                                && row.findElement(By.cssSelector(".product-name"))
                                    .getText()
                                    .equals(name))
                    .findFirst()
                    .orElse(null));
  }

  private static List<String> rowNames() {
    return chrome
        .driver()
        .findElements(By.cssSelector("#inventory\\:products .product-name"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
