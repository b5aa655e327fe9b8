; Anything with a body of statements: the scope of `preceded-by`.
[
  (function_declaration)
  (generator_function_declaration)
  (function_expression)
  (arrow_function)
  (method_definition)
] @match
