; Request handlers. Captures: @handler_name (function name), @route (path, when registered inline).

; net/http: func(w http.ResponseWriter, r *http.Request)
(function_declaration
  name: (identifier) @handler_name
  parameters: (parameter_list
    (parameter_declaration type: (qualified_type name: (type_identifier) @_t (#eq? @_t "ResponseWriter"))))) @match

(method_declaration
  name: (field_identifier) @handler_name
  parameters: (parameter_list
    (parameter_declaration type: (qualified_type name: (type_identifier) @_t (#eq? @_t "ResponseWriter"))))) @match

; gin (*gin.Context), echo (echo.Context), fiber (*fiber.Ctx)
(function_declaration
  name: (identifier) @handler_name
  parameters: (parameter_list
    (parameter_declaration
      type: [
        (pointer_type (qualified_type package: (package_identifier) @_pkg name: (type_identifier) @_t))
        (qualified_type package: (package_identifier) @_pkg name: (type_identifier) @_t)
      ]))
  (#any-of? @_pkg "gin" "echo" "fiber")
  (#any-of? @_t "Context" "Ctx")) @match

(method_declaration
  name: (field_identifier) @handler_name
  parameters: (parameter_list
    (parameter_declaration
      type: [
        (pointer_type (qualified_type package: (package_identifier) @_pkg name: (type_identifier) @_t))
        (qualified_type package: (package_identifier) @_pkg name: (type_identifier) @_t)
      ]))
  (#any-of? @_pkg "gin" "echo" "fiber")
  (#any-of? @_t "Context" "Ctx")) @match

; Inline registration: http.HandleFunc("/login", func(w, r) {...}), r.POST("/login", func(c) {...})
(call_expression
  function: (selector_expression field: (field_identifier) @_reg)
  arguments: (argument_list . (interpreted_string_literal) @route (func_literal) @match)
  (#match? @_reg "^(HandleFunc|Handle|GET|POST|PUT|PATCH|DELETE|Any|Get|Post|Put|Patch|Delete|All|Method)$"))
