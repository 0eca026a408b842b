"""Une en una tabla los resultados de BenchmarkDotNet (IntroNN.Benchmarks) y de compare.py de una misma tanda.

Lo llama benchmarks/side-by-side.sh; no hace falta usarlo a mano.
    side_by_side.py <informe JSON de BenchmarkDotNet> <compare.json> [<compare.json> ...]
"""
import json
import sys

STEPS = ["lectura de X", "paso logístico", "paso softmax K=10"]
# Qué fila de BenchmarkDotNet corresponde a cada columna (por el principio de su descripción).
OURS = {
    "C# bucle por muestra": {"paso logístico": "'logístico: bucle por muestra'"},
    "C# MathNet + kernels (float64)": {"lectura de X": "'lectura de X (suelo, 2 núcleos)'",
                                       "paso logístico": "'logístico: MathNet + kernels'",
                                       "paso softmax K=10": "'softmax K=10: MathNet + kernels'"},
    "C# TorchSharp float64": {"paso logístico": "'logístico: TorchSharp float64 (CPU)'",
                              "paso softmax K=10": "'softmax K=10: TorchSharp float64 (CPU)'"},
    "C# TorchSharp float32": {"paso logístico": "'logístico: TorchSharp float32 (CPU)'",
                              "paso softmax K=10": "'softmax K=10: TorchSharp float32 (CPU)'"},
}

report = json.load(open(sys.argv[1], encoding="utf-8"))
medians = {b["Method"] if b["Method"].startswith("'") else "'" + b["Method"] + "'": b["Statistics"]["Median"] / 1e6
           for b in report["Benchmarks"]}
# BenchmarkDotNet guarda en "Method" el nombre del método; la descripción va en "MethodTitle".
medians.update({b["MethodTitle"]: b["Statistics"]["Median"] / 1e6 for b in report["Benchmarks"]})

rows = {name: {step: medians.get(title) for step, title in cols.items()} for name, cols in OURS.items()}
blas_lines = []
for path in sys.argv[2:]:
    data = json.load(open(path, encoding="utf-8"))
    blas_lines.append(data["blas"])
    for name, row in data["results"].items():
        rows["Python " + name] = {step: row.get(step) for step in STEPS}

reference = rows["C# MathNet + kernels (float64)"]
print("| implementación | " + " | ".join(f"{s} (ms)" for s in STEPS) + " | logístico ÷ nuestro | softmax ÷ nuestro |")
print("|---|" + "---:|" * (len(STEPS) + 2))
for name, row in rows.items():
    cells = [f"{row[s]:.1f}" if row.get(s) else "—" for s in STEPS]
    ratios = [f"{row[s] / reference[s]:.1f}×" if row.get(s) and reference.get(s) else "—"
              for s in ("paso logístico", "paso softmax K=10")]
    print(f"| {name} | " + " | ".join(cells + ratios) + " |")
print()
for line in blas_lines:
    print(f"BLAS de numpy: {line}")
