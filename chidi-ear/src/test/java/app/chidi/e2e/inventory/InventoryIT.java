package app.chidi.e2e.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue through its API: products with variants, partial updates, archiving, stock
 * adjustments with their history and alerts, concurrency, availability without numbers, every error
 * code, and another business seeing none of it.
 */
@ChidiTest
@RunAsClient
class InventoryIT {

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;
  private Api api;
  private static String token;
  private static UUID business;

  @BeforeEach
  void signIn() {
    api = new Api(deployment);
    if (token == null) {
      JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("shop"), "Ada's Boutique");
      token = owner.getJsonObject("session").getString("access_token");
      business = Accounts.businessOf(api, owner);
    }
  }

  static String dress(String skuPrefix) {
    return """
        {"name": "Summer Dress", "description": "Light cotton, knee length", "category": "Dresses",
         "base_price": 15000.00,
         "variants": [
           {"sku": "%1$s-M-BLU", "price": 15000, "stock_quantity": 12, "low_stock_threshold": 3,
            "attributes": {"size": "M", "colour": "Blue"}},
           {"sku": "%1$s-L-RED", "stock_quantity": 0, "attributes": {"size": "L", "colour": "Red"}}
         ]}
        """
        .formatted(skuPrefix);
  }

  private JsonObject create(String body) {
    Api.Reply reply = api.post("/api/inventory/products", body, token);
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  private static JsonObject variant(JsonObject product, String sku) {
    return product.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("sku").equals(sku))
        .findFirst()
        .orElseThrow();
  }

  private static String adjust(String variantId, int adjustment, String reason) {
    return """
        {"variant_id": "%s", "adjustment": %d, "reason": "%s"}"""
        .formatted(variantId, adjustment, reason);
  }

  @Test
  void createsReadsAndListsAProductWithVariants() {
    Api.Reply reply = api.post("/api/inventory/products", dress("CRT"), token);
    assertEquals(201, reply.status(), reply.body());
    JsonObject created = reply.json();
    assertTrue(
        reply.header("Location").endsWith("/api/inventory/products/" + created.getString("id")));
    assertEquals("Summer Dress", created.getString("name"));
    assertEquals("NGN", created.getString("currency"));
    assertEquals("active", created.getString("status"));
    assertEquals(12, created.getInt("total_stock"));
    assertEquals(2, created.getInt("variant_count"));
    assertTrue(created.getBoolean("low_stock"), "the red L is out of stock");
    JsonObject red = variant(created, "CRT-L-RED");
    assertEquals(
        0, new BigDecimal("15000").compareTo(red.getJsonNumber("price").bigDecimalValue()));
    assertEquals("out_of_stock", red.getString("stock_status"));
    assertEquals("L / Red", red.getString("name"), "named after its attributes");
    assertEquals("available", variant(created, "CRT-M-BLU").getString("stock_status"));

    JsonObject read = api.get("/api/inventory/products/" + created.getString("id"), token).json();
    assertEquals(created.getString("id"), read.getString("id"));
    assertEquals(2, read.getJsonArray("variants").size());

    JsonObject found = api.get("/api/inventory/products?search=crt-m-blu", token).json();
    assertEquals(1, found.getJsonObject("pagination").getInt("total_items"), found.toString());
    JsonObject byAttribute =
        api.get("/api/inventory/products?search=summer%20red&category=dresses", token).json();
    assertTrue(byAttribute.getJsonObject("pagination").getInt("total_items") >= 1);
    JsonObject lowStock = api.get("/api/inventory/products?low_stock=true&limit=100", token).json();
    List<JsonObject> low = lowStock.getJsonArray("products").getValuesAs(JsonObject.class);
    assertTrue(low.stream().allMatch(p -> p.getBoolean("low_stock")), lowStock.toString());
    assertTrue(
        low.stream().anyMatch(p -> p.getString("id").equals(created.getString("id"))),
        "the dress with a sold-out variant is listed");
    JsonObject plenty =
        create(
            """
            {"name": "Plenty Scarf", "base_price": 10,
             "variants": [{"sku": "CRT-PLENTY", "stock_quantity": 50}]}""");
    assertTrue(
        api
            .get("/api/inventory/products?low_stock=true&limit=100", token)
            .json()
            .getJsonArray("products")
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(p -> p.getString("id").equals(plenty.getString("id"))),
        "a product with plenty of stock is not");
  }

  @Test
  void paginatesTheList() {
    for (int i = 0; i < 3; i++) {
      create(
          """
          {"name": "Page Scarf %d", "category": "Pagination", "base_price": 10,
           "variants": [{"sku": "PAGE-%d", "stock_quantity": 1}]}"""
              .formatted(i, i));
    }
    JsonObject first =
        api.get("/api/inventory/products?category=pagination&limit=2&page=1", token).json();
    JsonObject pagination = first.getJsonObject("pagination");
    assertEquals(3, pagination.getInt("total_items"));
    assertEquals(2, pagination.getInt("total_pages"));
    assertEquals(2, first.getJsonArray("products").size());
    JsonObject second =
        api.get(
                "/api/inventory/products?category=pagination&limit=2&page=2&include_variants=false",
                token)
            .json();
    assertEquals(1, second.getJsonArray("products").size());
    assertFalse(second.getJsonArray("products").getJsonObject(0).containsKey("variants"));
  }

  @Test
  void badListParametersAreFieldErrors() {
    for (String query :
        List.of("limit=101", "limit=0", "page=abc", "status=gone", "low_stock=maybe")) {
      Api.Reply reply = api.get("/api/inventory/products?" + query, token);
      assertEquals(400, reply.status(), query);
      assertEquals("validation/failed", reply.code(), query);
      String field = query.substring(0, query.indexOf('='));
      assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
  }

  @Test
  void changesAProductPartially() {
    JsonObject product = create(dress("PAT"));
    String id = product.getString("id");
    String red = variant(product, "PAT-L-RED").getString("id");
    String blue = variant(product, "PAT-M-BLU").getString("id");
    Api.Reply changed =
        api.patch(
            "/api/inventory/products/" + id,
            """
            {"name": "Summer Maxi Dress", "description": "",
             "variants": [{"id": "%s", "price": 17500.50},
                          {"sku": "PAT-S-GRN", "stock_quantity": 4, "attributes": {"size": "S", "colour": "Green"}}],
             "remove_variants": ["%s"]}"""
                .formatted(blue, red),
            token);
    assertEquals(200, changed.status(), changed.body());
    JsonObject after = changed.json();
    assertEquals("Summer Maxi Dress", after.getString("name"));
    assertTrue(!after.containsKey("description") || after.isNull("description"));
    assertEquals("Dresses", after.getString("category"), "absent fields stay");
    assertEquals(2, after.getInt("variant_count"));
    assertEquals(
        0,
        new BigDecimal("17500.50")
            .compareTo(variant(after, "PAT-M-BLU").getJsonNumber("price").bigDecimalValue()));
    assertEquals(16, after.getInt("total_stock"));

    Api.Reply removeAll =
        api.patch(
            "/api/inventory/products/" + id,
            """
            {"remove_variants": ["%s", "%s"]}"""
                .formatted(blue, variant(after, "PAT-S-GRN").getString("id")),
            token);
    assertEquals(400, removeAll.status(), removeAll.body());
    assertEquals("inventory/invalid-product", removeAll.code());
    assertEquals(2, api.get("/api/inventory/products/" + id, token).json().getInt("variant_count"));

    Api.Reply newSku =
        api.patch(
            "/api/inventory/products/" + id,
            """
            {"variants": [{"id": "%s", "sku": "OTHER"}]}"""
                .formatted(blue),
            token);
    assertEquals(400, newSku.status());
    assertEquals("inventory/invalid-product", newSku.code());

    Api.Reply blankName = api.patch("/api/inventory/products/" + id, "{\"name\": \"  \"}", token);
    assertEquals(400, blankName.status(), blankName.body());
    assertEquals("validation/failed", blankName.code());

    Api.Reply badStatus =
        api.patch("/api/inventory/products/" + id, "{\"status\": \"sold\"}", token);
    assertEquals(400, badStatus.status());
    assertEquals("validation/failed", badStatus.code());
  }

  @Test
  void archivingHidesAProductButKeepsIt() {
    JsonObject product = create(dress("ARC"));
    String id = product.getString("id");
    assertEquals(204, api.delete("/api/inventory/products/" + id, token).status());
    assertEquals(
        0,
        api.get("/api/inventory/products?search=arc-m-blu", token)
            .json()
            .getJsonObject("pagination")
            .getInt("total_items"));
    assertEquals(
        1,
        api.get("/api/inventory/products?search=arc-m-blu&status=archived", token)
            .json()
            .getJsonObject("pagination")
            .getInt("total_items"));
    assertEquals(
        "archived", api.get("/api/inventory/products/" + id, token).json().getString("status"));
  }

  @Test
  void refusesBadProductsWithStableCodesAndWritesNothing() {
    long before = Database.countAs(business, "select count(*) from products");
    Api.Reply noName =
        api.post(
            "/api/inventory/products",
            "{\"base_price\": 1, \"variants\": [{\"sku\": \"X1\"}]}",
            token);
    assertEquals(400, noName.status());
    assertEquals("validation/failed", noName.code());
    assertEquals("name", noName.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Api.Reply negative =
        api.post(
            "/api/inventory/products",
            "{\"name\": \"N\", \"base_price\": -1, \"variants\": [{\"sku\": \"X2\"}]}",
            token);
    assertEquals("validation/failed", negative.code());

    Api.Reply noVariants =
        api.post(
            "/api/inventory/products",
            "{\"name\": \"N\", \"base_price\": 1, \"variants\": []}",
            token);
    assertEquals("validation/failed", noVariants.code());

    Api.Reply wrongType =
        api.post("/api/inventory/products", "{\"name\": \"N\", \"base_price\": \"cheap\"}", token);
    assertEquals(400, wrongType.status());
    assertEquals("request/malformed", wrongType.code());

    Api.Reply twiceInOne =
        api.post(
            "/api/inventory/products",
            "{\"name\": \"N\", \"base_price\": 1, \"variants\": [{\"sku\": \"DUP\"}, {\"sku\": \"DUP\"}]}",
            token);
    assertEquals(409, twiceInOne.status());
    assertEquals("inventory/duplicate-sku", twiceInOne.code());

    create(dress("TAKEN"));
    long afterFirst = Database.countAs(business, "select count(*) from products");
    Api.Reply taken = api.post("/api/inventory/products", dress("TAKEN"), token);
    assertEquals(409, taken.status());
    assertEquals("inventory/duplicate-sku", taken.code());
    assertEquals(afterFirst, Database.countAs(business, "select count(*) from products"));
    assertEquals(before + 1, afterFirst);

    Api.Reply unknown = api.get("/api/inventory/products/" + UUID.randomUUID(), token);
    assertEquals(404, unknown.status());
    assertEquals("inventory/not-found", unknown.code());

    assertEquals(401, api.get("/api/inventory/products", null).status());
  }

  @Test
  void adjustsStockWithAHistoryAndNeverBelowZero() {
    JsonObject product = create(dress("ADJ"));
    String blue = variant(product, "ADJ-M-BLU").getString("id");

    Api.Reply added = api.post("/api/inventory/stock/adjust", adjust(blue, 8, "restock"), token);
    assertEquals(200, added.status(), added.body());
    JsonObject change = added.json();
    assertEquals(blue, change.getString("variant_id"));
    assertEquals(12, change.getInt("previous_stock"));
    assertEquals(20, change.getInt("new_stock"));
    assertEquals(8, change.getInt("adjustment"));
    assertNotNull(change.getString("timestamp"));

    Api.Reply tooMany = api.post("/api/inventory/stock/adjust", adjust(blue, -21, "sale"), token);
    assertEquals(409, tooMany.status());
    assertEquals("inventory/insufficient-stock", tooMany.code());

    Api.Reply zero = api.post("/api/inventory/stock/adjust", adjust(blue, 0, "nothing"), token);
    assertEquals(400, zero.status());
    assertEquals("inventory/invalid-adjustment", zero.code());

    Api.Reply noReason =
        api.post(
            "/api/inventory/stock/adjust", adjust(blue, 1, "").replace("\"\"", "\" \""), token);
    assertEquals("validation/failed", noReason.code());

    Api.Reply unknown =
        api.post(
            "/api/inventory/stock/adjust", adjust(UUID.randomUUID().toString(), 1, "x"), token);
    assertEquals(404, unknown.status());
    assertEquals("inventory/not-found", unknown.code());

    JsonArray history =
        api.get("/api/inventory/products/variants/" + blue + "/movements", token).jsonArray();
    assertEquals(2, history.size(), history.toString());
    JsonObject latest = history.getJsonObject(0);
    assertEquals("adjustment", latest.getString("type"));
    assertEquals("restock", latest.getString("reason"));
    assertEquals(12, latest.getInt("previous_stock"));
    assertEquals(20, latest.getInt("new_stock"));
    assertNotNull(latest.getString("user_id"));
    assertEquals("initial", history.getJsonObject(1).getString("type"));
  }

  @Test
  void runningLowAndRestockingRaiseNotifications() {
    JsonObject product = create(dress("ALR"));
    String blue = variant(product, "ALR-M-BLU").getString("id");
    String red = variant(product, "ALR-L-RED").getString("id");
    api.post("/api/inventory/stock/adjust", adjust(blue, -10, "sold"), token);
    api.post("/api/inventory/stock/adjust", adjust(red, 5, "restock"), token);
    String sql =
        "select count(*) from notifications where type = ? and metadata->>'variant_id' = ?";
    assertEquals(1, Database.countAs(business, sql, "low_stock", blue));
    assertEquals(1, Database.countAs(business, sql, "restock", red));
  }

  @Test
  void fiftyParallelAdjustmentsAddUpExactly() throws Exception {
    JsonObject product = create(dress("PAR"));
    String blue = variant(product, "PAR-M-BLU").getString("id");
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Callable<Integer>> adjustments =
          IntStream.range(0, 50)
              .<Callable<Integer>>mapToObj(
                  i ->
                      () ->
                          new Api(deployment)
                              .post(
                                  "/api/inventory/stock/adjust",
                                  adjust(blue, i % 2 == 0 ? 3 : -1, "parallel " + i),
                                  token)
                              .status())
              .toList();
      for (Future<Integer> status : pool.invokeAll(adjustments)) {
        assertEquals(200, status.get());
      }
    } finally {
      pool.shutdown();
    }
    JsonObject after = api.get("/api/inventory/products/" + product.getString("id"), token).json();
    assertEquals(12 + 25 * 3 - 25, variant(after, "PAR-M-BLU").getInt("stock_quantity"));
    assertEquals(
        51,
        Database.countAs(
            business,
            "select count(*) from stock_movements where variant_id = ?",
            UUID.fromString(blue)));
  }

  @Test
  void availabilityAnswersWithStatusesAndAlternativesNeverNumbers() {
    JsonObject product =
        create(
            """
            {"name": "Adire Maxi Dress", "category": "Dresses", "base_price": 18000,
             "variants": [
               {"sku": "AVL-ADR-M", "stock_quantity": 9, "attributes": {"size": "M", "colour": "Blue"}},
               {"sku": "AVL-ADR-L", "stock_quantity": 0, "attributes": {"size": "L", "colour": "Red"}}]}""");
    create(
        """
        {"name": "Wrap Dress", "category": "Dresses", "base_price": 12000,
         "variants": [{"sku": "AVL-WRAP", "stock_quantity": 40, "attributes": {"size": "L"}}]}""");
    String question =
        URLEncoder.encode("do you have the red adire maxi dress in L?", StandardCharsets.UTF_8);
    Api.Reply reply = api.get("/api/inventory/availability?q=" + question, token);
    assertEquals(200, reply.status(), reply.body());
    String body = reply.body();
    assertFalse(body.contains("stock_quantity"), body);
    assertFalse(body.contains("threshold"), body);
    JsonObject best = reply.json().getJsonArray("products").getJsonObject(0);
    assertEquals(product.getString("id"), best.getString("product_id"), body);
    assertEquals("out_of_stock", best.getString("status"), body);
    List<JsonObject> alternatives = best.getJsonArray("alternatives").getValuesAs(JsonObject.class);
    assertFalse(alternatives.isEmpty(), body);
    assertTrue(
        alternatives.stream()
            .allMatch(
                a ->
                    !a.getString("product_id").equals(product.getString("id"))
                        && !a.getString("status").equals("out_of_stock")),
        body);

    JsonObject sandals =
        create(
            """
            {"name": "Leather Sandals", "category": "Shoes", "base_price": 9000,
             "variants": [{"sku": "AVL-SANDAL", "stock_quantity": 6}]}""");
    String footwear = URLEncoder.encode("any footwear for the beach?", StandardCharsets.UTF_8);
    JsonObject byMeaning =
        api.get("/api/inventory/availability?q=" + footwear, token)
            .json()
            .getJsonArray("products")
            .getJsonObject(0);
    assertEquals(sandals.getString("id"), byMeaning.getString("product_id"), "found by meaning");
    assertEquals("partial", byMeaning.getString("quality"), byMeaning.toString());

    Api.Reply blank = api.get("/api/inventory/availability?q=", token);
    assertEquals(400, blank.status());
    assertEquals("q", blank.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void anotherBusinessSeesNoneOfIt() {
    JsonObject product = create(dress("ISO"));
    String blue = variant(product, "ISO-M-BLU").getString("id");
    JsonObject other = Accounts.signUp(api, Accounts.freshEmail("other"), "Other Shop");
    String otherToken = other.getJsonObject("session").getString("access_token");

    assertEquals(
        404, api.get("/api/inventory/products/" + product.getString("id"), otherToken).status());
    assertEquals(
        0,
        api.get("/api/inventory/products?search=iso", otherToken)
            .json()
            .getJsonObject("pagination")
            .getInt("total_items"));
    assertEquals(
        404,
        api.post("/api/inventory/stock/adjust", adjust(blue, 5, "theft"), otherToken).status());
    assertEquals(
        404,
        api.patch(
                "/api/inventory/products/" + product.getString("id"),
                "{\"name\":\"Mine\"}",
                otherToken)
            .status());
    Api.Reply sameSku = api.post("/api/inventory/products", dress("ISO"), otherToken);
    assertEquals(201, sameSku.status(), "SKUs are unique per business only");
    JsonValue answer =
        api.get("/api/inventory/availability?q=summer%20dress", otherToken).json().get("products");
    assertTrue(
        answer.asJsonArray().getValuesAs(JsonObject.class).stream()
            .noneMatch(p -> p.getString("product_id").equals(product.getString("id"))));
  }
}
