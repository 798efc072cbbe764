package app.chidi.assistant.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** The query of {@code GET /api/knowledge}, checked as text. */
public class KnowledgeListParams {

  @QueryParam("type")
  @Pattern(regexp = "policy|faq|info", message = "must be policy, faq or info")
  String type;
}
