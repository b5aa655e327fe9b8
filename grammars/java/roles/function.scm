; Anything with a body of statements: the scope of `preceded-by`.
[
  (method_declaration)
  (constructor_declaration)
  (lambda_expression)
] @match
