; Go has no classes: a named type is the nearest thing.
(type_declaration) @match
