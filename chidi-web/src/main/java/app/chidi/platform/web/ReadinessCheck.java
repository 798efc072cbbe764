package app.chidi.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means the database answers and the broker takes connections. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = "jdbc/chidi")
  DataSource database;

  @Resource(lookup = app.chidi.platform.messaging.Destinations.CONNECTION_FACTORY)
  ConnectionFactory broker;

  @Override
  public HealthCheckResponse call() {
    boolean databaseUp = databaseUp();
    boolean brokerUp = brokerUp();
    return HealthCheckResponse.named("chidi")
        .status(databaseUp && brokerUp)
        .withData("database", databaseUp ? "UP" : "DOWN")
        .withData("broker", brokerUp ? "UP" : "DOWN")
        .build();
  }

  private boolean databaseUp() {
    try (Connection connection = database.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private boolean brokerUp() {
    try (JMSContext context = broker.createContext()) {
      context.createProducer();
      return true;
    } catch (JMSRuntimeException e) {
      return false;
    }
  }
}
