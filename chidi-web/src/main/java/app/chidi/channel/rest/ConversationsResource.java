package app.chidi.channel.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.channel.boundary.Approvals;
import app.chidi.channel.boundary.ConversationDetail;
import app.chidi.channel.boundary.ConversationInsights;
import app.chidi.channel.boundary.ConversationMetrics;
import app.chidi.channel.boundary.ConversationPage;
import app.chidi.channel.boundary.ConversationSummary;
import app.chidi.channel.boundary.Conversations;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Customers' conversations (spec 5.1) and what the business's people do with them: read one with
 * CHIDI's draft, send the draft or their own text (or preview it), resolve, take over and release;
 * and how the conversations went. Every role reads; owner, admin and operator act.
 */
@Path("/chat/conversations")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ConversationsResource {

  /** The periods the figures cover: since midnight UTC, the last 7 or 30 days. */
  static final String PERIOD = "today|7d|30d";

  static final String PERIOD_RULE = "must be today, 7d or 30d";

  @Inject Conversations conversations;
  @Inject Approvals approvals;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ConversationPage list(@Valid @BeanParam ConversationListParams params) {
    return conversations.list(params.toQuery());
  }

  @GET
  @Path("/metrics")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ConversationMetrics metrics(
      @QueryParam("period") @DefaultValue("today") @Pattern(regexp = PERIOD, message = PERIOD_RULE)
          String period) {
    return conversations.metrics(period);
  }

  @GET
  @Path("/insights")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ConversationInsights insights(
      @QueryParam("period") @DefaultValue("7d") @Pattern(regexp = PERIOD, message = PERIOD_RULE)
          String period) {
    return conversations.insights(period);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ConversationDetail detail(@PathParam("id") UUID id) {
    return conversations.detail(id);
  }

  @POST
  @Path("/{id}/reply")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public Response reply(
      @PathParam("id") UUID id, @NotNull(message = BODY_REQUIRED) @Valid ReplyRequest body) {
    if (body.onlyPreview()) {
      return Response.ok(approvals.preview(id, body.toReply())).build();
    }
    return Response.status(Response.Status.ACCEPTED)
        .entity(approvals.send(id, body.toReply()))
        .build();
  }

  @POST
  @Path("/{id}/resolve")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public ConversationSummary resolve(@PathParam("id") UUID id) {
    return approvals.resolve(id);
  }

  @POST
  @Path("/{id}/take-over")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public ConversationSummary takeOver(@PathParam("id") UUID id) {
    return approvals.takeOver(id);
  }

  @POST
  @Path("/{id}/release")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public ConversationSummary release(@PathParam("id") UUID id) {
    return approvals.release(id);
  }
}
