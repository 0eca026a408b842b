#!/usr/bin/env bash
# Cuánto tarda en ejecutarse cada capítulo principal (notebooks/01-… a 05-…) con nuestro ejecutor y cuánto el cuaderno
# de Python del tutorial (multivacs/intro-nn, notebooks/1_regresor.ipynb) con nbconvert, en una sola tanda y
# alternándolos, y la tabla del README: capítulo, segundos (mediana y rango), segundos de Python y cociente. Uso, desde
# la raíz del repositorio:
#   benchmarks/chapters-vs-python.sh [repeticiones]        # 5 por defecto; unos 2 minutos por repetición
# Qué se mide: el tiempo de reloj de la orden entera, desde la caché NuGet caliente (después de una pasada sin medir):
# arrancar el proceso, arrancar el kernel, ejecutar todas las celdas y escribir el cuaderno ejecutado (el ejecutor
# escribe además su página HTML). Cada orden se ejecuta sola, una detrás de otra, para que tenga la máquina para ella.
# Se anota también el tiempo de CPU (usuario + sistema, del proceso y sus hijos): en una máquina compartida varía menos.
# Necesita el Python de Debian con python3-torch, python3-sklearn, python3-matplotlib, python3-nbconvert y
# python3-ipykernel. El cuaderno de Python se busca en $PYTHON_NOTEBOOK; si no, se descarga de GitHub una vez (queda en
# out/chapters-vs-python/1_regresor.ipynb). Su primera celda es «%pip install ...»: con el Python de Debian pip se
# niega (PEP 668, «externally-managed-environment») sin tocar la red, y además se ejecuta con PIP_NO_INDEX=1.
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions=${1:-5}
out=out/chapters-vs-python
python=/usr/bin/python3
notebook_url=https://raw.githubusercontent.com/multivacs/intro-nn/main/notebooks/1_regresor.ipynb
mkdir -p "$out"
rm -rf "$out/run" "$out/times.tsv"
python_notebook=${PYTHON_NOTEBOOK:-$out/1_regresor.ipynb}
if [[ ! -f "$python_notebook" ]]; then
  echo "== Descargando el cuaderno de Python del tutorial ($notebook_url)"
  curl -fsSL -o "$python_notebook" "$notebook_url"
fi
chapters=(notebooks/0[1-5]-*.ipynb)

echo "== Compilando el ejecutor y la biblioteca (Release)"
dotnet build -c Release tools/NotebookRunner -v q -nologo -clp:ErrorsOnly
dotnet build -c Release lib/IntroNN -v q -nologo -clp:ErrorsOnly
runner=tools/NotebookRunner/bin/Release/net10.0/NotebookRunner.dll

# Una orden, cronometrada: añade «nombre, segundos de reloj, segundos de CPU» a times.tsv (si se pide).
run() {
  local name=$1 record=$2
  shift 2
  local log="$out/run/$name.log"
  mkdir -p "$out/run"
  if ! /usr/bin/time -f "%e %U %S" -o "$out/run/time" "$@" >"$log" 2>&1; then
    echo "Falló «$name»; su salida está en $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  if [[ $record == yes ]]; then
    read -r wall user system <"$out/run/time"
    printf '%s\t%s\t%s\n' "$name" "$wall" "$(awk "BEGIN { print $user + $system }")" >>"$out/times.tsv"
    printf '   %-32s %6.1f s (CPU %5.1f s)\n' "$name" "$wall" "$(awk "BEGIN { print $user + $system }")"
  fi
}
python_run() {
  PIP_NO_INDEX=1 run "python" "$1" "$python" -m nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name=python3 --output-dir "$out/run/python" "$python_notebook"
}
chapter_run() {
  run "$(basename "$2" .ipynb)" "$1" dotnet "$runner" "$2" --no-images --quiet --out "$out/run/csharp"
}

echo "== Pasada de calentamiento, sin medir (restauraciones, cachés del sistema de archivos)"
python_run no
for chapter in "${chapters[@]}"; do chapter_run no "$chapter"; done

echo "== Carga al empezar: $(cut -d' ' -f1-3 /proc/loadavg)"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 1; i <= repetitions; i++)); do
  echo "-- repetición $i de $repetitions"
  python_run yes
  for chapter in "${chapters[@]}"; do chapter_run yes "$chapter"; done
done
echo
echo "== Tabla para el README ($(date -u '+%Y-%m-%d %H:%M UTC'), $repetitions repeticiones, carga al empezar:" \
  "$load_start, al acabar: $(cut -d' ' -f1-3 /proc/loadavg)) =="
$python benchmarks/python/chapter_table.py "$out/times.tsv"
