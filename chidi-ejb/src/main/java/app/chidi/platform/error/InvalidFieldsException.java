package app.chidi.platform.error;

import java.util.List;

/**
 * Input that is well-formed JSON but breaks rules Bean Validation cannot state, reported the same
 * way: {@code validation/failed} with one entry per field, named by its path ({@code
 * conditions[0].operator}).
 */
public class InvalidFieldsException extends BusinessException {

  /** One invalid field and what is wrong with it. */
  public record FieldProblem(String field, String message) {}

  private final List<FieldProblem> problems;

  public InvalidFieldsException(List<FieldProblem> problems) {
    super(ErrorKind.INVALID_INPUT, "validation/failed", "The request has invalid fields");
    this.problems = List.copyOf(problems);
  }

  public static InvalidFieldsException of(String field, String message) {
    return new InvalidFieldsException(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
