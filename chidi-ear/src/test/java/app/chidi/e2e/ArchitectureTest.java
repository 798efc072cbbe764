package app.chidi.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chidi.platform.tenancy.Tenanted;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module and package rules of STYLE.md section 2, checked over all of CHIDI's modules. */
class ArchitectureTest {

  private static final Pattern MODULE = Pattern.compile("(chidi-(persistence|ejb|jms|web))");
  private static JavaClasses chidi;

  @BeforeAll
  static void importClasses() {
    chidi =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> module(location) != null)
            .importPackages("app.chidi");
  }

  static String module(Location location) {
    Matcher matcher = MODULE.matcher(location.toString());
    return matcher.find() ? matcher.group(1) : null;
  }

  static String module(JavaClass type) {
    return type.getSource().map(source -> module(Location.of(source.getUri()))).orElse(null);
  }

  @Test
  void entitiesDependOnlyOnJavaAndPersistenceApis() {
    classes()
        .that()
        .resideInAPackage("app.chidi..entity..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "jakarta.persistence..",
            "jakarta.validation..",
            "jakarta.json..",
            "app.chidi.platform.json..",
            "app.chidi..entity..")
        .check(chidi);
  }

  @Test
  void businessCodeKnowsNothingOfTheWeb() {
    noClasses()
        .that(inModule("chidi-ejb"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.faces..", "jakarta.websocket..", "jakarta.servlet..")
        .check(chidi);
    noClasses()
        .that(inModule("chidi-ejb"))
        .and()
        .resideOutsideOfPackage("..control..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..")
        .check(chidi);
  }

  @Test
  void modulesDependOnlyDownwards() {
    noClasses()
        .that(inModule("chidi-persistence"))
        .should(dependOnModule("chidi-ejb", "chidi-jms", "chidi-web"))
        .check(chidi);
    noClasses()
        .that(inModule("chidi-ejb"))
        .should(dependOnModule("chidi-jms", "chidi-web"))
        .check(chidi);
    noClasses().that(inModule("chidi-jms")).should(dependOnModule("chidi-web")).check(chidi);
    noClasses().that(inModule("chidi-web")).should(dependOnModule("chidi-jms")).check(chidi);
  }

  @Test
  void componentsMeetOnlyAtBoundariesAndEntities() {
    for (String component : components()) {
      noClasses()
          .that()
          .resideInAPackage("app.chidi." + component + "..")
          .should()
          .dependOnClassesThat(otherComponentsInternals(component))
          .check(chidi);
    }
  }

  @Test
  void boundaryBeansSetTheTenant() {
    classes()
        .that()
        .resideInAPackage("..boundary..")
        .and()
        .areAnnotatedWith(Stateless.class)
        .or()
        .areAnnotatedWith(Singleton.class)
        .should()
        .beAnnotatedWith(Tenanted.class)
        .orShould()
        .resideInAPackage("app.chidi.platform..")
        .check(chidi);
  }

  @Test
  void entryPointsLiveWhereTheGuideSays() {
    classes()
        .that()
        .areAnnotatedWith(MessageDriven.class)
        .should()
        .resideInAPackage("..messaging..")
        .andShould(beInModule("chidi-jms"))
        .check(chidi);
    classes()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .resideInAnyPackage("..rest..")
        .andShould(beInModule("chidi-web"))
        .check(chidi);
  }

  @Test
  void noPackageIsSplitAcrossModules() {
    Map<String, Set<String>> modulesByPackage = new TreeMap<>();
    chidi.forEach(
        type ->
            modulesByPackage
                .computeIfAbsent(type.getPackageName(), p -> new TreeSet<>())
                .add(module(type)));
    Map<String, Set<String>> split = new TreeMap<>(modulesByPackage);
    split.values().removeIf(modules -> modules.size() == 1);
    assertEquals(Map.of(), split);
  }

  private static Set<String> components() {
    Set<String> names = new TreeSet<>();
    chidi.forEach(type -> names.add(type.getPackageName().split("\\.")[2]));
    names.remove("platform");
    return names;
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> otherComponentsInternals(
      String component) {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "internals of components other than " + component,
        type -> {
          String[] parts = type.getPackageName().split("\\.");
          return parts.length > 3
              && parts[0].equals("app")
              && parts[1].equals("chidi")
              && !parts[2].equals(component)
              && !parts[2].equals("platform")
              && !Set.of("boundary", "entity").contains(parts[3]);
        });
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> inModule(String module) {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "in " + module, type -> module.equals(module(type)));
  }

  private static ArchCondition<JavaClass> beInModule(String module) {
    return new ArchCondition<>("be in " + module) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean ok = module.equals(module(type));
        events.add(new SimpleConditionEvent(type, ok, type.getName() + " is in " + module(type)));
      }
    };
  }

  private static boolean isIn(Set<String> modules, String module) {
    return module != null && modules.contains(module);
  }

  private static ArchCondition<JavaClass> dependOnModule(String... modules) {
    Set<String> forbidden = Set.of(modules);
    return new ArchCondition<>("depend on " + forbidden) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        type.getDirectDependenciesFromSelf().stream()
            .filter(dependency -> isIn(forbidden, module(dependency.getTargetClass())))
            .forEach(
                dependency ->
                    events.add(
                        SimpleConditionEvent.satisfied(dependency, dependency.getDescription())));
      }
    };
  }
}
