"""The Python runtime: Program, engines, the gate before native code, params, model files."""
