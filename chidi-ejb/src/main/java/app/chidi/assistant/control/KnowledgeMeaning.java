package app.chidi.assistant.control;

import app.chidi.assistant.boundary.KnowledgeView;

/** What a knowledge entry is embedded by: an FAQ by its question, others by topic and content. */
public final class KnowledgeMeaning {

  private KnowledgeMeaning() {}

  public static String text(KnowledgeView entry) {
    return entry.question() != null && !entry.question().isBlank()
        ? entry.question()
        : entry.topic() + ": " + entry.content();
  }
}
