"""The intermediate representations and the values they carry: model IR, update IR, lowered IR, the op registry, schedule and precision values, the fixed-point rules."""
