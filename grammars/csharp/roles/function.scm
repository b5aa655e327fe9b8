; Anything with a body of statements: the scope of `preceded-by`.
[
  (method_declaration)
  (constructor_declaration)
  (local_function_statement)
  (lambda_expression)
  (accessor_declaration)
] @match
