package app.chidi.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** What every resource of the API answers alike. */
public final class ApiResponses {

  /** The {@code validation/failed} message of a missing request body. */
  public static final String BODY_REQUIRED = "a JSON body is required";

  private ApiResponses() {}

  /** 201 with {@code entity} and its {@code Location}: the request's URI plus {@code id}. */
  public static Response created(UriInfo uri, UUID id, Object entity) {
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(entity)
        .build();
  }
}
