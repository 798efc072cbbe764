package app.chidi.assistant.faces;

import java.io.Serializable;
import java.util.UUID;

/** The knowledge dialog's fields; {@code id} is null for a new entry. */
public final class KnowledgeFields implements Serializable {

  private UUID id;
  private String type = "policy";
  private String topic;
  private String question;
  private String content;

  public UUID getId() {
    return id;
  }

  void setId(UUID id) {
    this.id = id;
  }

  public boolean isNew() {
    return id == null;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }
}
