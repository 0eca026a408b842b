"""La tabla de tiempos por capítulo frente al cuaderno de Python, de una tanda de chapters-vs-python.sh.

Lo llama benchmarks/chapters-vs-python.sh; no hace falta usarlo a mano.
    chapter_table.py <times.tsv>

times.tsv tiene una línea por ejecución medida: nombre, segundos de reloj, segundos de CPU (separados por
tabuladores); el nombre «python» es el cuaderno del tutorial. Imprime, por capítulo, la mediana y el rango del tiempo
de reloj, la mediana de CPU y el cociente entre su mediana y la del cuaderno de Python (por debajo de 1, el capítulo
tarda menos).
"""
import statistics
import sys
from collections import defaultdict


def main(path):
    wall, cpu = defaultdict(list), defaultdict(list)
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            name, seconds, cpu_seconds = line.rstrip("\n").split("\t")
            wall[name].append(float(seconds))
            cpu[name].append(float(cpu_seconds))
    if "python" not in wall:
        sys.exit(f"{path} no tiene ninguna ejecución del cuaderno de Python")
    python_wall = statistics.median(wall["python"])
    python_cpu = statistics.median(cpu["python"])
    print("| cuaderno | segundos (mediana) | mín – máx | CPU (s) | Python (s) | ÷ Python | CPU ÷ CPU de Python |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in sorted(wall, key=lambda n: (n == "python", n)):
        median = statistics.median(wall[name])
        cpu_median = statistics.median(cpu[name])
        label = "Python, `1_regresor.ipynb` (nbconvert)" if name == "python" else f"`{name}`"
        print(
            f"| {label} | {median:.1f} | {min(wall[name]):.1f} – {max(wall[name]):.1f} | {cpu_median:.1f} "
            f"| {python_wall:.1f} | {median / python_wall:.2f} | {cpu_median / python_cpu:.2f} |"
        )
    print(f"\n{len(wall['python'])} repeticiones; cada fila, la mediana de las suyas.")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
