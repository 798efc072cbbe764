package app.chidi.account.faces;

import app.chidi.account.boundary.Accounts;
import app.chidi.account.boundary.SignUp;
import app.chidi.account.boundary.WeakPasswordException;
import app.chidi.account.faces.FormMessages.Field;
import app.chidi.platform.error.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.Map;

/** {@code signup.xhtml}: a new owner creates their account and business. */
@Named
@RequestScoped
public class SignupBacking implements Serializable {

  private static final Field EMAIL = new Field("signup:email", "Email");
  private static final Field PASSWORD = new Field("signup:password", "Password");
  private static final Map<String, Field> FIELDS =
      Map.of(
          "email", EMAIL,
          "password", PASSWORD,
          "businessName", new Field("signup:business", "Business name"));
  private static final Map<String, Field> FIELDS_BY_CODE =
      Map.of("auth/email-exists", EMAIL, "auth/weak-password", PASSWORD);

  @Inject Accounts accounts;
  @Inject Validator validator;
  @Inject HttpServletRequest request;

  private String email;
  private String password;
  private String businessName;

  public String submit() {
    SignUp signUp = new SignUp(email, password, businessName);
    boolean valid = FormMessages.valid(validator, signUp, FIELDS) & strongPassword();
    return valid && signedUp(signUp) ? "/dashboard/index?faces-redirect=true" : null;
  }

  /**
   * The rule of the account component's password policy, checked before calling it: every call
   * counts against the sign-up rate limit, so a weak password should not spend one.
   */
  private boolean strongPassword() {
    boolean strongOrMissing =
        password == null
            || password.isEmpty()
            || password.length() >= 8
                && password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isDigit);
    if (!strongOrMissing) {
      // The refusal the boundary would give, so the message and its field stay the same.
      FormMessages.refused(new WeakPasswordException(), FIELDS_BY_CODE);
    }
    return strongOrMissing;
  }

  private boolean signedUp(SignUp signUp) {
    try {
      BrowserSignIn.start(accounts.signUp(signUp, request.getRemoteAddr()), request);
      return true;
    } catch (BusinessException refusal) {
      FormMessages.refused(refusal, FIELDS_BY_CODE);
      return false;
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getBusinessName() {
    return businessName;
  }

  public void setBusinessName(String businessName) {
    this.businessName = businessName;
  }
}
