; Request handlers. Captures: @route (path string), @handler_name (method or function name).

; Express / Koa router / Fastify shorthand: app.post('/login', mw, (req, res) => {...})
(call_expression
  function: (member_expression property: (property_identifier) @handler_name)
  arguments: (arguments
    .
    [(string) (template_string)] @route
    [(arrow_function) (function_expression)] @match)
  (#match? @handler_name "^(get|post|put|patch|delete|del|all|head|options)$"))

; Fastify full form: fastify.route({ method: 'POST', url: '/login', handler: async (req, reply) => {} })
(call_expression
  function: (member_expression property: (property_identifier) @_route (#eq? @_route "route"))
  arguments: (arguments
    (object
      (pair key: (property_identifier) @_url (#eq? @_url "url") value: (string) @route)
      (pair key: (property_identifier) @_h (#eq? @_h "handler") value: [(arrow_function) (function_expression)] @match))))
