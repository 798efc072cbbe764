package app.chidi.channel.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A benchmark aid, not an API: a POST that reads a webhook's body and answers as the webhook does,
 * checking, storing and queueing nothing. {@code .ci/benchmark-channels} compares the webhook
 * intake with it, on the same server in the same run. It exists only with {@code
 * CHIDI_BENCHMARK_ENDPOINTS=true}; otherwise it answers 404.
 */
@Path("/social/webhooks/noop")
@PermitAll
@RequestScoped
public class BenchmarkNoopResource {

  @Inject
  @ConfigProperty(name = "chidi.benchmark-endpoints", defaultValue = "false")
  boolean enabled;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> receive(byte[] body) {
    if (!enabled) {
      throw new NotFoundException();
    }
    return Map.of("status", "processed");
  }
}
