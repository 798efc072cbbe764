package app.chidi.assistant.boundary;

import app.chidi.account.entity.Business;
import java.math.BigDecimal;

/**
 * A business's settings as the API shows them.
 *
 * @param confidenceThreshold the confidence a reply needs to be sent without a person
 */
public record SettingsView(BigDecimal confidenceThreshold) {

  static SettingsView of(Business business) {
    return new SettingsView(business.confidenceThreshold());
  }
}
