#!/usr/bin/env bash
# Se ejecuta una vez al crear el contenedor: deja todo listo para abrir el primer capítulo.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
dotnet build RedesNeuronales.slnx -c Release
# Descarga (una sola vez) los paquetes que piden los cuadernos con #r "nuget: ...".
dotnet run -c Release --project tools/NotebookRunner -- notebooks --restore-only
# Instala el kernel de C# para la extensión de Jupyter de VS Code.
dotnet run -c Release --project tools/NotebookKernel -- install
