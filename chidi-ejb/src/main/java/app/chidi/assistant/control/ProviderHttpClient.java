package app.chidi.assistant.control;

import app.chidi.platform.http.RetryAfterHeader;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The JDK HTTP client for the language models, as LangChain4j's own {@code JdkHttpClient}, except
 * that an error answer keeps its {@code Retry-After} header ({@link ProviderHttpException}): the
 * library's client drops every header of an error answer, and Fault Tolerance's {@code @Retry}
 * cannot see it either. CHIDI never streams, so streaming requests are refused.
 */
class ProviderHttpClient implements HttpClient {

  private final java.net.http.HttpClient jdk;
  private final Duration readTimeout;

  private ProviderHttpClient(Builder builder) {
    java.net.http.HttpClient.Builder jdkBuilder = java.net.http.HttpClient.newBuilder();
    if (builder.connectTimeout != null) {
      jdkBuilder.connectTimeout(builder.connectTimeout);
    }
    this.jdk = jdkBuilder.build();
    this.readTimeout = builder.readTimeout;
  }

  static Builder builder() {
    return new Builder();
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    try {
      HttpResponse<String> response =
          jdk.send(toJdk(request), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new ProviderHttpException(
            response.statusCode(),
            response.body(),
            response
                .headers()
                .firstValue("Retry-After")
                .flatMap(RetryAfterHeader::parse)
                .orElse(null));
      }
      return SuccessfulHttpResponse.builder()
          .statusCode(response.statusCode())
          .headers(response.headers().map())
          .body(response.body())
          .build();
    } catch (HttpTimeoutException e) {
      throw new TimeoutException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    throw new UnsupportedOperationException("CHIDI does not stream model answers");
  }

  private java.net.http.HttpRequest toJdk(HttpRequest request) {
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
    request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
    builder.method(
        request.method().name(),
        request.body() == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
    if (readTimeout != null) {
      builder.timeout(readTimeout);
    }
    return builder.build();
  }

  static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout;
    private Duration readTimeout;

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    @Override
    public ProviderHttpClient build() {
      return new ProviderHttpClient(this);
    }
  }
}
