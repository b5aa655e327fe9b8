; A call and the name it calls (`@callee`): the edges `follow-calls` and project facts follow.
(invocation_expression
  function: [
    (identifier) @callee
    (generic_name (identifier) @callee)
    (member_access_expression name: (identifier) @callee)
    (member_access_expression name: (generic_name (identifier) @callee))
  ]) @match
