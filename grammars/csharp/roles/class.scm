[
  (class_declaration)
  (struct_declaration)
  (record_declaration)
  (interface_declaration)
] @match
