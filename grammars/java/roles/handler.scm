; Request handlers. Captures: @handler_name (method name), @route (mapping path, when given).

; Spring MVC / WebFlux: @GetMapping("/x"), @PostMapping(value = "/x"), @RequestMapping(...), and
; project meta-annotations built on them (@AnonymousPostMapping, @ApiGetMapping, ...).
(method_declaration
  (modifiers
    (annotation
      name: (identifier) @_ann
      arguments: (annotation_argument_list
        [
          (string_literal) @route
          (element_value_pair value: (string_literal) @route)
          (element_value_pair value: (element_value_array_initializer (string_literal) @route))
        ]?)))
  name: (identifier) @handler_name
  (#match? @_ann "^[A-Za-z]*(Get|Post|Put|Patch|Delete|Request)Mapping$")) @match

(method_declaration
  (modifiers (marker_annotation name: (identifier) @_ann))
  name: (identifier) @handler_name
  (#match? @_ann "^[A-Za-z]*(Get|Post|Put|Patch|Delete|Request)Mapping$")) @match

; JAX-RS: @POST / @GET ... on a resource method, with its @Path("/x") when given.
(method_declaration
  (modifiers
    (marker_annotation name: (identifier) @_verb)
    (annotation
      name: (identifier) @_path
      arguments: (annotation_argument_list
        [
          (string_literal) @route
          (element_value_pair value: (string_literal) @route)
        ])))
  name: (identifier) @handler_name
  (#any-of? @_verb "GET" "POST" "PUT" "PATCH" "DELETE")
  (#eq? @_path "Path")) @match

(method_declaration
  (modifiers
    (annotation
      name: (identifier) @_path
      arguments: (annotation_argument_list
        [
          (string_literal) @route
          (element_value_pair value: (string_literal) @route)
        ]))
    (marker_annotation name: (identifier) @_verb))
  name: (identifier) @handler_name
  (#any-of? @_verb "GET" "POST" "PUT" "PATCH" "DELETE")
  (#eq? @_path "Path")) @match

(method_declaration
  (modifiers (marker_annotation name: (identifier) @_verb))
  name: (identifier) @handler_name
  (#any-of? @_verb "GET" "POST" "PUT" "PATCH" "DELETE")) @match

; Servlets: doGet / doPost / ... and service.
(method_declaration
  name: (identifier) @handler_name
  (#any-of? @handler_name "doGet" "doPost" "doPut" "doPatch" "doDelete" "service")) @match
