package app.chidi.platform.web;

/**
 * Role names as they appear in the {@code groups} claim, for {@code @RolesAllowed}. The spec's
 * permission map (6.1) reads: owner everything; admin all but user management and settings changes;
 * operator reads, updates inventory and answers customers; viewer reads.
 */
public final class Roles {

  public static final String OWNER = "owner";
  public static final String ADMIN = "admin";
  public static final String OPERATOR = "operator";
  public static final String VIEWER = "viewer";

  private Roles() {}
}
