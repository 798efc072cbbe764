package app.chidi.account.entity;

/** What a member may do in a business (spec 6.1); the name is the JWT group. */
public enum Role {
  OWNER,
  ADMIN,
  OPERATOR,
  VIEWER;

  /** The lower-case name used in tokens, {@code @RolesAllowed} and the API. */
  public String groupName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
