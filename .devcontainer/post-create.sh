#!/usr/bin/env bash
# Se ejecuta una vez al crear el contenedor: deja todo listo para abrir el primer capítulo.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
# Ejecutar los capítulos una vez compila la biblioteca (lib/IntroNN, en Release) y deja en caché los paquetes de
# los #r "nuget: ...": después, abrir un cuaderno no tiene que descargar nada. Deja además el libro en out/html.
dotnet run --project tools/NotebookRunner -- notebooks --no-images
# Instala el kernel de C# («C# (Redes neuronales)») para la extensión de Jupyter de VS Code.
dotnet run -c Release --project tools/NotebookKernel -- install
