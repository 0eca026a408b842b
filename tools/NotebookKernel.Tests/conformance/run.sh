#!/usr/bin/env bash
# Prueba el kernel C# con clientes de Jupyter que no escribimos nosotros (los paquetes de Debian):
#   1. instala el kernelspec en una carpeta de datos temporal (no toca la del usuario),
#   2. pasa la batería de conformidad jupyter_kernel_test (test_kernel.py),
#   3. ejecuta con nbconvert/nbclient los cuadernos que se den como argumentos (o el de prueba de esta carpeta)
#      y comprueba que ninguna salida es un error.
# Termina con una línea «N passed, N failed» y sale con error si algo falló.
#
#   tools/NotebookKernel.Tests/conformance/run.sh [cuaderno.ipynb ...]
#
# Variables: OUT (carpeta de los cuadernos ejecutados, por defecto out/kernel), CELL_TIMEOUT (segundos por celda).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${OUT:-$root/out/kernel}"
python=/usr/bin/python3
kernel_name=csharp-redes-neuronales
passed=0
failed=0
record() { # record <0|1> <descripción>
  if [ "$1" -eq 0 ]; then passed=$((passed + 1)); echo "ok: $2"; else failed=$((failed + 1)); echo "FALLO: $2"; fi
}

mkdir -p "$out"
JUPYTER_DATA_DIR="$(mktemp -d)"
# El historial del kernel (SQLite), también en la carpeta temporal: la batería lo llena de celdas de prueba.
NOTEBOOK_KERNEL_HISTORY="$JUPYTER_DATA_DIR/history.sqlite"
export JUPYTER_DATA_DIR NOTEBOOK_KERNEL_HISTORY
trap 'rm -rf "$JUPYTER_DATA_DIR"' EXIT

echo "== Instalar el kernelspec en $JUPYTER_DATA_DIR =="
dotnet build -c Release "$root/tools/NotebookKernel" -v quiet -nologo > "$out/build.log" 2>&1
record $? "dotnet build -c Release tools/NotebookKernel"
dotnet "$root/tools/NotebookKernel/bin/Release/net10.0/NotebookKernel.dll" install --name "$kernel_name" \
  --display-name "C# (Redes neuronales)"
record $? "NotebookKernel install"

echo "== Conformidad: jupyter_kernel_test =="
(cd "$here" && KERNEL_NAME="$kernel_name" "$python" -m unittest -v test_kernel.py) > "$out/conformance.log" 2>&1
status=$?
grep -E '^(test_|  test_|Ran |OK|FAILED)' "$out/conformance.log"
record $status "jupyter_kernel_test (detalle en $out/conformance.log)"

echo "== Cuadernos ejecutados con nbconvert a través del kernel =="
notebooks=("$@")
[ ${#notebooks[@]} -gt 0 ] || notebooks=("$here/kernel-smoke.ipynb")
for notebook in "${notebooks[@]}"; do
  name="$(basename "$notebook")"
  start=$(date +%s)
  "$python" -m nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name="$kernel_name" \
    --ExecutePreprocessor.timeout="${CELL_TIMEOUT:-900}" \
    --output-dir "$out" --output "$name" "$notebook" > "$out/${name%.ipynb}.log" 2>&1
  status=$?
  if [ $status -eq 0 ]; then
    "$python" - "$out/$name" <<'PY'
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
nbformat.validate(nb)
errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
for e in errors:
    print(f"  error: {e.ename}: {e.evalue}")
sys.exit(1 if errors else 0)
PY
    status=$?
  fi
  record $status "nbconvert --execute $name ($(( $(date +%s) - start )) s)"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
