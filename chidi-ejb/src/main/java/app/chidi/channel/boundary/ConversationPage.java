package app.chidi.channel.boundary;

import java.util.List;

/** A page of conversations, the most recent first (spec 5.1). */
public record ConversationPage(List<ConversationSummary> conversations, Pagination pagination) {

  public ConversationPage {
    conversations = List.copyOf(conversations);
  }

  /**
   * @param page 1-based
   * @param totalPages at least 1
   */
  public record Pagination(int page, int totalPages, long totalItems) {}
}
