; Anything with a body of statements: the scope of `preceded-by`.
[
  (function_declaration)
  (method_declaration)
  (func_literal)
] @match
