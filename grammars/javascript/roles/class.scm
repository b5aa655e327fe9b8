[
  (class_declaration)
  (class)
] @match
