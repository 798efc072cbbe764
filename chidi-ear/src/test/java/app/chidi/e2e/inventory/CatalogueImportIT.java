package app.chidi.e2e.inventory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CSV import and export through the API: column mapping, a preview that writes nothing, commits
 * small and large (a background job with progress and a notification), upsert by SKU, the file edge
 * cases a spreadsheet produces, every error code, and an export that re-imports into another
 * business as the same catalogue.
 */
@ChidiTest
@RunAsClient
class CatalogueImportIT {

  static final String IMPORT = "/api/inventory/import";

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;
  private Api api;
  // Sign-ups are limited to five per IP and hour: one shop for most tests, two for the round trip.
  private static String token;
  private static UUID business;

  @BeforeEach
  void signUp() {
    api = new Api(deployment);
    if (token == null) {
      JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("importer"), "Import Shop");
      token = owner.getJsonObject("session").getString("access_token");
      business = Accounts.businessOf(api, owner);
    }
  }

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private long products() {
    return Database.countAs(business, "select count(*) from products");
  }

  @Test
  void previewMapsCommonHeadersAndChecksEveryRowWithoutWriting() {
    byte[] file =
        csv(
            """
            Handle,Title,Body (HTML),Type,Variant SKU,Variant Price,Variant Inventory Qty,Size,Colour
            dress,Summer Dress,"Light, airy cotton",Dresses,DR-S,15000,4,S,Blue
            dress,Summer Dress,,Dresses,DR-M,15000,abc,M,Blue
            bag,Tote Bag,,Bags,,8000,2,,Brown
            cap,Cap,,Hats,CAP-1,not-a-price,1,,
            """);
    long before = products();
    Api.Reply reply = api.upload(IMPORT + "?mode=preview", token, "shopify.csv", file, null);
    assertEquals(200, reply.status(), reply.body());
    JsonObject preview = reply.json();
    JsonObject mapping = preview.getJsonObject("mapping");
    assertEquals("handle", mapping.getString("Handle"));
    assertEquals("name", mapping.getString("Title"));
    assertEquals("sku", mapping.getString("Variant SKU"));
    assertEquals("price", mapping.getString("Variant Price"));
    assertEquals("stock_quantity", mapping.getString("Variant Inventory Qty"));
    assertEquals("attr:size", mapping.getString("Size"));
    assertEquals(4, preview.getInt("total_rows"));
    assertEquals(1, preview.getInt("to_create"));
    assertEquals(3, preview.getInt("failed"));
    List<JsonObject> errors = preview.getJsonArray("errors").getValuesAs(JsonObject.class);
    assertTrue(
        errors.stream()
            .anyMatch(
                e -> e.getInt("row") == 3 && e.getString("column").equals("Variant Inventory Qty")),
        errors.toString());
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.getInt("row") == 4 && e.getString("column").equals("Variant SKU")),
        errors.toString());
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.getInt("row") == 5 && e.getString("column").equals("Variant Price")),
        errors.toString());
    JsonObject cap = preview.getJsonArray("rows").getJsonObject(3);
    assertEquals("Cap", cap.getString("product"), "a failed row shows what it holds");
    assertEquals("CAP-1", cap.getString("sku"));
    assertEquals(
        List.of("create", "error", "error", "error"),
        preview.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("action"))
            .toList());
    assertEquals(before, products(), "a preview writes nothing");
  }

  @Test
  void aPreviewWithoutRequiredColumnsAsksForAMappingAndACommitRefuses() {
    byte[] file = csv("Item,Price\nScarf,2500\n");
    JsonObject preview = api.upload(IMPORT, token, "a.csv", file, null).json();
    assertEquals(
        List.of("sku"),
        preview.getJsonArray("missing_columns").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());

    Api.Reply commit = api.upload(IMPORT + "?mode=commit", token, "a.csv", file, null);
    assertEquals(400, commit.status());
    assertEquals("inventory/import-missing-columns", commit.code());

    byte[] withCode = csv("Item,Price,Ref\nScarf,2500,SC-1\n");
    Api.Reply mapped =
        api.upload(IMPORT + "?mode=commit", token, "a.csv", withCode, "{\"Ref\": \"sku\"}");
    assertEquals(200, mapped.status(), mapped.body());
    assertEquals(1, mapped.json().getInt("imported"));

    Api.Reply badMapping =
        api.upload(IMPORT, token, "a.csv", withCode, "{\"Ref\": \"favourite_colour\"}");
    assertEquals("inventory/import-invalid-mapping", badMapping.code());
    Api.Reply notJson = api.upload(IMPORT, token, "a.csv", withCode, "[1,2");
    assertEquals("inventory/import-invalid-mapping", notJson.code());
  }

  @Test
  void commitsUpsertsBySkuAndRecordsStockMovements() {
    byte[] file =
        csv(
            """
            name;sku;price;stock_quantity;size;description
            Àṣọ Òkè Wrap;ASO-1;"12500,50";3;M;"Hand-woven; ""festive"" wear"
            Àṣọ Òkè Wrap;ASO-2;12500,50;0;L;
            """);
    byte[] withBom = new byte[file.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(file, 0, withBom, 3, file.length);
    Api.Reply first = api.upload(IMPORT + "?mode=commit", token, "aso.csv", withBom, null);
    assertEquals(200, first.status(), first.body());
    JsonObject done = first.json();
    assertEquals("done", done.getString("status"));
    assertEquals(2, done.getInt("imported"));
    assertEquals(0, done.getInt("failed"));
    JsonObject product =
        api.get("/api/inventory/products?search=aso-1", token)
            .json()
            .getJsonArray("products")
            .getJsonObject(0);
    assertEquals("Àṣọ Òkè Wrap", product.getString("name"));
    assertEquals("Hand-woven; \"festive\" wear", product.getString("description"));
    assertEquals(2, product.getInt("variant_count"), "rows with one name are one product");

    byte[] update = csv("name,sku,price,stock_quantity\nÀṣọ Òkè Wrap,ASO-1,13000,7\n");
    JsonObject second = api.upload(IMPORT + "?mode=commit", token, "u.csv", update, null).json();
    assertEquals(0, second.getInt("imported"));
    assertEquals(1, second.getInt("updated"));
    assertEquals(
        1, Database.countAs(business, "select count(*) from products where name = 'Àṣọ Òkè Wrap'"));
    assertEquals(
        2,
        Database.countAs(
            business,
            "select count(*) from stock_movements m join product_variants v on v.id = m.variant_id"
                + " where v.sku = 'ASO-1' and m.movement_type = 'IMPORT'"));
  }

  @Test
  void refusesFilesItCannotReadWithStableCodes() {
    long before = products();
    assertEquals(
        "inventory/import-empty", api.upload(IMPORT, token, "e.csv", new byte[0], null).code());
    byte[] latin1 = "name,sku,price\nCaf\u00e9,C1,1\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "inventory/import-unreadable", api.upload(IMPORT, token, "l.csv", latin1, null).code());
    assertEquals(
        "inventory/import-invalid-header",
        api.upload(IMPORT, token, "h.csv", csv("name,name,sku,price\n"), null).code());
    Api.Reply noFile =
        api.send(
            api.request(IMPORT, token)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "--x\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n{}"
                            + "\r\n--x--\r\n")));
    assertEquals(400, noFile.status(), noFile.body());
    assertEquals("inventory/import-no-file", noFile.code());
    Api.Reply notMultipart =
        api.send(
            api.request(IMPORT, token)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("no parts here")));
    assertEquals(400, notMultipart.status(), notMultipart.body());
    assertEquals("request/malformed", notMultipart.code());
    Api.Reply badMode =
        api.upload(IMPORT + "?mode=yolo", token, "a.csv", csv("name,sku,price\n"), null);
    assertEquals("validation/failed", badMode.code());

    byte[] huge = new byte[11 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    Api.Reply tooLarge = api.upload(IMPORT, token, "big.csv", huge, null);
    assertEquals(413, tooLarge.status());
    assertEquals("request/too-large", tooLarge.code());
    assertEquals(before, products());
  }

  @Test
  void tenThousandRowsRunInTheBackgroundWithProgressAndANotification() {
    StringBuilder file = new StringBuilder("handle,name,category,sku,price,stock_quantity,size\n");
    for (int i = 0; i < 10_000; i++) {
      file.append("p")
          .append(i / 4)
          .append(",Bulk Tee ")
          .append(i / 4)
          .append(",Tees,BULK-")
          .append(i)
          .append(",2500,")
          .append(i % 7)
          .append(',')
          .append(List.of("S", "M", "L", "XL").get(i % 4))
          .append('\n');
    }
    long before = products();
    Api.Reply accepted =
        api.upload(IMPORT + "?mode=commit", token, "bulk.csv", csv(file.toString()), null);
    assertEquals(202, accepted.status(), accepted.body());
    String location = accepted.header("Location");
    String job = location.substring(location.indexOf("/api/"));
    JsonObject finished =
        await()
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> api.get(job, token).json(),
                j -> !List.of("queued", "running").contains(j.getString("status")));
    assertEquals("done", finished.getString("status"), finished.toString());
    assertEquals(10_000, finished.getInt("imported"));
    assertEquals(100, finished.getInt("percent"));
    assertEquals(before + 2_500, products());
    assertEquals(
        1,
        Database.countAs(
            business,
            "select count(*) from notifications where type = 'import_done'"
                + " and metadata->>'job_id' = ?",
            finished.getString("job_id")));
  }

  @Test
  void anExportReimportsAsTheSameCatalogueElsewhere() {
    String sourceToken =
        Accounts.signUp(api, Accounts.freshEmail("source"), "Source Shop")
            .getJsonObject("session")
            .getString("access_token");
    byte[] file =
        csv(
            """
            handle,name,description,category,sku,price,stock_quantity,low_stock_threshold,size,colour,material
            a,"Dress, long","Says ""hello""
            on two lines",Dresses,EX-1,15000.5,3,2,M,Blue,Silk
            a,"Dress, long",,Dresses,EX-2,15000.5,0,2,L,Blue,Silk
            b,Belt,,Accessories,EX-3,999,10,5,,,Leather
            """);
    assertEquals(
        200, api.upload(IMPORT + "?mode=commit", sourceToken, "x.csv", file, null).status());
    Api.Reply export =
        api.send(
            api.request("/api/inventory/export", sourceToken).header("Accept", "text/csv").GET());
    assertEquals(200, export.status(), export.body());
    assertTrue(export.header("Content-Type").startsWith("text/csv"));
    assertTrue(export.header("Content-Disposition").contains("attachment"));

    JsonObject other = Accounts.signUp(api, Accounts.freshEmail("mirror"), "Mirror Shop");
    String otherToken = other.getJsonObject("session").getString("access_token");
    Api.Reply reimport =
        api.upload(IMPORT + "?mode=commit", otherToken, "export.csv", csv(export.body()), null);
    assertEquals(200, reimport.status(), reimport.body());
    assertEquals(0, reimport.json().getInt("failed"), reimport.body());
    assertEquals(catalogue(sourceToken), catalogue(otherToken));
  }

  /** The catalogue without ids and timestamps, in a stable order. */
  private String catalogue(String accessToken) {
    return api
        .get("/api/inventory/products?limit=100", accessToken)
        .json()
        .getJsonArray("products")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(
            p ->
                List.of(
                        p.getString("name"),
                        String.valueOf(p.get("description")),
                        p.getString("category"),
                        p.getJsonNumber("base_price")
                            .bigDecimalValue()
                            .stripTrailingZeros()
                            .toPlainString(),
                        p.getString("status"),
                        p.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                            .sorted(Comparator.comparing(v -> v.getString("sku")))
                            .map(
                                v ->
                                    List.of(
                                            v.getString("name"),
                                            v.getString("sku"),
                                            v.getJsonNumber("price")
                                                .bigDecimalValue()
                                                .stripTrailingZeros()
                                                .toPlainString(),
                                            v.getInt("stock_quantity"),
                                            v.getInt("low_stock_threshold"),
                                            v.getJsonObject("attributes").toString())
                                        .toString())
                            .collect(Collectors.joining(";")))
                    .toString())
        .sorted()
        .collect(Collectors.joining("\n"));
  }
}
