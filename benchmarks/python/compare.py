"""Los mismos pasos que benchmarks/IntroNN.Benchmarks, en numpy y PyTorch, para la tabla de rendimiento del README.

Uso (Debian 12: apt-get install python3-numpy python3-torch; opcional libopenblas0-pthread):
    /usr/bin/python3 benchmarks/python/compare.py [--rows 1000000] [--features 32] [--classes 10] [--repeat 15]

Mide medianas en milisegundos de: una pasada que solo lee X (el suelo), un paso de regresión logística con todo el
lote y un paso de regresión softmax (K clases), reutilizando los búferes entre pasos como hace nuestro código.
Dice qué BLAS cargó numpy (la referencia lenta de Debian o OpenBLAS) y cuántos hilos usó PyTorch.
"""
import argparse
import json
import os
import statistics
import time

import numpy as np
import torch


def median_ms(fn, repeat, warmup=3):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def loaded_blas():
    """La biblioteca BLAS que el proceso tiene cargada de verdad (libblas.so.3 puede apuntar a OpenBLAS)."""
    np.ones((64, 64)) @ np.ones((64, 64))
    paths = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if "blas" in path.lower():
                paths.add(path)
    if any("openblas" in p for p in paths):
        return "OpenBLAS (" + ", ".join(sorted(paths)) + ")"
    return "BLAS de referencia (" + ", ".join(sorted(paths)) + ")" if paths else "desconocida"


def numpy_steps(X, y, labels, k, repeat):
    n, d = X.shape
    w, b = np.zeros(d), np.zeros(1)
    z, t, u = np.empty(n), np.empty(n), np.empty(n)
    W, bk = np.zeros((d, k)), np.zeros(k)
    logits = np.empty((n, k))
    rows = np.arange(n)

    def read_pass():
        X.sum()

    def logistic_step():
        np.dot(X, w, out=z)
        np.add(z, b, out=z)
        # pérdida: Σ max(z, 0) − y·z + log(1 + e^(−|z|))
        np.abs(z, out=t)
        np.negative(t, out=t)
        np.exp(t, out=t)
        np.log1p(t, out=t)
        loss = (t.sum() + np.maximum(z, 0, out=u).sum() - y @ z) / n
        # σ(z) − y, estable: e^(−|z|) ya está en u
        np.abs(z, out=u)
        np.negative(u, out=u)
        np.exp(u, out=u)  # u = e^(−|z|)
        np.add(u, 1, out=t)
        np.divide(np.where(z >= 0, 1.0, u), t, out=z)
        np.subtract(z, y, out=z)
        w[:] -= 0.1 * (X.T @ z) / n
        b[:] -= 0.1 * z.sum() / n
        return loss

    def softmax_step():
        np.dot(X, W, out=logits)
        np.add(logits, bk, out=logits)
        picked = logits[rows, labels]
        m = logits.max(axis=1, keepdims=True)
        np.subtract(logits, m, out=logits)
        np.exp(logits, out=logits)
        s = logits.sum(axis=1, keepdims=True)
        loss = (np.log(s).sum() + m.sum() - picked.sum()) / n
        np.divide(logits, s, out=logits)
        logits[rows, labels] -= 1.0  # P − Y
        W[:] -= 0.1 * (X.T @ logits) / n
        bk[:] -= 0.1 * logits.sum(axis=0) / n
        return loss

    return {
        "lectura de X": median_ms(read_pass, repeat),
        "paso logístico": median_ms(logistic_step, repeat),
        f"paso softmax K={k}": median_ms(softmax_step, repeat),
    }


