"""Comprueba los cuadernos ejecutados que deja el ejecutor en out/notebooks.

Uso: /usr/bin/python3 .ci/check_notebooks.py notebooks out/notebooks
Imprime una línea «ok: ...» o «FALLO: ...» por comprobación y termina con «N passed, N failed».
Los capítulos principales (01-… a 05-…) deben además caber en lo que un principiante termina en unos 45 minutos
(como mucho 40 celdas, 200 líneas de código no vacías y 2500 palabras de prosa) y dibujar al menos un gráfico;
todos los cuadernos con código empiezan por la misma celda.
"""
import glob
import json
import os
import re
import sys

import nbformat

PLOTLY = "application/vnd.plotly.v1+json"
CORE_CHAPTER = re.compile(r"^\d\d-")  # 01-sigmoide.ipynb; no 04b-… ni glosario.ipynb
MAX_CELLS, MAX_CODE_LINES, MAX_WORDS = 40, 200, 2500
source_dir, executed_dir = sys.argv[1], sys.argv[2]
passed = failed = 0


def chapter_size(cells):
    """Celdas, líneas de código no vacías y palabras de prosa (sin fórmulas, código en línea ni direcciones)."""
    code = sum(1 for c in cells if c["cell_type"] == "code" for line in "".join(c["source"]).splitlines() if line.strip())
    prose = " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    prose = re.sub(r"\$\$.*?\$\$|\$[^$]*\$|`[^`]*`|\(http[^)]*\)", " ", prose, flags=re.S)
    return len(cells), code, len(re.findall(r"\w+", prose))


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
first_cells = {}
for src in sources:
    name = os.path.basename(src)
    core = CORE_CHAPTER.match(name) is not None
    clean = json.load(open(src, encoding="utf-8"))
    code = [c for c in clean["cells"] if c["cell_type"] == "code"]
    report(all(not c.get("outputs") and c.get("execution_count") is None for c in code),
           f"{name}: el original está limpio (sin salidas)")
    if code:
        first_cells.setdefault("".join(code[0]["source"]), []).append(name)
    if core:
        cells, lines, words = chapter_size(clean["cells"])
        report(cells <= MAX_CELLS and lines <= MAX_CODE_LINES and words <= MAX_WORDS,
               f"{name}: {cells} celdas, {lines} líneas de código, {words} palabras "
               f"(máximo {MAX_CELLS}, {MAX_CODE_LINES} y {MAX_WORDS})")

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
    if core:
        report(charts > 0, f"{name}: dibuja {charts} gráfico(s)")
    # GitHub y Notebook 6 prefieren text/html al PNG, y el HTML vivo del kernel lleva plotly.js (1,5 MB): el cuaderno
    # guardado trae la figura y su PNG.
    saved = [o.get("data", {}) for c in cells for o in c.get("outputs", []) if PLOTLY in o.get("data", {})]
    report(all("image/png" in d and "text/html" not in d for d in saved),
           f"{name}: cada gráfico guardado lleva figura y PNG, sin el HTML con plotly.js")

variants = sorted(first_cells.values(), key=len, reverse=True)
report(len(variants) == 1, "todos los cuadernos con código empiezan por la misma celda"
       + ("" if len(variants) <= 1 else f" (distinta en {', '.join(n for v in variants[1:] for n in v)})"))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
