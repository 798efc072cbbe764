package app.chidi.chat.rest;

import app.chidi.chat.boundary.ChatHistory;
import app.chidi.chat.boundary.OwnerChat;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * {@code GET /api/chat/history}: the business's chat with CHIDI, a page at a time, newest page
 * first. The customer conversations live under {@code /api/chat/conversations}, elsewhere.
 */
@Path("/chat/history")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ChatHistoryResource {

  @Inject OwnerChat chat;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ChatHistory history(
      @QueryParam("before")
          @Pattern(
              regexp =
                  "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
              message = "must be the id of a chat message")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Pattern(regexp = "[1-9]\\d?|100", message = "must be a whole number from 1 to 100")
          String limit) {
    return chat.history(before == null ? null : UUID.fromString(before), Integer.parseInt(limit));
  }
}
