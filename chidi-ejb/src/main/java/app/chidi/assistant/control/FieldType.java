package app.chidi.assistant.control;

import java.util.EnumSet;
import java.util.Set;

/** The type of a fact, and the operators that can compare it. */
enum FieldType {
  NUMBER(
      "a number",
      EnumSet.of(
          Operator.EQ,
          Operator.NEQ,
          Operator.GT,
          Operator.GTE,
          Operator.LT,
          Operator.LTE,
          Operator.IN,
          Operator.NOT_IN)),
  STRING(
      "a text",
      EnumSet.of(Operator.EQ, Operator.NEQ, Operator.IN, Operator.NOT_IN, Operator.CONTAINS)),
  BOOLEAN("true or false", EnumSet.of(Operator.EQ, Operator.NEQ)),
  LIST("a list of texts", EnumSet.of(Operator.CONTAINS, Operator.IN, Operator.NOT_IN));

  final String words;
  final Set<Operator> operators;

  FieldType(String words, Set<Operator> operators) {
    this.words = words;
    this.operators = operators;
  }
}
