package app.chidi.platform.meaning;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings computed in-process (all-MiniLM-L6-v2, quantized, 384 dimensions; about 1.5
 * ms a sentence on one core). The model loads once, on first use, and is shared: it is read-only.
 * Batches run on the calling thread, so no unmanaged threads are started inside the server.
 */
public final class SentenceEncoder {

  /**
   * The model's name, stored beside every embedding so a later model change can tell them apart.
   */
  public static final String MODEL = "all-minilm-l6-v2-q";

  private static final class Loaded {
    static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
  }

  private SentenceEncoder() {}

  public static float[] embed(String text) {
    return Loaded.MODEL.embed(text == null ? "" : text).content().vector();
  }

  public static List<float[]> embedAll(List<String> texts) {
    return Loaded.MODEL.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
        .map(embedding -> embedding.vector())
        .toList();
  }

  /** Cosine similarity, from -1 to 1. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
  }
}
