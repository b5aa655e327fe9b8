; A call and the name it calls (`@callee`): the edges `follow-calls` and project facts follow.
(method_invocation name: (identifier) @callee) @match
