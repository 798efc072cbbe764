package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.boundary.RuleDraft;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rule functions offered to a model, and its calls read into forms or refused. */
class RuleFunctionsTest {

  private static final UUID RULE = UUID.fromString("7b0d1c2e-1111-4c1e-9a55-2b1f0d3c4e5f");

  private static RuleDraft read(String name, String arguments) {
    return RuleFunctions.read(
            ToolExecutionRequest.builder().id("call_1").name(name).arguments(arguments).build(),
            Set.of(RULE))
        .orElse(null);
  }

  @Test
  void offersCreateUpdateAndDeleteWithTheRulesApisParameters() {
    List<ToolSpecification> functions = RuleFunctions.specifications();
    assertEquals(
        List.of("create_business_rule", "update_business_rule", "delete_business_rule"),
        functions.stream().map(ToolSpecification::name).toList());
    assertEquals(List.of("rule_type", "name"), functions.get(0).parameters().required());
    assertTrue(functions.get(1).parameters().properties().containsKey("conditions"));
    assertEquals(List.of("rule_id"), functions.get(2).parameters().required());
  }

  @Test
  void aCreateCallBecomesARuleForm() {
    RuleDraft.Create create =
        assertInstanceOf(
            RuleDraft.Create.class,
            read(
                "create_business_rule",
                """
                {"rule_type": "pricing", "name": " Bulk discount ",
                 "conditions": [{"field": "item_count", "operator": "gt", "value": 3}],
                 "actions": [{"type": "percent_discount", "value": 10}], "priority": 5}"""));
    assertEquals("pricing", create.form().ruleType());
    assertEquals("Bulk discount", create.form().name());
    assertEquals("item_count", create.form().conditions().get(0).field());
    assertEquals("3", create.form().conditions().get(0).value().toString());
    assertEquals("10", create.form().actions().get(0).value().toString());
    assertEquals(5, create.form().priority());
    assertNull(create.form().description());
  }

  @Test
  void anUpdateChangesOnlyWhatItNamesOfAKnownRule() {
    RuleDraft.Update update =
        assertInstanceOf(
            RuleDraft.Update.class,
            read(
                "update_business_rule",
                "{\"rule_id\": \""
                    + RULE
                    + "\", \"actions\": [{\"type\": \"percent_discount\", \"value\": 15}]}"));
    assertEquals(RULE, update.ruleId());
    assertNull(update.changes().conditions(), "conditions stay as they are");
    assertEquals("15", update.changes().actions().get(0).value().toString());
    assertEquals(
        RULE,
        assertInstanceOf(
                RuleDraft.Delete.class,
                read("delete_business_rule", "{\"rule_id\": \"" + RULE + "\"}"))
            .ruleId());
  }

  @Test
  void callsOfAnotherShapeAreRefused() {
    assertNull(read("delete_business_rule", "{\"rule_id\": \"" + UUID.randomUUID() + "\"}"));
    assertNull(read("delete_business_rule", "{\"rule_id\": \"not-a-uuid\"}"));
    assertNull(read("update_business_rule", "{}"));
    assertNull(read("create_business_rule", "not json"));
    assertNull(read("check_availability", "{\"product\": \"dress\"}"));
  }
}
