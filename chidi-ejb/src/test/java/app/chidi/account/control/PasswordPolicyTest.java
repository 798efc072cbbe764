package app.chidi.account.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.chidi.account.boundary.WeakPasswordException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"Short1", "alllowercase1", "NoDigitsHere", "1234567890", "abcdefG"})
  void refusesWeakPasswords(String password) {
    var error = assertThrows(WeakPasswordException.class, () -> PasswordPolicy.check(password));
    assertEquals("auth/weak-password", error.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Password1", "Zz345678", "long Passphrase with 1 digit"})
  void acceptsStrongPasswords(String password) {
    assertDoesNotThrow(() -> PasswordPolicy.check(password));
  }
}
