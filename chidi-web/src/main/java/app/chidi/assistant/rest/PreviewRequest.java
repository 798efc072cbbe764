package app.chidi.assistant.rest;

import app.chidi.assistant.boundary.CustomerMessage;
import app.chidi.assistant.boundary.Turn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/assistant/preview}: a customer message to answer without sending.
 *
 * @param platform where the message came from; {@code sandbox} when absent
 * @param history the conversation so far, oldest first
 */
public record PreviewRequest(
    @NotBlank @Size(max = 2000) String message,
    @Pattern(
            regexp = "whatsapp|instagram|sandbox",
            message = "must be whatsapp, instagram or sandbox")
        String platform,
    @Size(max = 50) List<@NotNull @Valid HistoryTurn> history) {

  CustomerMessage toMessage() {
    return new CustomerMessage(
        message,
        platform,
        history == null
            ? List.of()
            : history.stream().map(t -> new Turn(t.role(), t.text())).toList());
  }

  /** One earlier message: {@code customer} or {@code business}. */
  public record HistoryTurn(
      @NotNull @Pattern(regexp = "customer|business", message = "must be customer or business")
          String role,
      @NotNull @Size(max = 2000) String text) {}
}
