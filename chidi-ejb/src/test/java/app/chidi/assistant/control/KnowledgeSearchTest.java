package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.platform.meaning.SentenceEncoder;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KnowledgeSearchTest {

  private static final KnowledgeView WRAPPING =
      faq("Do you offer gift wrapping?", "Yes, gift wrapping is free on request.");
  private static final KnowledgeView TAILORING =
      faq("Can you make clothes to my measurements?", "No, we only sell ready-made sizes.");
  private static final List<KnowledgeView> ENTRIES = List.of(WRAPPING, TAILORING);

  @Test
  void findsAnEntryByMeaningWhenFewWordsAreShared() {
    var hit = KnowledgeSearch.byMeaning(embed("could you wrap it as a gift"), ENTRIES, meanings());
    assertTrue(hit.isPresent());
    assertEquals(WRAPPING, hit.get().entry());
    assertTrue(hit.get().strength() >= KnowledgeSearch.SIMILAR);
  }

  @Test
  void findsNothingForAnUnrelatedQuestion() {
    assertTrue(
        KnowledgeSearch.byMeaning(embed("who won the election"), ENTRIES, meanings()).isEmpty());
  }

  @Test
  void entriesWithoutAnEmbeddingAreSkipped() {
    assertTrue(
        KnowledgeSearch.byMeaning(embed("do you offer gift wrapping"), ENTRIES, Map.of())
            .isEmpty());
  }

  @Test
  void embeddingsSurviveTheirPostgresArrayLiteral() {
    float[] vector = embed("do you ship to Kano");
    assertArrayEquals(vector, KnowledgeEmbeddings.parse(KnowledgeEmbeddings.literal(vector)), 0.0f);
  }

  private static Map<UUID, float[]> meanings() {
    Map<UUID, float[]> meanings = new HashMap<>();
    ENTRIES.forEach(e -> meanings.put(e.id(), embed(KnowledgeMeaning.text(e))));
    return meanings;
  }

  private static float[] embed(String text) {
    return SentenceEncoder.embed(text);
  }

  private static KnowledgeView faq(String question, String answer) {
    OffsetDateTime now = OffsetDateTime.now();
    return new KnowledgeView(UUID.randomUUID(), "faq", "faq", question, answer, now, now);
  }
}
