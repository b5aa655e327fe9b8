; A call and the name it calls (`@callee`): the edges `follow-calls` and project facts follow.
(call
  function: [
    (identifier) @callee
    (attribute attribute: (identifier) @callee)
  ]) @match
