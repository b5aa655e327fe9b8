; Request handlers. Captures: @handler_name (function name), @route (path, when given).

; Flask / FastAPI / Blueprint: @app.route("/login"), @app.post("/login"), @router.get(...)
(decorated_definition
  (decorator
    (call
      function: (attribute attribute: (identifier) @_verb)
      arguments: (argument_list . (string)? @route)))
  definition: (function_definition name: (identifier) @handler_name) @match
  (#match? @_verb "^(route|get|post|put|patch|delete|api_route|websocket)$"))

; Django function views and DRF @api_view: the first parameter is the request.
(function_definition
  name: (identifier) @handler_name
  parameters: (parameters . (identifier) @_req)
  (#eq? @_req "request")) @match

; Class-based views (Django View, DRF APIView): get/post/... methods taking (self, request).
(function_definition
  name: (identifier) @handler_name
  parameters: (parameters . (identifier) @_self . (identifier) @_req)
  (#eq? @_self "self")
  (#eq? @_req "request")
  (#match? @handler_name "^(get|post|put|patch|delete|create|update|partial_update|destroy|list|retrieve|form_valid)$")) @match

; Django function views with an annotated request: def login(request: HttpRequest)
(function_definition
  name: (identifier) @handler_name
  parameters: (parameters . (typed_parameter . (identifier) @_req))
  (#eq? @_req "request")) @match

; Class-based views with an annotated request: def post(self, request: Request)
(function_definition
  name: (identifier) @handler_name
  parameters: (parameters . (identifier) @_self . (typed_parameter . (identifier) @_req))
  (#eq? @_self "self")
  (#eq? @_req "request")
  (#match? @handler_name "^(get|post|put|patch|delete|create|update|partial_update|destroy|list|retrieve|form_valid)$")) @match

; Class-based views (Django View, DRF APIView, Flask MethodView): the class also names the
; handler, so that role:handler(REGEX) can tell LoginView.post from ReportView.post.
(class_definition
  name: (identifier) @handler_name
  superclasses: (argument_list)
  body: (block
    [
      (function_definition name: (identifier) @_m)
      (decorated_definition definition: (function_definition name: (identifier) @_m))
    ] @match)
  (#match? @_m "^(get|post|put|patch|delete|create|update|partial_update|destroy|list|retrieve|form_valid|dispatch_request)$"))
