package app.chidi.e2e.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.e2e.support.Accounts;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
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

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final int DESKTOP = 1280;
  private static final int PHONE = 375;

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

  private static final List<Logger> DEVTOOLS_LOGGERS =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium"));

  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static int screenshots;
  private static boolean broken;
  private static Path csvFile;
  private static Path bulkFile;
  private static Path downloads;

  @RegisterExtension
  static final TestWatcher FAILURES =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          broken = true;
          if (browser != null) {
            screenshot("failed-" + context.getRequiredTestMethod().getName());
            try {
              Files.writeString(
                  SCREENSHOTS.resolve("inventory-failed.html"), browser.getPageSource());
              Files.writeString(
                  SCREENSHOTS.resolve("inventory-failed-console.txt"),
                  browser.manage().logs().get(LogType.BROWSER).getAll().toString());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        }
      };

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;

  @BeforeAll
  static void startBrowser() throws IOException {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        fail(binary + " is missing: .ci/run installs the Debian packages chromium chromium-driver");
      }
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                // No transitions: the sidebar must not be caught sliding after a resize.
                "--force-prefers-reduced-motion",
                "--window-size=" + DESKTOP + ",900");
    DEVTOOLS_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    downloads = Files.createTempDirectory("chidi-downloads-");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
    try (Stream<Path> old = Files.list(SCREENSHOTS)) {
      for (Path png :
          old.filter(f -> f.getFileName().toString().startsWith("inventory-")).toList()) {
        Files.delete(png);
      }
    }
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
  static void quitBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
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

  @BeforeEach
  void earlierStepsPassed() {
    assumeFalse(broken, "an earlier step of the scenario failed");
  }

  @Test
  @Order(1)
  void aNewShopSeesAnEmptyInventoryThatOffersAFirstProduct() {
    open("signup.xhtml");
    type("signup:email", EMAIL);
    type("signup:password", Accounts.PASSWORD);
    type("signup:business", "Ada's Fabrics");
    browser.findElement(By.id("signup:submit")).click();
    wait.until(urlContains("/dashboard/"));

    open("dashboard/inventory.xhtml");
    wait.until(visibilityOfElementLocated(By.cssSelector(".empty-state")));
    assertTrue(browser.findElements(By.id("inventory:products")).isEmpty(), "no table yet");
    step("empty");
  }

  @Test
  @Order(2)
  void theFormRefusesAVariantWithoutSkuThenCreatesTheProduct() {
    browser.findElement(By.id("first-product")).click();
    wait.until(visibilityOfElementLocated(By.id("product:name")));
    type("product:name", DRESS);
    type("product:category", "Dresses");
    type("product:description", "Wax print cotton, wraps and ties at the waist.");
    type("product:basePrice", "15000");
    type("product:variants:0:sku", "AWD-M");
    type("product:variants:0:size", "M");
    type("product:variants:0:colour", "Blue");
    type("product:variants:0:stock", "4");

    browser.findElement(By.id("product:add-variant")).click();
    wait.until(visibilityOfElementLocated(By.id("product:variants:1:sku")));
    type("product:variants:1:size", "L");
    type("product:variants:1:colour", "Blue");
    type("product:variants:1:price", "16500");
    type("product:variants:1:stock", "10");
    browser.findElement(By.id("product:save")).click();
    WebElement missingSku =
        wait.until(visibilityOfElementLocated(By.id("product:variants:1:sku-message")));
    assertTrue(missingSku.getText().contains("Enter a SKU"), missingSku.getText());
    assertEquals(
        "true",
        browser.findElement(By.id("product:variants:1:sku")).getDomAttribute("aria-invalid"));
    assertEquals(
        "16500", browser.findElement(By.id("product:variants:1:price")).getDomProperty("value"));
    step("form-refused");
    atPhoneWidth(() -> step("form-refused"));

    type("product:variants:1:sku", "AWD-L");
    browser.findElement(By.id("product:save")).click();
    wait.until(urlContains("/dashboard/inventory.xhtml"));
    WebElement row = productRow(DRESS);
    assertEquals("14", row.findElement(By.cssSelector(".stock-total")).getText());
    assertEquals("2", row.findElement(By.cssSelector(".variant-count")).getText());
    assertEquals("₦15,000 – ₦16,500", row.findElement(By.cssSelector(".price")).getText());
    assertTrue(row.getText().contains("Low stock"), "M has 4, under its alert at 5");
    assertTrue(message("info").contains(DRESS));
    step("list");
  }

  @Test
  @Order(3)
  void aSkuInUseIsRefusedOnItsField() {
    browser.findElement(By.id("actions:add")).click();
    wait.until(visibilityOfElementLocated(By.id("product:name")));
    type("product:name", "Second dress");
    type("product:basePrice", "9000");
    type("product:variants:0:sku", "AWD-M");
    browser.findElement(By.id("product:save")).click();
    WebElement refused =
        wait.until(visibilityOfElementLocated(By.id("product:variants:0:sku-message")));
    assertTrue(refused.getText().contains("'AWD-M' is already in use"), refused.getText());
    step("form-duplicate-sku");
    browser.findElement(By.id("cancel")).click();
    wait.until(urlContains("/dashboard/inventory.xhtml"));
  }

  @Test
  @Order(4)
  void theStockDialogAdjustsAVariantAndListsItsMovements() {
    productRow(DRESS).findElement(By.cssSelector("a[id$=':adjust']")).click();
    wait.until(visibilityOfElementLocated(By.id("adjust-dialog")));
    wait.until(textToBePresentInElementLocated(By.id("adjust-product"), DRESS));
    Select variant = new Select(browser.findElement(By.id("adjust:variant")));
    assertEquals("M / Blue · AWD-M", variant.getFirstSelectedOption().getText());
    assertEquals("4", browser.findElement(By.id("adjust-stock")).getText());

    browser.findElement(By.id("adjust:save")).click();
    wait.until(visibilityOfElementLocated(By.id("adjust:reason-message")));
    type("adjust:quantity", "6");
    type("adjust:reason", "New delivery");
    browser.findElement(By.id("adjust:save")).click();
    WebElement outcome = wait.until(visibilityOfElementLocated(By.id("adjust-outcome")));
    assertTrue(outcome.getText().contains("4 → 10"), outcome.getText());
    assertEquals("10", browser.findElement(By.id("adjust-stock")).getText());
    String history = browser.findElement(By.id("movements")).getText();
    assertTrue(history.contains("New delivery") && history.contains("+6"), history);
    assertTrue(history.contains("First count"), history);
    step("stock-dialog");
    atPhoneWidth(() -> step("stock-dialog"));

    browser.findElement(By.id("adjust:close")).click();
    wait.until(invisibilityOfElementLocated(By.id("adjust-dialog")));
    wait.until(
        d -> productRow(DRESS).findElement(By.cssSelector(".stock-total")).getText().equals("20"));
  }

  @Test
  @Order(5)
  void editingAddsAVariantAndRenamesOneWhoseColourChanged() {
    productRow(DRESS).findElement(By.cssSelector("a[id$=':edit']")).click();
    wait.until(d -> d.findElement(By.id("product:name")).getDomProperty("value").equals(DRESS));
    assertEquals(
        "true",
        String.valueOf(
            browser.findElement(By.id("product:variants:0:sku")).getDomProperty("readOnly")));
    type("product:variants:1:colour", "Navy");
    browser.findElement(By.id("product:add-variant")).click();
    wait.until(visibilityOfElementLocated(By.id("product:variants:2:sku")));
    type("product:variants:2:sku", "AWD-XL");
    type("product:variants:2:size", "XL");
    type("product:variants:2:colour", "Blue");
    type("product:variants:2:stock", "2");
    step("form-edit");
    browser.findElement(By.id("product:save")).click();
    wait.until(urlContains("/dashboard/inventory.xhtml"));
    WebElement row = productRow(DRESS);
    assertEquals("3", row.findElement(By.cssSelector(".variant-count")).getText());
    assertEquals("22", row.findElement(By.cssSelector(".stock-total")).getText());

    row.findElement(By.cssSelector("a[id$=':edit']")).click();
    wait.until(visibilityOfElementLocated(By.id("product:name")));
    String variants = browser.findElement(By.id("variants-section")).getText();
    assertTrue(variants.contains("L / Navy"), variants);
    assertTrue(variants.contains("XL / Blue"), variants);
    browser.findElement(By.id("cancel")).click();
    wait.until(urlContains("/dashboard/inventory.xhtml"));
  }

  @Test
  @Order(6)
  void theImportWizardShowsTheBadRowThenImportsTheRest() {
    browser.findElement(By.id("actions:import")).click();
    wait.until(visibilityOfElementLocated(By.id("step-upload")));
    step("wizard-upload");
    atPhoneWidth(() -> step("wizard-upload"));

    upload(csvFile);
    wait.until(visibilityOfElementLocated(By.id("step-map")));
    assertEquals(
        "price",
        new Select(browser.findElement(By.id("wizard:columns:2:target")))
            .getFirstSelectedOption()
            .getDomAttribute("value"));
    step("wizard-mapping");
    atPhoneWidth(() -> step("wizard-mapping"));

    browser.findElement(By.id("wizard:to-preview")).click();
    wait.until(visibilityOfElementLocated(By.id("step-preview")));
    assertEquals("2", browser.findElement(By.id("to-create")).getText());
    assertEquals("1", browser.findElement(By.id("to-fail")).getText());
    List<WebElement> bad = browser.findElements(By.cssSelector("#wizard\\:preview tr.is-error"));
    assertEquals(1, bad.size(), "one highlighted row");
    assertTrue(bad.get(0).getText().startsWith("4"), bad.get(0).getText());
    assertTrue(bad.get(0).getText().contains("price"), bad.get(0).getText());
    step("wizard-preview");
    atPhoneWidth(() -> step("wizard-preview"));

    browser.findElement(By.id("wizard:confirm")).click();
    WebElement result = wait.until(visibilityOfElementLocated(By.id("import-result")));
    assertEquals("done", result.getDomAttribute("data-status"));
    assertEquals("2", browser.findElement(By.id("imported")).getText());
    assertEquals("1", browser.findElement(By.id("failed")).getText());
    assertTrue(browser.findElement(By.id("wizard:errors")).getText().contains("price"));
    step("wizard-result");

    browser.findElement(By.id("to-inventory")).click();
    wait.until(urlContains("/dashboard/inventory.xhtml"));
    type("inventory:search", "linen");
    wait.until(d -> rowNames().equals(List.of("Linen Shirt")));
    assertEquals(
        "11", productRow("Linen Shirt").findElement(By.cssSelector(".stock-total")).getText());
    step("list-search");
  }

  @Test
  @Order(7)
  void exportDownloadsTheCatalogueAsCsv() throws IOException {
    browser.findElement(By.id("actions:export")).click();
    Path file = downloads.resolve("catalogue-" + java.time.LocalDate.now() + ".csv");
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Files.exists(file));
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(csv.contains("AWD-XL") && csv.contains("LS-M"), csv);
  }

  @Test
  @Order(8)
  void archivingAsksFirstThenTakesTheProductOffTheList() {
    productRow("Linen Shirt").findElement(By.cssSelector("a[id$=':archive']")).click();
    wait.until(visibilityOfElementLocated(By.id("inventory:confirm")));
    step("archive-confirm");
    browser.findElement(By.id("inventory:confirm-yes")).click();
    assertTrue(message("info").contains("archived"));
    wait.until(d -> rowNames().isEmpty());
    step("archived");
  }

  @Test
  @Order(9)
  void aLargeFileImportsInTheBackgroundWithAProgressBar() {
    open("dashboard/inventory-import.xhtml");
    wait.until(visibilityOfElementLocated(By.id("step-upload")));
    upload(bulkFile);
    wait.until(visibilityOfElementLocated(By.id("step-map")));
    browser.findElement(By.id("wizard:to-preview")).click();
    wait.until(visibilityOfElementLocated(By.id("step-preview")));
    assertEquals(String.valueOf(BULK_ROWS), browser.findElement(By.id("to-create")).getText());

    browser.findElement(By.id("wizard:confirm")).click();
    wait.until(visibilityOfElementLocated(By.id("wizard:progress")));
    step("wizard-progress");
    WebElement result =
        new WebDriverWait(browser, Duration.ofSeconds(120))
            .ignoring(StaleElementReferenceException.class)
            .until(visibilityOfElementLocated(By.id("import-result")));
    assertEquals("done", result.getDomAttribute("data-status"));
    assertEquals(String.valueOf(BULK_ROWS), browser.findElement(By.id("imported")).getText());
    step("wizard-background-result");
  }

  @Test
  @Order(10)
  void onAPhoneTheListBecomesCardsAndNothingScrollsSideways() {
    open("dashboard/inventory.xhtml");
    wait.until(visibilityOfElementLocated(By.id("inventory:products")));
    wait.until(visibilityOfElementLocated(By.cssSelector("#inventory\\:products .ui-paginator")));
    step("list-pages");
    atPhoneWidth(
        () -> {
          assertNoSidewaysScrolling("list");
          step("list");
          open("dashboard/product-edit.xhtml");
          wait.until(visibilityOfElementLocated(By.id("product:name")));
          assertNoSidewaysScrolling("form");
          step("form-new");
        });
  }

  private void open(String path) {
    browser.get(Deployments.loopback(deployment).resolve(path).toString());
  }

  private static void upload(Path file) {
    WebElement input = browser.findElement(By.cssSelector("#wizard\\:file input[type=file]"));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  private static void type(String id, String text) {
    WebElement field = wait.until(elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private static String message(String severity) {
    By selector = By.cssSelector(".ui-messages-" + severity + "-summary");
    return wait.until(visibilityOfElementLocated(selector)).getText();
  }

  /** The row of the product named {@code name}, once the list shows it. */
  private static WebElement productRow(String name) {
    return wait.until(
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
    return browser.findElements(By.cssSelector("#inventory\\:products .product-name")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Runs {@code steps} in a 375 px wide window, then returns to the desktop width. */
  private static void atPhoneWidth(Runnable steps) {
    browser.manage().window().setSize(new Dimension(PHONE, 812));
    try {
      wait.until(
          d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() <= PHONE);
      steps.run();
    } finally {
      browser.manage().window().setSize(new Dimension(DESKTOP, 900));
      wait.until(
          d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() == DESKTOP);
    }
  }

  private static void assertNoSidewaysScrolling(String page) {
    List<?> widths =
        (List<?>)
            browser.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
    long content = ((Number) widths.get(0)).longValue();
    long viewport = ((Number) widths.get(1)).longValue();
    assertTrue(content <= viewport, page + ": " + content + " px wide in " + viewport + " px");
  }

  /**
   * Records a step: a full-page screenshot at the current width, and the check that the browser
   * logged no error since the last step.
   */
  private static void step(String name) {
    screenshot(name);
    List<String> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertTrue(errors.isEmpty(), name + ": the browser console shows " + errors);
  }

  /** The whole page: the window grows to the page's height for the shot, then shrinks back. */
  private static void screenshot(String step) {
    Dimension window = browser.manage().window().getSize();
    int width = ((Number) browser.executeScript("return window.innerWidth")).intValue();
    // The window's height counts the browser's own bars; the page needs its height on top.
    int height =
        ((Number)
                browser.executeScript(
                    "return document.documentElement.scrollHeight"
                        + " + window.outerHeight - window.innerHeight"))
            .intValue();
    Path file =
        SCREENSHOTS.resolve(String.format("inventory-%02d-%s-%d.png", ++screenshots, step, width));
    try {
      browser.executeScript("window.scrollTo(0, 0)");
      if (height > window.getHeight()) {
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height, 4000)));
      }
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      browser.manage().window().setSize(window);
    }
  }
}
