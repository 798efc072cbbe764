package app.chidi.channel.rest;

import app.chidi.channel.boundary.AccountEvents;
import app.chidi.channel.boundary.ChannelInbox;
import app.chidi.channel.boundary.InvalidSignatureException;
import app.chidi.channel.boundary.VerificationFailedException;
import app.chidi.channel.control.WebhookPayloads;
import app.chidi.channel.control.WebhookVerifier;
import app.chidi.channel.entity.Platform;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Meta's webhooks for WhatsApp and Instagram. {@code GET} answers the subscription check; {@code
 * POST} checks the signature over the raw bytes before reading them, then hands each account's
 * events to the inbox and answers 200 only once they are stored and queued.
 */
@Path("/social/webhooks/{platform: whatsapp|instagram}")
@PermitAll
@RequestScoped
public class WebhooksResource {

  @Inject WebhookVerifier verifier;
  @Inject WebhookPayloads payloads;
  @Inject ChannelInbox inbox;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String verify(
      @QueryParam("hub.mode") String mode,
      @QueryParam("hub.verify_token") String token,
      @QueryParam("hub.challenge") String challenge) {
    if (challenge == null || !verifier.subscriptionAllowed(mode, token)) {
      throw new VerificationFailedException();
    }
    return challenge;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> receive(
      @PathParam("platform") String name,
      @HeaderParam("X-Hub-Signature-256") String signature,
      byte[] body) {
    Platform platform = Platform.of(name).orElseThrow(NotFoundException::new);
    if (!verifier.signed(platform, body, signature)) {
      inbox.rejectSignature(platform, request.getRemoteAddr());
      throw new InvalidSignatureException();
    }
    for (AccountEvents events : payloads.parse(platform, body)) {
      inbox.accept(events);
    }
    return Map.of("status", "processed");
  }
}
