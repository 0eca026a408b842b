#!/usr/bin/env bash
# Comprobación a mano (CI no la ejecuta: descarga unos 200 MB de npm) del kernel C# en un navegador de verdad:
#   1. Notebook 6.4 de Debian (apt install jupyter-notebook) en Chromium: el capítulo 4 con la pérdida que crece, el
#      respaldo del deslizador de η, los tres fallos que encontró un navegador y la sección 1.7 del capítulo 1;
#   2. una página con el gestor de widgets de ipywidgets 8 (@jupyter-widgets/html-manager, protocolo 2.1) conectada
#      al kernel por el mismo servidor: deslizadores que se mueven, recarga de la página (F5: el estado vuelve del
#      kernel por jupyter.widget.control), otra pestaña con el mismo kernel (canales zmq nuevos con la identidad de
#      su session_id; las dos pestañas ven el deslizador que mueve una) y el deslizador de η.
# Deja las capturas en la carpeta que se dé (por defecto out/navegador) y termina con «N passed, N failed».
# CHECKS="ipywidgets8" ejecuta solo una de las dos.
#
#   tools/NotebookKernel.Tests/browser/run.sh [carpeta de capturas]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
shots="$(mkdir -p "${1:-$root/out/navegador}" && cd "${1:-$root/out/navegador}" && pwd)"
tools="$root/out/navegador-npm"
work="$(mktemp -d)"
kernel_name=csharp-navegador
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FALLO: $1"; echo "0 passed, 1 failed"; exit 1; }
free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

command -v jupyter-notebook > /dev/null || fail "falta Notebook 6.4: sudo apt-get install jupyter-notebook"
[ -x /usr/bin/chromium ] || fail "falta Chromium: sudo apt-get install chromium"
mkdir -p "$tools" && cp "$here/package.json" "$here/package-lock.json" "$tools/" &&
  npm ci --prefix "$tools" --no-audit --no-fund > "$shots/npm.log" 2>&1 || fail "npm ci (detalle en $shots/npm.log)"
cp "$here"/*.mjs "$here/page/live.js" "$tools/"
dotnet build -c Release "$root/tools/NotebookKernel" -v quiet -nologo > "$shots/build.log" 2>&1 &&
  dotnet build -c Release "$root/lib/IntroNN" -v quiet -nologo >> "$shots/build.log" 2>&1 ||
  fail "dotnet build (detalle en $shots/build.log)"

# Una copia de los capítulos (el servidor guarda los cuadernos que abre), con lib/ y data/ donde los buscan.
mkdir -p "$work/notebooks" "$work/page" "$work/jupyter"
ln -s "$root/lib" "$work/lib"
ln -s "$root/data" "$work/data"
cp "$root/notebooks/01-sigmoide.ipynb" "$root/notebooks/04-descenso-por-gradiente.ipynb" "$work/notebooks/"
/usr/bin/python3 - "$root" "$work" << 'PY'
import copy, json, sys
root, work = sys.argv[1], sys.argv[2]
def code_cells(name):
    notebook = json.load(open(f"{root}/notebooks/{name}"))
    # La página arranca el kernel en la raíz de la copia, no en notebooks/.
    return notebook, ["".join(c["source"]).replace("../lib/", "lib/").replace("../data/", "data/")
                      for c in notebook["cells"] if c["cell_type"] == "code"]
chapter1, cells1 = code_cells("01-sigmoide.ipynb")
json.dump([cells1[0], next(c for c in cells1 if "wSlider" in c)], open(f"{work}/capitulo1.json", "w"))
_, cells4 = code_cells("04-descenso-por-gradiente.ipynb")
json.dump(cells4[: next(i for i, c in enumerate(cells4) if "lrSlider" in c) + 1], open(f"{work}/capitulo4.json", "w"))
# Un cuaderno para los fallos 1 y 3: un error con celdas detrás y «Math.Sqrt(» a medias.
metadata = next(c for c in chapter1["cells"] if c["cell_type"] == "code")["metadata"]
faults = copy.deepcopy(chapter1)
faults["cells"] = [{"cell_type": "code", "execution_count": None, "metadata": copy.deepcopy(metadata), "outputs": [],
                    "source": code} for code in ["1 + 1", 'throw new Exception("a propósito");', "2 + 2", "3 + 3",
                                                 "var raiz = Math.Sqrt("]]
json.dump(faults, open(f"{work}/notebooks/fallos.ipynb", "w"), ensure_ascii=False, indent=1)
PY
(cd "$tools" && ./node_modules/.bin/esbuild live.js --bundle --format=iife --outfile="$work/page/live.js" \
  --loader:.woff=file --loader:.woff2=file --loader:.ttf=file --loader:.eot=file --loader:.svg=file \
  --define:process.env.NODE_ENV='"production"' --define:global=window \
  --banner:js="var __webpack_public_path__ = '';" --log-level=warning) || fail "esbuild de la página"
cp "$here/page/index.html" "$work/page/"

export JUPYTER_DATA_DIR="$work/jupyter"
dotnet "$root/tools/NotebookKernel/bin/Release/net10.0/NotebookKernel.dll" install --name "$kernel_name" > /dev/null ||
  fail "NotebookKernel install"
token=$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(16))')
port=$(free_port)
page_port=$(free_port)
# allow_origin: la página se sirve desde otro puerto (el servidor pone «sandbox» a lo que sirve en /files/).
cd "$work" && jupyter-notebook --allow-root --no-browser --ip=127.0.0.1 --port="$port" --NotebookApp.token="$token" \
  --NotebookApp.allow_origin="http://127.0.0.1:$page_port" --notebook-dir="$work" > "$shots/servidor.log" 2>&1 &
pids+=($!)
cd "$root"
(cd "$work/page" && exec /usr/bin/python3 -m http.server "$page_port" --bind 127.0.0.1) > /dev/null 2>&1 &
pids+=($!)
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/api?token=$token" > /dev/null && break; sleep 1; done

passed=0
failed=0
for check in ${CHECKS:-notebook6 ipywidgets8}; do
  echo "== $check =="
  (cd "$tools" && SHOTS="$shots" SERVER="http://127.0.0.1:$port" TOKEN="$token" WORK="$work" KERNEL_NAME="$kernel_name" \
    PAGE="http://127.0.0.1:$page_port/index.html" node "$check.mjs") 2>&1 | tee "$shots/$check.log"
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$shots/$check.log" | tail -n 1)
  p=${line%% passed*}; f=${line#*, }; f=${f%% failed*}
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1}))
done
echo "capturas en $shots"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
