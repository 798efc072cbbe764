package app.chidi.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The hand-written {@code META-INF/openapi.yaml} (served because Payara's generator fails on
 * validated records, payara/Payara#7649) must describe exactly the JAX-RS operations of the code:
 * every resource class in a {@code .rest} package is found by reflection and compared with the
 * document, so neither can change without the other.
 */
class OpenApiDocumentTest {

  private static final String DOCUMENT = "META-INF/openapi.yaml";
  private static final Set<String> OPERATION_KEYS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static Map<String, Object> document;

  @BeforeAll
  static void loadDocument() throws IOException {
    try (InputStream in =
        OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
      assertNotNull(in, DOCUMENT + " is not on the class path");
      document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  @Test
  void describesExactlyTheOperationsOfTheResources() throws Exception {
    Set<String> inCode = new TreeSet<>();
    for (Class<?> resource : resourceClasses()) {
      collect(resource, join(applicationPath(), resource.getAnnotation(Path.class)), inCode);
    }
    assertFalse(inCode.isEmpty(), "no JAX-RS resources found");

    Set<String> inDocument = new TreeSet<>();
    operations().forEach(operation -> inDocument.add(operation.key()));

    assertEquals(inCode, inDocument, "operations in the code vs. in " + DOCUMENT);
  }

  @Test
  void everyOperationHasAnIdAndAnErrorResponse() {
    Set<String> ids = new HashSet<>();
    for (Operation operation : operations()) {
      Object id = operation.body().get("operationId");
      assertTrue(
          id instanceof String text && !text.isBlank(), operation.key() + " has no operationId");
      assertTrue(ids.add((String) id), "operationId " + id + " is used twice");

      Map<String, Object> responses = map(operation.body().get("responses"));
      assertNotNull(responses, operation.key() + " has no responses");
      boolean problem = false;
      for (Map.Entry<?, ?> response : responses.entrySet()) {
        String status = String.valueOf(response.getKey());
        problem |=
            (status.equals("default") || status.matches("4(\\d\\d|XX)"))
                && isProblem(response.getValue());
      }
      assertTrue(problem, operation.key() + " has no 4xx or default problem response");
    }
  }

  @Test
  void everyErrorResponseIsAProblemWithCodes() {
    for (Operation operation : operations()) {
      for (Map.Entry<?, ?> response : map(operation.body().get("responses")).entrySet()) {
        String status = String.valueOf(response.getKey());
        if (status.matches("[45].*|default")) {
          String where = operation.key() + " " + status;
          assertTrue(isProblem(response.getValue()), where + " is not application/problem+json");
          Object codes = map(resolve(response.getValue())).get("x-problem-codes");
          assertTrue(
              codes instanceof List<?> list && !list.isEmpty(),
              where + " lists no x-problem-codes");
        }
      }
    }
  }

  @Test
  void everyReferenceResolves() {
    List<String> references = new ArrayList<>();
    collectReferences(document, references);
    assertFalse(references.isEmpty());
    for (String reference : references) {
      assertNotNull(lookUp(reference), "unresolved $ref " + reference);
    }
  }

  @Test
  void hasTheAgreedHeader() {
    assertEquals("3.0.3", document.get("openapi"));
    Map<String, Object> info = map(document.get("info"));
    assertEquals("CHIDI API", info.get("title"));
    assertEquals("0.1.0", String.valueOf(info.get("version")));
    assertNotNull(map(map(document.get("components")).get("schemas")).get("Problem"));
  }

  // --- the code side

  /** Every top-level class annotated with {@code @Path} in a package ending with {@code .rest}. */
  private static List<Class<?>> resourceClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    java.nio.file.Path root =
        java.nio.file.Path.of(
            RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> resources = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (!relative.endsWith(".class") || relative.contains("$")) {
          continue;
        }
        String name =
            relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        String packageName = name.substring(0, Math.max(0, name.lastIndexOf('.')));
        if (!packageName.endsWith(".rest")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          resources.add(type);
        }
      }
    }
    return resources;
  }

  private static String applicationPath() {
    return RestApplication.class.getAnnotation(ApplicationPath.class).value();
  }

  /** Adds "METHOD /path" for every resource method, following sub-resource locators. */
  private static void collect(Class<?> resource, String base, Set<String> operations) {
    for (Method method : resource.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.isBridge()) {
        continue;
      }
      String path = join(base, method.getAnnotation(Path.class));
      String httpMethod = httpMethod(method);
      if (httpMethod != null) {
        operations.add(httpMethod + " " + path);
      } else if (method.isAnnotationPresent(Path.class)) {
        collect(method.getReturnType(), path, operations);
      }
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (httpMethod != null) {
        return httpMethod.value();
      }
    }
    return null;
  }

  /** Joins path segments as JAX-RS does; templates lose their regular expressions. */
  private static String join(String base, Path path) {
    if (path == null) {
      return base;
    }
    String segment = path.value().replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}");
    String joined = "/" + strip(base) + "/" + strip(segment);
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private static String strip(String path) {
    return path.replaceAll("^/+|/+$", "");
  }

  // --- the document side

  private record Operation(String key, Map<String, Object> body) {}

  private static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    map(document.get("paths"))
        .forEach(
            (path, item) ->
                map(item)
                    .forEach(
                        (key, body) -> {
                          if (OPERATION_KEYS.contains(key)) {
                            operations.add(
                                new Operation(
                                    key.toUpperCase(java.util.Locale.ROOT) + " " + path,
                                    map(body)));
                          }
                        }));
    return operations;
  }

  private static boolean isProblem(Object response) {
    Map<String, Object> content = map(map(resolve(response)).get("content"));
    if (content == null || !content.containsKey("application/problem+json")) {
      return false;
    }
    Map<String, Object> schema = map(map(content.get("application/problem+json")).get("schema"));
    return schema != null && "#/components/schemas/Problem".equals(schema.get("$ref"));
  }

  private static Object resolve(Object node) {
    Map<String, Object> object = map(node);
    return object != null && object.get("$ref") instanceof String reference
        ? lookUp(reference)
        : node;
  }

  private static Object lookUp(String reference) {
    if (!reference.startsWith("#/")) {
      return null;
    }
    Object node = document;
    for (String name : reference.substring(2).split("/")) {
      Map<String, Object> object = map(node);
      if (object == null) {
        return null;
      }
      node = object.get(name.replace("~1", "/").replace("~0", "~"));
    }
    return node;
  }

  private static void collectReferences(Object node, List<String> references) {
    if (node instanceof Map<?, ?> object) {
      object.forEach(
          (key, value) -> {
            if ("$ref".equals(key) && value instanceof String reference) {
              references.add(reference);
            } else {
              collectReferences(value, references);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectReferences(item, references));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return node instanceof Map<?, ?> ? (Map<String, Object>) node : null;
  }
}
