"""The compiler passes between the model IR and the lowered IR (listed in order in sgdc.pipeline)."""
