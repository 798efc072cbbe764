package app.chidi.assistant.faces;

import app.chidi.assistant.boundary.RuleView;
import java.io.Serializable;
import java.util.UUID;

/** A rule as its row shows it; {@code active} is bound to the row's switch. */
public final class RuleRow implements Serializable {

  private final UUID id;
  private final String name;
  private final String type;
  private final String summary;
  private final String example;
  private boolean active;

  RuleRow(RuleView view) {
    this.id = view.id();
    this.name = view.name();
    this.type = ReplyItem.words(view.ruleType());
    this.summary = view.summary();
    this.example = view.example();
    this.active = view.isActive();
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getType() {
    return type;
  }

  public String getSummary() {
    return summary;
  }

  public String getExample() {
    return example;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
