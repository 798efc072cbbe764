package app.chidi.e2e.connection;

import app.chidi.e2e.support.MetaIds;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Meta's Graph API and Instagram's login and token endpoints on 127.0.0.1, speaking their
 * documented wire formats just far enough for connecting: {@code /graph} (WhatsApp phone numbers),
 * {@code /ig} (Instagram's {@code me}, {@code access_token}, {@code refresh_access_token}) and
 * {@code /oauth/access_token} (the code exchange). It records every request.
 */
final class MetaStub implements AutoCloseable {

  static final String WHATSAPP_TOKEN = "EAAwhatsapp-system-user-token";
  static final String APP_ID = "ig-app-1";
  static final String APP_SECRET = "ig-app-secret";
  static final String CODE = "good-code";
  static final String SHORT_TOKEN = "IGshort-lived-token";
  static final String LONG_TOKEN = "IGlong-lived-token-1";
  static final String REFRESHED_TOKEN = "IGlong-lived-token-2";

  static final String IG_ACCOUNT = MetaIds.fresh();

  static final long SIXTY_DAYS = 5_184_000;

  /** One request as the stub saw it; {@code params} are the query and form parameters. */
  record Request(String method, String path, Map<String, String> params, String authorization) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  MetaStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> params = parse(exchange.getRequestURI().getRawQuery());
    params.putAll(parse(body));
    Request request =
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            params,
            exchange.getRequestHeaders().getFirst("Authorization"));
    requests.add(request);
    String[] answer = answer(request);
    byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static String[] answer(Request r) {
    if (r.path().startsWith("/graph/")) {
      String id = r.path().substring("/graph/".length());
      return ("Bearer " + WHATSAPP_TOKEN).equals(r.authorization())
          ? ok(
              "{\"display_phone_number\": \"+234 800 000 0001\", \"verified_name\": \"Ada Fabrics\","
                  + " \"id\": \"%s\"}".formatted(id))
          : invalidToken();
    }
    return switch (r.path()) {
      case "/ig/me" ->
          List.of("Bearer " + LONG_TOKEN, "Bearer " + REFRESHED_TOKEN).contains(r.authorization())
              ? ok(
                  "{\"user_id\": \"%s\", \"username\": \"ada.fabrics\", \"id\": \"9001\"}"
                      .formatted(IG_ACCOUNT))
              : invalidToken();
      case "/oauth/access_token" ->
          CODE.equals(r.params().get("code")) && APP_SECRET.equals(r.params().get("client_secret"))
              ? ok(
                  "{\"data\": [{\"access_token\": \"%s\", \"user_id\": \"%s\","
                          .formatted(SHORT_TOKEN, IG_ACCOUNT)
                      + " \"permissions\": \"instagram_business_basic\"}]}")
              : new String[] {
                "400",
                "{\"error_type\": \"OAuthException\", \"code\": 400,"
                    + " \"error_message\": \"Invalid authorization code\"}"
              };
      case "/ig/access_token" ->
          SHORT_TOKEN.equals(r.params().get("access_token"))
                  && "ig_exchange_token".equals(r.params().get("grant_type"))
              ? token(LONG_TOKEN)
              : invalidToken();
      case "/ig/refresh_access_token" ->
          LONG_TOKEN.equals(r.params().get("access_token"))
                  && "ig_refresh_token".equals(r.params().get("grant_type"))
              ? token(REFRESHED_TOKEN)
              : invalidToken();
      default -> new String[] {"404", "{}"};
    };
  }

  private static String[] ok(String json) {
    return new String[] {"200", json};
  }

  private static String[] token(String token) {
    return ok(
        "{\"access_token\": \"%s\", \"token_type\": \"bearer\", \"expires_in\": %d}"
            .formatted(token, SIXTY_DAYS));
  }

  private static String[] invalidToken() {
    return new String[] {
      "401",
      "{\"error\": {\"message\": \"Invalid OAuth access token.\", \"type\": \"OAuthException\","
          + " \"code\": 190}}"
    };
  }

  private static Map<String, String> parse(String encoded) {
    if (encoded == null || encoded.isBlank() || !encoded.contains("=")) {
      return new LinkedHashMap<>();
    }
    return Arrays.stream(encoded.split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                kv -> decode(kv[0]),
                kv -> kv.length > 1 ? decode(kv[1]) : "",
                (a, b) -> b,
                LinkedHashMap::new));
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
