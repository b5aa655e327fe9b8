; A call and the name it calls (`@callee`): the edges `follow-calls` and project facts follow.
(call_expression
  function: [
    (identifier) @callee
    (selector_expression field: (field_identifier) @callee)
  ]) @match
