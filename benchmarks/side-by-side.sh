#!/usr/bin/env bash
# Nuestros pasos de descenso por gradiente (BenchmarkDotNet) y los de numpy/PyTorch, en una sola tanda, y la tabla
# del README con medianas, lecturas de X y TorchSharp frente a PyTorch. Uso, desde la raíz del repositorio:
#   benchmarks/side-by-side.sh
# Necesita el Python de Debian con python3-numpy y python3-torch, y libopenblas0-pthread: numpy y PyTorch de Debian
# usan la BLAS que encuentran como libblas.so.3, y con la de referencia sus multiplicaciones de matrices son de 3 a 5
# veces más lentas (la comparación con PyTorch no sería justa). Si OpenBLAS está en otro sitio (por ejemplo, extraído
# del .deb con «apt-get download libopenblas0-pthread && dpkg-deb -x ...»), indica su carpeta en OPENBLAS_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
out=out/benchmarks
rm -rf "$out"
mkdir -p "$out"
openblas=${OPENBLAS_DIR:-/usr/lib/x86_64-linux-gnu/openblas-pthread}
refblas=/usr/lib/x86_64-linux-gnu/blas:/usr/lib/x86_64-linux-gnu/lapack
if [[ ! -e "$openblas/libblas.so.3" ]]; then
  echo "Aviso: no encuentro OpenBLAS en $openblas (apt-get install libopenblas0-pthread); PyTorch usará la BLAS de" \
    "referencia y sus pasos saldrán más lentos de lo normal." >&2
  openblas=$refblas
fi
echo "== Carga al empezar: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run -c Release --project benchmarks/IntroNN.Benchmarks -- --filter '*GradientStep*' \
  --exporters json --artifacts "$out/bdn" | grep -E '^\|' || true
LD_LIBRARY_PATH=$openblas /usr/bin/python3 benchmarks/python/compare.py --json "$out/python.json"
LD_LIBRARY_PATH=$refblas /usr/bin/python3 benchmarks/python/compare.py --numpy-only --json "$out/python-refblas.json"
echo
echo "== Tabla para el README ($(date -u '+%Y-%m-%d %H:%M UTC'), carga al acabar: $(cut -d' ' -f1-3 /proc/loadavg)) =="
/usr/bin/python3 benchmarks/python/side_by_side.py "$(ls "$out"/bdn/results/*GradientStep*-report-full*.json | head -n 1)" \
  "$out/python.json" "$out/python-refblas.json"
