; Request handlers. Captures: @handler_name (action name), @route (template, when given).

; MVC / API controller actions with an HTTP verb attribute: [HttpPost("login")]
(method_declaration
  (attribute_list
    (attribute
      name: (identifier) @_verb
      (attribute_argument_list (attribute_argument (string_literal) @route))?))
  name: (identifier) @handler_name
  (#match? @_verb "^(HttpGet|HttpPost|HttpPut|HttpPatch|HttpDelete|Route|AcceptVerbs)$")) @match

; Public actions of a class named *Controller (conventional routing).
(class_declaration
  name: (identifier) @_ctl
  body: (declaration_list
    (method_declaration (modifier) @_pub name: (identifier) @handler_name) @match)
  (#match? @_ctl "Controller$")
  (#eq? @_pub "public"))

; Minimal APIs: app.MapPost("/login", async (...) => {...})
(invocation_expression
  function: (member_access_expression name: (identifier) @_map)
  arguments: (argument_list
    .
    (argument (string_literal) @route)
    (argument (lambda_expression) @match))
  (#match? @_map "^Map(Get|Post|Put|Patch|Delete|Methods)?$"))
