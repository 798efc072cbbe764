package app.chidi.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else runs. Migrations connect through {@code
 * jdbc/chidi-owner}, the role that owns the tables; the application itself uses {@code jdbc/chidi},
 * a role that owns nothing and cannot bypass row-level security.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = "jdbc/chidi-owner")
  DataSource ownerDataSource;

  @Inject
  @ConfigProperty(name = "chidi.database.app-role", defaultValue = "chidi_app")
  String appRole;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(ownerDataSource)
            .locations("classpath:db/migration")
            .placeholders(Map.of("appRole", appRole))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
