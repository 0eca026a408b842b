#!/usr/bin/env bash
# El kernel como lo instalaría cualquiera, fuera de este repositorio:
#   1. «dotnet pack» del kernel da el paquete de la herramienta .NET (RedesNeuronales.CSharpKernel),
#   2. «dotnet tool install» lo instala en una carpeta de herramientas temporal (con su propia caché de NuGet:
#      un paquete de la misma versión ya en la caché del usuario no se toma por este),
#   3. «csharp-kernel install» registra el kernelspec y el alias .net-csharp en una carpeta de datos de Jupyter
#      temporal; el kernelspec lanza la orden instalada, no nada de este repositorio,
#   4. install no sustituye el kernelspec de otro programa sin --force,
#   5. nbconvert ejecuta, en una carpeta temporal y sin nombrar el kernel, un cuaderno de Polyglot corriente
#      (polyglot-csharp.ipynb: C#, #!time, #!set, #!whos, #!markdown), y el historial queda en SQLite.
# Termina con una línea «N passed, N failed» y sale con error si algo falló.
#
#   tools/NotebookKernel.Tests/conformance/tool-install.sh
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
python=/usr/bin/python3
package=RedesNeuronales.CSharpKernel
passed=0
failed=0
record() { # record <0|1> <descripción>
  if [ "$1" -eq 0 ]; then passed=$((passed + 1)); echo "ok: $2"; else failed=$((failed + 1)); echo "FALLO: $2"; fi
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tools="$work/herramientas"
export JUPYTER_DATA_DIR="$work/jupyter" NOTEBOOK_KERNEL_HISTORY="$work/historial/history.sqlite"
# Nada del repositorio a mano: ni su NuGet.config ni su global.json (las órdenes se lanzan desde la carpeta temporal).
cd "$work" || exit 1

echo "== 1. dotnet pack tools/NotebookKernel =="
dotnet pack "$root/tools/NotebookKernel" -c Release -o "$work/paquete" -v quiet -nologo > "$work/pack.log" 2>&1
status=$?
[ $status -eq 0 ] || cat "$work/pack.log"
record $status "dotnet pack: $(cd "$work/paquete" 2>/dev/null && ls ./*.nupkg 2>/dev/null | xargs -n1 basename)"

echo "== 2. dotnet tool install --tool-path (carpeta temporal) =="
NUGET_PACKAGES="$work/nuget" dotnet tool install "$package" --tool-path "$tools" --add-source "$work/paquete"
record $? "dotnet tool install $package --tool-path $tools"

echo "== 3. csharp-kernel install (JUPYTER_DATA_DIR=$JUPYTER_DATA_DIR) =="
"$tools/csharp-kernel" install
record $? "csharp-kernel install"
"$python" - "$JUPYTER_DATA_DIR/kernels" "$tools/csharp-kernel" "$root" <<'PY'
import json, os, sys
kernels, command, repository = sys.argv[1:]
problems = []
for name in ("csharp", ".net-csharp"):
    spec = json.load(open(os.path.join(kernels, name, "kernel.json")))
    if spec["argv"] != [command, "-f", "{connection_file}"]:
        problems.append(f"{name}: argv {spec['argv']}")
    if any(repository in str(value) for value in spec["argv"] + list(spec.get("env", {}).values())):
        problems.append(f"{name}: apunta al repositorio")
    print(f"  {name}: «{spec['display_name']}» → {' '.join(spec['argv'])}")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
PY
record $? "los kernelspecs csharp y .net-csharp lanzan $tools/csharp-kernel, nada del repositorio"

echo "== 4. install respeta un kernelspec ajeno =="
other="$work/otro-jupyter"
mkdir -p "$other/kernels/csharp"
echo '{"argv": ["dotnet", "interactive", "jupyter", "{connection_file}"], "display_name": ".NET (C#)", "language": "C#"}' \
  > "$other/kernels/csharp/kernel.json"
message=$(JUPYTER_DATA_DIR="$other" "$tools/csharp-kernel" install --no-alias 2>&1)
status=$?
echo "  $message"
[ $status -ne 0 ] && grep -q "dotnet interactive jupyter" <<< "$message" && grep -q -- "--force" <<< "$message" &&
  grep -q '"interactive"' "$other/kernels/csharp/kernel.json"
record $? "sin --force no lo sustituye y dice qué hay"
JUPYTER_DATA_DIR="$other" "$tools/csharp-kernel" install --no-alias --force > /dev/null &&
  grep -q "$tools/csharp-kernel" "$other/kernels/csharp/kernel.json"
record $? "con --force lo sustituye"

echo "== 5. nbconvert --execute de un cuaderno de Polyglot, sin nombrar el kernel =="
mkdir -p "$work/cuaderno"
cp "$here/polyglot-csharp.ipynb" "$work/cuaderno/"
(cd "$work/cuaderno" && "$python" -m nbconvert --to notebook --execute --output ejecutado.ipynb polyglot-csharp.ipynb) \
  > "$work/nbconvert.log" 2>&1
status=$?
[ $status -eq 0 ] || tail -n 20 "$work/nbconvert.log"
record $status "nbconvert --execute polyglot-csharp.ipynb (kernelspec .net-csharp del cuaderno)"
"$python" - "$work/cuaderno/ejecutado.ipynb" <<'PY'
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
nbformat.validate(nb)
outputs = [c.outputs for c in nb.cells if c.cell_type == "code"]
text = lambda o: o.get("text") or o.get("data", {}).get("text/plain", "")
checks = {
    "celda 1 escribe «4 puntos»": text(outputs[0][0]) == "4 puntos\n",
    "#!time: resultado 30 y el tiempo": text(outputs[1][0]) == "30" and text(outputs[1][1]).startswith("Tiempo transcurrido: "),
    "#!set: display de HOLA": text(outputs[2][0]) == "HOLA",
    "#!whos: puntos y saludo con su tipo": "List<Punto>" in text(outputs[3][0]) and "saludo" in text(outputs[3][0]),
    "#!markdown: text/markdown": outputs[4][0]["data"].get("text/markdown", "").startswith("Los puntos"),
    "ninguna salida de error": not any(o.output_type == "error" for out in outputs for o in out),
}
for name, ok in checks.items():
    print(f"  {'ok' if ok else 'MAL'}: {name}")
sys.exit(0 if all(checks.values()) else 1)
PY
record $? "las salidas del cuaderno ejecutado son las esperadas"
"$python" - "$NOTEBOOK_KERNEL_HISTORY" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM history").fetchone()[0]
print(f"  {rows} celdas en el historial")
sys.exit(0 if rows == 5 else 1)
PY
record $? "el historial (SQLite) guarda las 5 celdas de código"

echo "== 6. csharp-kernel uninstall =="
third="$work/tercer-jupyter"
mkdir -p "$third/kernels/.net-csharp"
echo '{"argv": ["dotnet", "interactive", "jupyter", "{connection_file}"], "display_name": ".NET (C#)", "language": "C#"}' \
  > "$third/kernels/.net-csharp/kernel.json"
JUPYTER_DATA_DIR="$third" "$tools/csharp-kernel" install > /dev/null
JUPYTER_DATA_DIR="$third" "$tools/csharp-kernel" uninstall
[ $? -eq 0 ] && [ ! -e "$third/kernels/csharp" ] && grep -q '"interactive"' "$third/kernels/.net-csharp/kernel.json"
record $? "quita el kernelspec csharp y deja el .net-csharp de .NET Interactive"
JUPYTER_DATA_DIR="$JUPYTER_DATA_DIR" "$tools/csharp-kernel" uninstall > /dev/null &&
  [ ! -e "$JUPYTER_DATA_DIR/kernels/csharp" ] && [ ! -e "$JUPYTER_DATA_DIR/kernels/.net-csharp" ]
record $? "quita el kernelspec csharp y su alias .net-csharp"
message=$(JUPYTER_DATA_DIR="$JUPYTER_DATA_DIR" "$tools/csharp-kernel" uninstall 2>&1)
status=$?
echo "  $message"
[ $status -ne 0 ] && grep -q "nada que quitar" <<< "$message"
record $? "sin nada instalado, lo dice y sale con error"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
