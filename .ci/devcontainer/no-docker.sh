#!/bin/sh
# Hace de «docker» para `devcontainer read-configuration`, que antes de leer la configuración pregunta con `docker ps`
# si ya hay un contenedor creado para esta carpeta. En CI no hay Docker: la respuesta es «ninguno». Cualquier otra
# orden falla, para que se note si la herramienta empieza a necesitar Docker de verdad.
if [ "$1" = ps ]; then exit 0; fi
echo "no-docker.sh: aquí no hay Docker (se pidió: docker $*)" >&2
exit 1
