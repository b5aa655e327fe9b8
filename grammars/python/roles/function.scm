; Anything with a body of statements: the scope of `preceded-by`.
[
  (function_definition)
  (lambda)
] @match
