"""Comprueba los cuadernos ejecutados que deja el ejecutor en out/notebooks.

Uso: /usr/bin/python3 .ci/check_notebooks.py notebooks out/notebooks
Imprime una línea «ok: ...» o «FALLO: ...» por comprobación y termina con «N passed, N failed».
"""
import glob
import json
import os
import sys

import nbformat

PLOTLY = "application/vnd.plotly.v1+json"
source_dir, executed_dir = sys.argv[1], sys.argv[2]
passed = failed = 0


def report(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok: {what}")
    else:
        failed += 1
        print(f"FALLO: {what}")


sources = sorted(glob.glob(os.path.join(source_dir, "*.ipynb")))
report(len(sources) > 0, f"hay cuadernos en {source_dir}")
for src in sources:
    name = os.path.basename(src)
    clean = json.load(open(src, encoding="utf-8"))
    code = [c for c in clean["cells"] if c["cell_type"] == "code"]
    report(all(not c.get("outputs") and c.get("execution_count") is None for c in code),
           f"{name}: el original está limpio (sin salidas)")

    path = os.path.join(executed_dir, name)
    if not os.path.exists(path):
        report(False, f"{name}: falta la copia ejecutada {path}")
        continue
    try:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        report(True, f"{name}: es nbformat 4 válido")
    except Exception as e:  # noqa: BLE001 - cualquier fallo de validación cuenta
        report(False, f"{name}: no valida como nbformat 4: {e}")
        continue
    cells = [c for c in nb.cells if c.cell_type == "code"]
    report(len(cells) == len(code), f"{name}: conserva sus {len(code)} celdas de código")
    report(all(c.get("execution_count") is not None for c in cells), f"{name}: todas las celdas se ejecutaron")
    errors = [(i + 1, o.get("ename", ""), o.get("evalue", ""))
              for i, c in enumerate(nb.cells) for o in c.get("outputs", []) if o.get("output_type") == "error"]
    report(not errors, f"{name}: sin salidas de error" + (f" (celda {errors[0][0]}: {errors[0][1]}: {errors[0][2]})" if errors else ""))
    if not cells:
        # Un cuaderno solo de texto (el glosario) se copia tal cual: no se ejecuta ni dibuja nada.
        report(True, f"{name}: sin celdas de código, copiado tal cual")
        continue
    charts = sum(1 for c in cells for o in c.get("outputs", []) if PLOTLY in o.get("data", {}))
    report(charts > 0, f"{name}: dibuja {charts} gráfico(s)")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
