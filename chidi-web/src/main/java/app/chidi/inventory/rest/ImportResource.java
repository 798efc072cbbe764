package app.chidi.inventory.rest;

import app.chidi.inventory.boundary.CatalogueImport;
import app.chidi.inventory.boundary.ImportJobView;
import app.chidi.inventory.boundary.ImportPreview;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;
import app.chidi.platform.web.FormData;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * CSV import: {@code POST /api/inventory/import?mode=preview|commit} with the form fields {@code
 * file} (the CSV, up to 10 MB) and, optionally, {@code mapping} (a JSON object of CSV header to
 * field). A preview writes nothing. A commit answers 200 with the finished import, or 202 with a
 * background job to follow at its {@code Location}.
 */
@Path("/inventory/import")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ImportResource {

  static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type MAPPING =
      new HashMap<String, String>() {}.getClass().getGenericSuperclass();

  @Inject CatalogueImport imports;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public Response upload(
      @Valid @BeanParam Mode mode,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body)
      throws IOException {
    FormData form = FormData.read(body, contentType);
    FormData.Field file =
        form.field("file")
            .orElseThrow(
                () ->
                    new BusinessException(
                        ErrorKind.INVALID_INPUT,
                        "inventory/import-no-file",
                        "Attach the CSV file as the form field 'file'"));
    if (file.content().length > MAX_FILE_BYTES) {
      throw new BusinessException(
          ErrorKind.TOO_LARGE, "request/too-large", "The CSV file is larger than 10 MB");
    }
    Map<String, String> mapping =
        form.field("mapping").map(ImportResource::mapping).orElse(Map.of());
    if (mode.mode.equals("preview")) {
      ImportPreview preview = imports.preview(file.content(), mapping);
      return Response.ok(preview).build();
    }
    ImportJobView job = imports.commit(file.content(), file.fileName(), mapping);
    if (job.finished()) {
      return Response.ok(job).build();
    }
    return Response.accepted(job)
        .location(uri.getAbsolutePathBuilder().path(job.jobId().toString()).build())
        .build();
  }

  @GET
  @Path("/{jobId}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ImportJobView job(@PathParam("jobId") UUID jobId) {
    return imports.job(jobId);
  }

  /** The query: {@code mode}, preview (the default) or commit. */
  public static class Mode {
    @QueryParam("mode")
    @DefaultValue("preview")
    @Pattern(regexp = "preview|commit", message = "must be preview or commit")
    String mode;
  }

  private static Map<String, String> mapping(FormData.Field field) {
    String json = field.text().strip();
    if (json.isEmpty()) {
      return Map.of();
    }
    try {
      Map<String, String> mapping = JSON.fromJson(json, MAPPING);
      return mapping == null ? Map.of() : mapping;
    } catch (JsonbException | ClassCastException e) {
      throw new BusinessException(
          ErrorKind.INVALID_INPUT,
          "inventory/import-invalid-mapping",
          "The mapping must be a JSON object of CSV header to field, e.g. {\"Title\":\"name\"}");
    }
  }
}
