package app.chidi.platform.security;

/** Names of the claims CHIDI puts into its access tokens beyond the MicroProfile JWT ones. */
public final class Claims {

  /** The business (tenant) the session works for. */
  public static final String BUSINESS_ID = "business_id";

  private Claims() {}
}
