"""The Python runtime: data binding, mappings, validation before native code, predictions in the user's terms."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

import sgdc
from sgdc.errors import UserError
from sgdc.data.synth import synthesize


def _ratings():
    rng = np.random.default_rng(0)
    u = rng.integers(100, 140, 3000)  # raw ids, not dense
    i = rng.integers(7000, 7060, 3000)
    r = 3 + 0.01 * (u - 120) + 0.02 * (i - 7030) + rng.normal(0, 0.1, 3000)
    return {"u": u, "i": i, "r": r}


def test_raw_ids_are_mapped_and_unseen_ids_use_a_zero_row():
    prog = sgdc.compile("examples/matrix_completion.sgd").fit(_ratings(), epochs=5, seed=0)
    assert prog.encoders.dims == {"users": 40, "items": 60}
    mu, bi = float(prog.params["mu"]), prog.params["bi"]
    item = 7010
    code = int(np.searchsorted(prog.encoders.ids["items"], item))
    pred = prog.predict({"u": np.array([999999]), "i": np.array([item])})  # a user never seen
    assert pred[0] == pytest.approx(mu + bi[code], rel=1e-5)
    both = prog.predict({"u": np.array([999999]), "i": np.array([1])})  # neither seen: the global mean
    assert both[0] == pytest.approx(mu, rel=1e-6)


def test_explicit_dims_take_ids_as_given_and_check_range():
    prog = sgdc.compile("examples/psd_completion.sgd")
    data = {"i": np.array([0, 1, 2]), "j": np.array([2, 1, 0]), "a": np.array([0.1, 0.2, 0.3])}
    prog.fit(data, epochs=1, dims={"n": 10})
    assert prog.params["X"].shape == (10, 5)
    with pytest.raises(UserError, match=r"field 'j': index 10 is out of range \[0, 10\) of dim 'n'"):
        prog.fit({**data, "j": np.array([2, 1, 10])}, epochs=1, dims={"n": 10})


def test_binary_labels_map_back_to_the_users_labels():
    prog = sgdc.compile("examples/logistic.sgd")
    fields, _ = synthesize(prog.model, n=600, seed=2)
    y01 = (fields["y"] > 0).astype(int)  # labels 0/1
    prog.fit(fields["x"], y01, epochs=5)
    assert set(np.unique(prog.predict(fields["x"]))) <= {0, 1}
    assert prog.score(fields["x"], y01) > 0.8
    proba = prog.predict_proba(fields["x"][:5])
    assert proba.shape == (5, 2) and np.allclose(proba.sum(axis=1), 1)


def test_class_labels_map_to_codes_and_back():
    prog = sgdc.compile("examples/softmax.sgd")
    fields, _ = synthesize(prog.model, n=800, seed=3)
    names = np.array(["ant", "bee", "cat", "dog", "eel"])
    y = names[fields["y"]]
    prog.fit(fields["x"], y, epochs=8)
    pred = prog.predict(fields["x"])
    assert set(pred) <= set(names) and np.mean(pred == y) > 0.8
    with pytest.raises(UserError, match="class 'zebra' was not seen in training"):
        prog.evaluate(fields["x"][:1], np.array(["zebra"]))


def test_same_spec_dense_and_sparse_layouts():
    prog = sgdc.compile("examples/least_squares.sgd")
    fields, _ = synthesize(prog.model, n=500, seed=4)
    X = fields["x"]
    a = sgdc.compile("examples/least_squares.sgd").fit(X, fields["y"], epochs=3)
    b = sgdc.compile("examples/least_squares.sgd").fit(X.toarray(), fields["y"], epochs=3)
    assert a.engine._layouts and b.engine._layouts
    # no regulariser effect on zeros beyond l2(1e-6): the two layouts agree closely
    np.testing.assert_allclose(a.params["w"], b.params["w"], atol=1e-3)


@pytest.mark.parametrize("bad, message", [
    (lambda X, y: (X, y[:-1]), "has 299 examples, others have 300"),
    (lambda X, y: (X.toarray() * np.nan, y), "non-finite value"),
    (lambda X, y: (X, np.full(300, np.inf)), "label"),
    (lambda X, y: (X.toarray()[:, :, None], y), "expected a 2-D array"),
    (lambda X, y: (X.toarray().astype(str), y), "expected numbers"),
    (lambda X, y: (sp.csr_matrix((np.ones(1), np.array([5]), np.array([0, 1] + [1] * 299)), shape=(300, 3)), y),
     "column index out of range"),
])
def test_bad_arrays_are_rejected_before_native_code(bad, message):
    prog = sgdc.compile("examples/logistic.sgd")
    fields, _ = synthesize(prog.model, n=300, seed=5)
    with pytest.raises(UserError, match=message):
        prog.fit(*bad(fields["x"], fields["y"]), epochs=1)


def test_non_contiguous_and_readonly_inputs_are_copied_not_trusted():
    prog = sgdc.compile("examples/logistic.sgd")
    fields, _ = synthesize(prog.model, n=400, seed=6)
    X = np.asfortranarray(fields["x"].toarray().astype(np.float64))[:, ::-1][:, ::-1]
    X.setflags(write=False)
    y = fields["y"][::1].copy()
    y.setflags(write=False)
    prog.fit(X, y, epochs=2)
    assert np.isfinite(prog.params["w"]).all()


def test_predict_before_fit_and_divergence_are_clear_errors():
    prog = sgdc.compile("examples/least_squares.sgd")
    fields, _ = synthesize(prog.model, n=300, seed=7)
    with pytest.raises(UserError, match="not been trained"):
        prog.predict(fields["x"])
    with pytest.raises(UserError, match="diverged"):
        sgdc.compile("examples/least_squares.sgd", adaptive="off", step="50").fit(fields["x"], fields["y"] * 1e3, epochs=5)


def test_early_stopping_from_the_spec_schedule():
    text = open("examples/least_squares.sgd").read() + "  validation_fraction 0.2\n  patience 2\n  tol 0.5\n"
    prog = sgdc.compile(text)
    assert (prog.training.validation_fraction, prog.training.patience, prog.training.tol) == (0.2, 2, 0.5)
    fields, _ = synthesize(prog.model, n=500, seed=8)
    prog.fit(fields["x"], fields["y"], epochs=50)
    assert prog.history.stopped_early and prog.epochs_done < 50 and len(prog.history.val_loss) == prog.epochs_done
    with pytest.raises(UserError, match="validation_fraction"):
        sgdc.compile("examples/least_squares.sgd", validation_fraction="1.5")
    # fit's early-stopping arguments override the training for that call ("off" turns the spec's off)
    prog.fit(fields["x"], fields["y"], epochs=6, validation_fraction="off", patience="off")
    assert not prog.history.stopped_early and prog.epochs_done == 6 and prog.history.val_loss == []
    assert prog.training.validation_fraction == 0.2  # the program's own value is untouched
    for bad, field in ((1.5, "validation_fraction"), (0, "patience"), (-1.0, "tol")):
        with pytest.raises(UserError, match=f"schedule field '{field}'"):
            prog.fit(fields["x"], fields["y"], epochs=1, **{field: bad})


def test_large_buffers_go_on_huge_pages_unchanged(monkeypatch):
    """A buffer of HUGE_MIN bytes or more is copied into a 2 MiB-aligned mapping (advised MADV_HUGEPAGE): the same
    values, dtype and shape, a second call is a no-op; a small one is returned as it is."""
    import mmap

    from sgdc.runtime import buffers

    small = np.arange(10, dtype=np.float32)
    assert buffers.on_huge_pages(small) is small
    big = np.random.default_rng(0).integers(-128, 128, (buffers.HUGE_MIN // 256 + 3, 256)).astype(np.int8)
    out = buffers.on_huge_pages(big)
    if not hasattr(mmap, "MADV_HUGEPAGE"):
        assert out is big
        return
    assert out is not big and out.dtype == big.dtype and out.shape == big.shape and np.array_equal(out, big)
    assert out.ctypes.data % buffers.HUGE_PAGE == 0 and out.flags.c_contiguous and out.flags.writeable
    assert buffers.on_huge_pages(out) is out
    monkeypatch.setattr(buffers.memory, "limit_bytes", lambda: big.nbytes)  # no room for a copy: left in place
    assert buffers.on_huge_pages(big) is big


@pytest.mark.parametrize("precision", ["D32M32", "D8M16"])
def test_training_on_huge_pages_gives_the_same_model(monkeypatch, precision):
    """Every buffer moved onto huge pages (HUGE_MIN = 0): the same params, bit for bit, as without."""
    from sgdc.runtime import buffers

    rng = np.random.default_rng(3)
    X = rng.normal(size=(300, 20)).astype(np.float32)
    y = np.where(X[:, 0] + 0.3 * rng.normal(size=300) > 0, 1.0, -1.0)
    runs = []
    for huge_min in (1 << 60, 0):
        monkeypatch.setattr(buffers, "HUGE_MIN", huge_min)
        prog = sgdc.compile("logistic", precision=precision, rounding="unbiased", threads=1)
        prog.fit({"x": X, "y": y}, epochs=2, seed=1)
        runs.append({k: np.array(v) for k, v in prog.params.items()})
    for k in runs[0]:
        assert np.array_equal(runs[0][k], runs[1][k]), k