def torch_steps(X64, y64, labels, k, dtype, repeat):
    X = torch.from_numpy(X64).to(dtype)
    y = torch.from_numpy(y64).to(dtype)
    lab = torch.from_numpy(labels)
    n, d = X.shape
    w, b = torch.zeros(d, dtype=dtype), torch.zeros(1, dtype=dtype)
    z, scratch = torch.empty(n, dtype=dtype), torch.empty(n, dtype=dtype)
    W, bk = torch.zeros(d, k, dtype=dtype), torch.zeros(k, dtype=dtype)
    logits = torch.empty(n, k, dtype=dtype)
    row_max = torch.empty(n, 1, dtype=dtype)
    minus_ones = torch.full((n, 1), -1, dtype=dtype)
    index = lab.unsqueeze(1)

    def read_pass():
        X.sum()

    def logistic_step():  # TorchLogisticRegression.Step, con X entera (sin trozos de filas)
        z.copy_(b.expand(n)).addmv_(X, w)
        positive = scratch.copy_(z).clamp_min_(0).sum()
        soft = scratch.copy_(z).abs_().neg_().exp_().log1p_().sum()
        loss = positive.add_(soft).sub_(y.dot(z)).div_(n).item()
        error = z.sigmoid_().sub_(y)
        w.sub_((X.t() @ error).div_(n).mul_(0.1))
        b.sub_(error.sum().div_(n).mul_(0.1))
        return loss

    def softmax_step():  # TorchSoftmaxRegression.Step, con X entera (sin trozos de filas)
        logits.copy_(bk.expand(n, k)).addmm_(X, W)
        picked = logits.gather(1, index)
        torch.amax(logits, 1, keepdim=True, out=row_max)
        logits.sub_(row_max).exp_()
        sums = logits.sum(dim=1, keepdim=True)
        logits.div_(sums)
        loss = sums.log_().sum().add_(row_max.sum()).sub_(picked.sum()).div_(n).item()
        error = logits.scatter_add_(1, index, minus_ones)
        W.sub_((X.t() @ error).div_(n).mul_(0.1))
        bk.sub_(error.sum(dim=0).div_(n).mul_(0.1))
        return loss

    with torch.no_grad():
        return {
            "lectura de X": median_ms(read_pass, repeat),
            "paso logístico": median_ms(logistic_step, repeat),
            f"paso softmax K={k}": median_ms(softmax_step, repeat),
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--features", type=int, default=32)
    parser.add_argument("--classes", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--json", help="además, guardar los resultados en este fichero JSON")
    parser.add_argument("--numpy-only", action="store_true", help="medir solo numpy (p. ej. con otra BLAS)")
    args = parser.parse_args()

    # Todos los núcleos, como nuestro código (el torch de Debian arranca a veces con uno solo).
    torch.set_num_threads(os.cpu_count() or 1)
    rng = np.random.default_rng(42)
    X = rng.standard_normal((args.rows, args.features))
    labels = rng.integers(0, args.classes, args.rows)
    y = (labels % 2).astype(np.float64)

    blas = loaded_blas()
    print(f"X: {args.rows} x {args.features} float64; numpy {np.__version__} con {blas}; "
          f"PyTorch {torch.__version__} con {torch.get_num_threads()} hilos")
    numpy_name = "numpy float64 (" + ("OpenBLAS" if blas.startswith("OpenBLAS") else "BLAS de referencia") + ")"
    results = {numpy_name: numpy_steps(X, y, labels, args.classes, args.repeat)}
    if not args.numpy_only:
        results["PyTorch float64"] = torch_steps(X, y, labels, args.classes, torch.float64, args.repeat)
        results["PyTorch float32"] = torch_steps(X, y, labels, args.classes, torch.float32, args.repeat)
    steps = list(next(iter(results.values())).keys())
    print("| implementación | " + " | ".join(f"{s} (ms)" for s in steps) + " |")
    print("|---|" + "---|" * len(steps))
    for name, row in results.items():
        print(f"| {name} | " + " | ".join(f"{row[s]:.1f}" for s in steps) + " |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"blas": blas, "torch_version": torch.__version__.split("a")[0],
                       "torch_threads": torch.get_num_threads(), "results": results}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
