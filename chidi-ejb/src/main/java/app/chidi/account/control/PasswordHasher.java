package app.chidi.account.control;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;

/**
 * Argon2id with OWASP's parameters (19 MiB, 2 iterations, 1 lane). Each hash holds its memory while
 * it runs, so at most four run at once whatever the request load.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

  /** Verifying against this keeps unknown emails as slow as known ones. */
  private static final String DECOY = ARGON2.hash("decoy password").getResult();

  private final Semaphore permits = new Semaphore(4, true);

  public String hash(String password) {
    return limited(() -> Password.hash(password).addRandomSalt(16).with(ARGON2).getResult());
  }

  public boolean matches(String password, String hash) {
    return limited(() -> Password.check(password, hash).with(ARGON2));
  }

  /** Spends the time of a real check when there is no account to check against. */
  public void matchNothing(String password) {
    matches(password, DECOY);
  }

  private <T> T limited(java.util.function.Supplier<T> work) {
    permits.acquireUninterruptibly();
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }
}
