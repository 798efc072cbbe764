package app.chidi.channel.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.channel.boundary.ChannelInbox;
import app.chidi.channel.boundary.Conversations;
import app.chidi.channel.boundary.SandboxConversation;
import app.chidi.channel.boundary.StoredMessage;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The sandbox channel: someone of the business writes as a customer, the message takes the very
 * path a WhatsApp or Instagram message takes, and they follow the customer's conversation with
 * CHIDI's answers. Every role reads; owner, admin and operator write.
 */
@Path("/sandbox")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SandboxResource {

  @Inject ChannelInbox inbox;
  @Inject Conversations conversations;

  @POST
  @Path("/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public Response write(@NotNull(message = BODY_REQUIRED) @Valid SandboxRequest body) {
    StoredMessage stored = inbox.acceptSandbox(body.toMessage());
    return Response.status(Response.Status.ACCEPTED).entity(stored).build();
  }

  @GET
  @Path("/conversations/{customer_id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public SandboxConversation conversation(@PathParam("customer_id") String customerId) {
    return conversations.sandbox(customerId.strip());
  }
}
