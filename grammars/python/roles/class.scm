(class_definition) @match
