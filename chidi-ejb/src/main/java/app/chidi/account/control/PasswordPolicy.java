package app.chidi.account.control;

import app.chidi.account.boundary.WeakPasswordException;

/** Spec 5.1: at least 8 characters, one uppercase letter, one digit. */
public final class PasswordPolicy {

  private PasswordPolicy() {}

  public static void check(String password) {
    boolean strong =
        password.length() >= 8
            && password.chars().anyMatch(Character::isUpperCase)
            && password.chars().anyMatch(Character::isDigit);
    if (!strong) {
      throw new WeakPasswordException();
    }
  }
}
