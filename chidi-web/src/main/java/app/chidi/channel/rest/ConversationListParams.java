package app.chidi.channel.rest;

import app.chidi.channel.boundary.ConversationQuery;
import app.chidi.channel.entity.ConversationStatus;
import app.chidi.channel.entity.Platform;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;

/** The query of {@code GET /api/chat/conversations}, checked as text. */
public class ConversationListParams {

  @QueryParam("platform")
  @Pattern(
      regexp = "whatsapp|instagram|sandbox",
      message = "must be whatsapp, instagram or sandbox")
  String platform;

  @QueryParam("status")
  @DefaultValue("all")
  @Pattern(
      regexp = "active|escalated|resolved|all",
      message = "must be active, escalated, resolved or all")
  String status;

  @QueryParam("page")
  @DefaultValue("1")
  @Pattern(regexp = "[1-9]\\d{0,5}", message = "must be a whole number from 1")
  String page;

  @QueryParam("limit")
  @DefaultValue("20")
  @Pattern(regexp = "[1-9]\\d?|100", message = "must be a whole number from 1 to 100")
  String limit;

  ConversationQuery toQuery() {
    return new ConversationQuery(
        platform == null ? null : Platform.of(platform).orElseThrow(),
        "all".equals(status) ? null : ConversationStatus.valueOf(status.toUpperCase(Locale.ROOT)),
        Integer.parseInt(page),
        Integer.parseInt(limit));
  }
}
