#!/usr/bin/env bash
# Nuestros pasos de descenso por gradiente (BenchmarkDotNet) y los de numpy/PyTorch, en una sola tanda, y la tabla
# del README con medianas y cocientes. Uso, desde la raíz del repositorio:
#   benchmarks/side-by-side.sh
# Necesita el Python de Debian con python3-numpy y python3-torch; mide numpy con OpenBLAS (si está instalado
# libopenblas0-pthread, lo que trae numpy de pip) y con la BLAS de referencia de Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
out=out/benchmarks
mkdir -p "$out"
dotnet run -c Release --project benchmarks/IntroNN.Benchmarks -- --filter '*GradientStep*' \
  --exporters json --artifacts "$out/bdn" | grep -E '^\|' || true
/usr/bin/python3 benchmarks/python/compare.py --json "$out/python.json"
# La BLAS de referencia de Debian (la que usa numpy sin libopenblas0-pthread) va delante en la ruta de búsqueda.
LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack \
  /usr/bin/python3 benchmarks/python/compare.py --numpy-only --json "$out/python-refblas.json"
echo
echo "== Tabla para el README ($(date -u '+%Y-%m-%d %H:%M UTC'), carga: $(cut -d' ' -f1-3 /proc/loadavg)) =="
/usr/bin/python3 benchmarks/python/side_by_side.py "$(ls "$out"/bdn/results/*GradientStep*-report-full*.json | head -n 1)" \
  "$out/python.json" "$out/python-refblas.json"
