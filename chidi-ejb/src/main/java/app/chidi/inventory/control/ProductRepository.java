package app.chidi.inventory.control;

import app.chidi.account.entity.Business;
import app.chidi.inventory.entity.Product;
import app.chidi.inventory.entity.ProductStatus;
import app.chidi.inventory.entity.ProductVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Products and their variants of the current business (row-level security narrows every query).
 * Lists are filtered in SQL on indexed columns — the trigram index on the search text serves the
 * word search — and then loaded with their variants in one more query.
 */
@ApplicationScoped
public class ProductRepository {

  @PersistenceContext EntityManager em;

  /** The currency a business prices its products in. */
  public String currencyOf(UUID businessId) {
    return em.find(Business.class, businessId).currency();
  }

  public void add(Product product) {
    em.persist(product);
  }

  public Optional<Product> product(UUID id) {
    return Optional.ofNullable(em.find(Product.class, id));
  }

  /** The variant, locked against concurrent changes until the transaction ends. */
  public Optional<ProductVariant> variantForUpdate(UUID id) {
    return Optional.ofNullable(em.find(ProductVariant.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(v -> !v.removed());
  }

  /** Variants on sale with these SKUs, by SKU. */
  public Map<String, ProductVariant> variantsBySku(Collection<String> skus) {
    Map<String, ProductVariant> found = new HashMap<>();
    List<String> all = List.copyOf(skus);
    for (int from = 0; from < all.size(); from += 1000) {
      em.createNamedQuery("ProductVariant.findBySkus", ProductVariant.class)
          .setParameter("skus", all.subList(from, Math.min(all.size(), from + 1000)))
          .getResultList()
          .forEach(v -> found.put(v.sku(), v));
    }
    return found;
  }

  /** One page of products matching {@code filter}, newest first, with their variants. */
  public List<Product> page(CatalogueFilter filter, int offset, int limit) {
    Query query =
        em.createNativeQuery(
            "select p.id from products p where "
                + filter.where()
                + " order by p.created_at desc, p.id limit "
                + limit
                + " offset "
                + offset);
    filter.bind(query);
    return withVariants(ids(query.getResultList()));
  }

  public long count(CatalogueFilter filter) {
    Query query = em.createNativeQuery("select count(*) from products p where " + filter.where());
    filter.bind(query);
    return ((Number) query.getSingleResult()).longValue();
  }

  /**
   * Active products with a word that begins with one of {@code terms}, those matching most terms
   * first: the candidates an availability question is scored against.
   */
  public List<Product> candidates(List<String> terms, int limit) {
    List<String> words =
        terms.stream()
            .map(Product::searchable)
            .distinct()
            .limit(CatalogueFilter.MAX_WORDS)
            .toList();
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> ranges = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      ranges.add(
          "("
              + (i + 1)
              + ", cast(?"
              + (2 * i + 1)
              + " as text), cast(?"
              + (2 * i + 2)
              + " as text))");
    }
    Query query =
        em.createNativeQuery(
            "select m.product_id from (select w.product_id, count(distinct t.n) as hits"
                + " from product_words w join (values "
                + String.join(", ", ranges)
                + ") as t (n, lo, hi) on w.word >= t.lo and w.word < t.hi"
                + " group by w.product_id) m join products p on p.id = m.product_id"
                + " where p.status = 'ACTIVE' order by m.hits desc, p.name, p.id limit "
                + limit);
    for (int i = 0; i < words.size(); i++) {
      query.setParameter(2 * i + 1, words.get(i));
      query.setParameter(2 * i + 2, words.get(i) + CatalogueFilter.END);
    }
    return withVariants(ids(query.getResultList()));
  }

  /** Every active product's {@link ProductMeanings#text}, by id: what is searched by meaning. */
  public Map<UUID, String> activeTexts() {
    Map<UUID, String> texts = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select p.id, p.name, p.category, p.description from products p"
                    + " where p.status = 'ACTIVE'")
            .getResultList()) {
      Object[] columns = (Object[]) row;
      texts.put(
          (UUID) columns[0],
          ProductMeanings.text((String) columns[1], (String) columns[2], (String) columns[3]));
    }
    return texts;
  }

  /** The products {@code ids}, with their variants. */
  public List<Product> withIds(List<UUID> ids) {
    return ids.isEmpty() ? List.of() : withVariants(ids);
  }

  /** Active products of a category (case-insensitive), by name. */
  public List<Product> inCategory(String category, int limit) {
    Query query =
        em.createNativeQuery(
            "select p.id from products p where p.status = 'ACTIVE'"
                + " and lower(p.category) = ?1 order by p.name, p.id limit "
                + limit);
    query.setParameter(1, category.toLowerCase(Locale.ROOT));
    return withVariants(ids(query.getResultList()));
  }

  /** The categories of products not archived, each once, in alphabetical order. */
  public List<String> categories() {
    return em.createQuery(
            "select distinct p.category from Product p where p.category is not null"
                + " and p.status <> :archived order by p.category",
            String.class)
        .setParameter("archived", ProductStatus.ARCHIVED)
        .getResultList();
  }

  /** Every product not archived, oldest first, for export. */
  public List<Product> allForExport() {
    return em.createQuery(
            "select distinct p from Product p left join fetch p.variants"
                + " where p.status <> :archived order by p.createdAt, p.id",
            Product.class)
        .setParameter("archived", ProductStatus.ARCHIVED)
        .getResultList();
  }

  private List<Product> withVariants(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Product> loaded =
        em
            .createQuery(
                "select distinct p from Product p left join fetch p.variants where p.id in :ids",
                Product.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Product::id, Function.identity()));
    return ids.stream()
        .map(loaded::get)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparingInt(ids::indexOf))
        .toList();
  }

  private static List<UUID> ids(List<?> rows) {
    return rows.stream().map(row -> (UUID) row).toList();
  }
}
