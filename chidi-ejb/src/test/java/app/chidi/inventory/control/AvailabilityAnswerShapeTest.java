package app.chidi.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.inventory.boundary.Alternative;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.inventory.boundary.ProductAvailability;
import app.chidi.inventory.boundary.VariantAvailability;
import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No JSON-B implementation is on the test class path, so the answer's shape is read from its record
 * components, which are the properties JSON-B would write.
 */
class AvailabilityAnswerShapeTest {

  @Test
  void answerTypesHoldNoStockNumbers() {
    var properties = new ArrayList<String>();
    var records = RecordTree.walkTypes(AvailabilityAnswer.class, properties);

    assertEquals(
        Set.of(
            AvailabilityAnswer.class,
            ProductAvailability.class,
            VariantAvailability.class,
            Alternative.class),
        records);
    assertTrue(properties.stream().noneMatch(RecordTree::namesStock), properties::toString);
  }
}
