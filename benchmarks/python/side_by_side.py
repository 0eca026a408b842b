"""Une en una tabla los resultados de BenchmarkDotNet (IntroNN.Benchmarks) y de compare.py de una misma tanda.

Lo llama benchmarks/side-by-side.sh; no hace falta usarlo a mano.
    side_by_side.py <informe JSON de BenchmarkDotNet> <compare.json> [<compare.json> ...]

Imprime las medianas en milisegundos, cada paso en «lecturas de X» (su mediana entre la de leer X una vez con los dos
núcleos en C#, el suelo) y, para cada tipo, TorchSharp frente a PyTorch.
"""
import json
import sys

STEPS = ["lectura de X", "paso logístico", "paso softmax K=10"]
# Qué fila de BenchmarkDotNet corresponde a cada columna (por su descripción).
OURS = {
    "C#, bucle muestra a muestra (`LoopStep`)": {"paso logístico": "'logístico: bucle por muestra'"},
    "**C#, MathNet + kernels de `IntroNN` (float64)**": {
        "lectura de X": "'lectura de X (suelo, 2 núcleos)'",
        "paso logístico": "'logístico: MathNet + kernels'",
        "paso softmax K=10": "'softmax K=10: MathNet + kernels'",
    },
    "C#, TorchSharp float64 (CPU)": {
        "paso logístico": "'logístico: TorchSharp float64 (CPU)'",
        "paso softmax K=10": "'softmax K=10: TorchSharp float64 (CPU)'",
    },
    "C#, TorchSharp float32 (CPU)": {
        "paso logístico": "'logístico: TorchSharp float32 (CPU)'",
        "paso softmax K=10": "'softmax K=10: TorchSharp float32 (CPU)'",
    },
}
PYTHON_NAMES = {
    "numpy float64 (OpenBLAS)": "Python, numpy float64 con OpenBLAS",
    "numpy float64 (BLAS de referencia)": "Python, numpy float64 con la BLAS de referencia de Debian",
    "PyTorch float64": "Python, PyTorch {version} float64",
    "PyTorch float32": "Python, PyTorch {version} float32",
}


def number(value, decimals=1):
    """Punto decimal; los miles, separados por un espacio desde 10 000 (las convenciones del proyecto)."""
    text = f"{value:.{decimals}f}"
    whole, _, fraction = text.partition(".")
    if abs(value) >= 10_000:
        whole = f"{int(whole):,}".replace(",", " ")
    return whole + ("." + fraction if fraction else "")


report = json.load(open(sys.argv[1], encoding="utf-8"))
# BenchmarkDotNet guarda el nombre del método en "Method" y la descripción en "MethodTitle".
medians = {b["MethodTitle"]: b["Statistics"]["Median"] / 1e6 for b in report["Benchmarks"]}

rows = {name: {step: medians.get(title) for step, title in cols.items()} for name, cols in OURS.items()}
notes = []
for path in sys.argv[2:]:
    data = json.load(open(path, encoding="utf-8"))
    notes.append(f"BLAS de numpy y PyTorch en {path.rsplit('/', 1)[-1]}: {data['blas']}")
    for name, row in data["results"].items():
        label = PYTHON_NAMES.get(name, "Python, " + name).format(version=data.get("torch_version", ""))
        rows[label] = {step: row.get(step) for step in STEPS}

read = rows["**C#, MathNet + kernels de `IntroNN` (float64)**"]["lectura de X"]
print(
    "| implementación | leer X una vez (ms) | paso logístico (ms) | paso softmax K=10 (ms) "
    "| logístico, en lecturas de X | softmax, en lecturas de X |"
)
print("|---|---:|---:|---:|---:|---:|")
for name, row in rows.items():
    cells = [number(row[s]) if row.get(s) else "—" for s in STEPS]
    reads = [number(row[s] / read, 2) if row.get(s) else "—" for s in ("paso logístico", "paso softmax K=10")]
    print(f"| {name} | " + " | ".join(cells + reads) + " |")

print()
print("| TorchSharp ÷ PyTorch | paso logístico | paso softmax K=10 |")
print("|---|---:|---:|")
for dtype in ("float64", "float32"):
    ours = rows[f"C#, TorchSharp {dtype} (CPU)"]
    theirs = next((r for n, r in rows.items() if n.startswith("Python, PyTorch") and n.endswith(dtype)), None)
    if theirs is None:
        continue
    ratios = [number(ours[s] / theirs[s], 2) if ours.get(s) and theirs.get(s) else "—"
              for s in ("paso logístico", "paso softmax K=10")]
    print(f"| {dtype} | " + " | ".join(ratios) + " |")
print()
for line in notes:
    print(line)
