package app.chidi.assistant.control;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language models CHIDI may use, from {@code CHIDI_OPENAI_*} and {@code CHIDI_ANTHROPIC_*}: an
 * engine without an API key is not configured. LangChain4j's own retries are off: Fault Tolerance
 * on {@link OpenAiEngine} and {@link AnthropicEngine} retries, honouring {@code Retry-After}.
 */
@ApplicationScoped
public class ChatModels {

  @Inject
  @ConfigProperty(name = "chidi.openai.api-key")
  Optional<String> openAiKey;

  @Inject
  @ConfigProperty(name = "chidi.openai.base-url", defaultValue = "https://api.openai.com/v1")
  String openAiUrl;

  @Inject
  @ConfigProperty(name = "chidi.openai.model", defaultValue = "gpt-4o-mini")
  String openAiModel;

  @Inject
  @ConfigProperty(name = "chidi.anthropic.api-key")
  Optional<String> anthropicKey;

  @Inject
  @ConfigProperty(name = "chidi.anthropic.base-url", defaultValue = "https://api.anthropic.com/v1")
  String anthropicUrl;

  @Inject
  @ConfigProperty(name = "chidi.anthropic.model", defaultValue = "claude-haiku-4-5")
  String anthropicModel;

  /** How long one request to a model may take; the whole answer is bounded by {@code @Timeout}. */
  @Inject
  @ConfigProperty(name = "chidi.assistant.model-timeout-ms", defaultValue = "10000")
  long timeoutMs;

  /** The longest {@code Retry-After} CHIDI waits for before it asks the next engine instead. */
  @Inject
  @ConfigProperty(name = "chidi.assistant.model-longest-wait-ms", defaultValue = "2000")
  long longestWaitMs;

  private ChatModel openAi;
  private ChatModel anthropic;

  @PostConstruct
  void build() {
    Duration timeout = Duration.ofMillis(timeoutMs);
    openAi =
        openAiKey
            .filter(k -> !k.isBlank())
            .map(k -> openAi(openAiUrl, k, openAiModel, timeout))
            .orElse(null);
    anthropic =
        anthropicKey
            .filter(k -> !k.isBlank())
            .map(k -> anthropic(anthropicUrl, k, anthropicModel, timeout))
            .orElse(null);
  }

  public boolean configured() {
    return openAi != null || anthropic != null;
  }

  Optional<ChatModel> openAi() {
    return Optional.ofNullable(openAi);
  }

  Optional<ChatModel> anthropic() {
    return Optional.ofNullable(anthropic);
  }

  Duration longestWait() {
    return Duration.ofMillis(longestWaitMs);
  }

  static ChatModel openAi(String baseUrl, String apiKey, String model, Duration timeout) {
    return OpenAiChatModel.builder()
        .httpClientBuilder(ProviderHttpClient.builder())
        .baseUrl(baseUrl)
        .apiKey(apiKey)
        .modelName(model)
        .timeout(timeout)
        .maxRetries(0)
        .build();
  }

  static ChatModel anthropic(String baseUrl, String apiKey, String model, Duration timeout) {
    return AnthropicChatModel.builder()
        .httpClientBuilder(ProviderHttpClient.builder())
        .baseUrl(baseUrl)
        .apiKey(apiKey)
        .modelName(model)
        .timeout(timeout)
        .maxRetries(0)
        .build();
  }
}
