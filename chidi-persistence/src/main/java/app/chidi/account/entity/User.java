package app.chidi.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** A person who signs in; what they may see is decided by their memberships. */
@Entity
@Table(name = "users")
@NamedQuery(name = "User.findByEmail", query = "select u from User u where u.email = :email")
public class User {

  @Id private UUID id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "email_verified", nullable = false)
  private boolean emailVerified;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected User() {}

  public User(String email, String passwordHash) {
    this.id = UUID.randomUUID();
    this.email = normalise(email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.createdAt = OffsetDateTime.now();
  }

  /** Emails are compared case-insensitively and stored the way they are compared. */
  public static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  public void markEmailVerified() {
    emailVerified = true;
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean emailVerified() {
    return emailVerified;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof User user && id.equals(user.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
