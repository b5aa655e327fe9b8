[
  (class_declaration)
  (class)
  (abstract_class_declaration)
] @match
