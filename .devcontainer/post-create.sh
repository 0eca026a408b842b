#!/usr/bin/env bash
# Se ejecuta una vez al crear el contenedor, como su usuario («vscode»): deja todo listo para abrir el primer capítulo.
# Todo lo que descarga o instala queda en la carpeta personal de ese usuario ($HOME), nada en el sistema.
set -euo pipefail
cd "$(dirname "$0")/.."

# Las rutas por defecto de cada herramienta (dotnet, nuestro motor, Jupyter), o las que fijen sus variables.
nuget_packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
engine_cache=${NOTEBOOK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/notebook-engine}
jupyter_kernels=${JUPYTER_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/jupyter}/kernels

step() { printf '\n== %s ==\n' "$1"; }

# Ejecuta una orden larga y, mientras tanto, dice cada 15 s cuánto ocupa ya una carpeta, si ha crecido: quien mira la
# terminal ve que la descarga avanza.
with_progress() { # with_progress <carpeta> <orden...>
  local folder=$1
  shift
  (
    # Al acabar la orden se corta también la espera en curso: nada sigue escribiendo en la terminal.
    trap 'kill "$pause" 2>/dev/null; exit 0' TERM
    last=""
    while :; do
      sleep 15 &
      pause=$!
      wait "$pause"
      size=$(du -sm "$folder" 2>/dev/null | cut -f1)
      [ "$size" = "$last" ] || echo "   … ${size:-0} MB en $folder"
      last=$size
    done
  ) &
  local watcher=$!
  local status=0
  "$@" || status=$?
  kill "$watcher" 2>/dev/null || true
  wait "$watcher" 2>/dev/null || true
  return "$status"
}

if [ ! -w "$HOME" ]; then
  echo "Error: la carpeta personal HOME=$HOME no se puede escribir (usuario $(id -un));" \
    "ahí van las cachés y el kernel." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  echo "Aviso: se ejecuta como root; el kernel y las cachés quedarán en $HOME, no en la carpeta del usuario de VS Code."
fi

echo "Preparando el entorno de «Redes neuronales desde cero en C#» para el usuario $(id -un)."
echo "Paquetes NuGet: $nuget_packages"
echo "Caché del motor de cuadernos: $engine_cache"
echo "Kernels de Jupyter: $jupyter_kernels"

step "1/3 Herramientas locales de .NET (CSharpier, para dar formato al código)"
with_progress "$nuget_packages" dotnet tool restore

step "2/3 Kernel de C# para la extensión de Jupyter de VS Code: la herramienta .NET csharp-kernel"
# El paquete de la herramienta (out/kernel-tool), instalado para el usuario: el kernel no depende de bin/. Se
# desinstala antes porque una versión con el mismo número no se sustituye; la caché de NuGet propia del paquete evita
# que se tome el de una instalación anterior.
kernel_tool=out/kernel-tool
rm -rf "$kernel_tool"
with_progress "$nuget_packages" dotnet pack tools/NotebookKernel -c Release -o "$kernel_tool" -v quiet -nologo
dotnet tool uninstall --global RedesNeuronales.CSharpKernel > /dev/null 2>&1 || true
NUGET_PACKAGES="$PWD/$kernel_tool/nuget" dotnet tool install --global RedesNeuronales.CSharpKernel \
  --add-source "$kernel_tool"
"${DOTNET_CLI_HOME:-$HOME}/.dotnet/tools/csharp-kernel" install --name csharp-redes-neuronales \
  --display-name "C# (Redes neuronales)"

step "3/3 Ejecutar los capítulos una vez: la primera vez descarga unos 300 MB (TorchSharp y libtorch)"
echo "Compila la biblioteca (lib/IntroNN, en Release) y deja en caché los paquetes de los #r \"nuget: ...\": después,"
echo "abrir un cuaderno no descarga nada. Deja además el libro HTML en out/html. Tarda unos minutos."
# La orden y el ejecutor dicen ellos mismos qué descargan y qué compilan.
dotnet run --project tools/Start -- notebooks --no-images

step "Listo"
echo "Abre notebooks/01-sigmoide.ipynb, elige el kernel «C# (Redes neuronales)» y ejecuta las celdas en orden."
echo "Los capítulos ya ejecutados, con sus gráficos: out/html/index.html."
