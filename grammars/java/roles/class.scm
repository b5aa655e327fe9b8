[
  (class_declaration)
  (interface_declaration)
  (enum_declaration)
  (record_declaration)
] @match
