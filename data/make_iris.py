"""Genera data/iris.csv a partir de la copia de Iris que trae scikit-learn (Debian python3-sklearn).
Ejecutar desde la raíz del repositorio:
    /usr/bin/python3 data/make_iris.py
"""
import csv
from sklearn.datasets import load_iris

iris = load_iris()
names = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
with open("data/iris.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(names + ["species", "label"])
    for row, label in zip(iris.data, iris.target):
        w.writerow([repr(float(v)) for v in row] + [iris.target_names[label], int(label)])
