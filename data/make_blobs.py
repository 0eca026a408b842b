"""Genera data/blobs.csv: los mismos datos que el cuaderno de Python del tutorial
(multivacs/intro-nn, notebooks/1_regresor.ipynb). Ejecutar desde la raíz del repositorio:
    /usr/bin/python3 data/make_blobs.py
"""
import csv
from sklearn.datasets import make_blobs

X, y = make_blobs(n_samples=100, centers=[[1, 2], [3, 4]], cluster_std=1,
                  n_features=2, random_state=42)
with open("data/blobs.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["x1", "x2", "y"])
    for (a, b), label in zip(X, y):
        w.writerow([repr(float(a)), repr(float(b)), int(label)])
