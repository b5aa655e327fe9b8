; A call and the name it calls (`@callee`): the edges `follow-calls` and project facts follow.
(call_expression
  function: [
    (identifier) @callee
    (member_expression property: (property_identifier) @callee)
  ]) @match
