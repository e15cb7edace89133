"""sgdc: a compiler from small SGD model specs to fast native kernels.

    import sgdc
    prog = sgdc.compile("examples/logistic.sgd")
    prog.fit({"x": X, "y": y}, epochs=10, seed=0)
    prog.predict(X_test)
    sgdc.load("model.npz")   # a trained Program from a model file
"""
from sgdc.errors import SgdcError, SpecError, Unsupported, UserError
from sgdc.runtime.modelfile import load
from sgdc.runtime.program import Program, compile
from sgdc.tune import tune
from sgdc.version import __version__

__all__ = ["compile", "load", "tune", "Program", "SgdcError", "SpecError", "UserError", "Unsupported", "__version__"]
