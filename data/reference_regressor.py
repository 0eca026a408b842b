"""Valores de referencia independientes para el capítulo 4: repite con PyTorch (Debian python3-torch) los pasos del
cuaderno de Python del tutorial (multivacs/intro-nn, notebooks/1_regresor.ipynb) sobre data/blobs.csv y guarda
los números en data/reference-regressor.json. Ejecutar desde la raíz del repositorio:
    /usr/bin/python3 data/reference_regressor.py
"""
import csv
import json
import torch

rows = list(csv.DictReader(open("data/blobs.csv", encoding="utf-8")))
X = torch.tensor([[float(r["x1"]), float(r["x2"])] for r in rows], dtype=torch.float32)
y = torch.tensor([float(r["y"]) for r in rows], dtype=torch.float32)

test = torch.zeros(len(rows), dtype=torch.bool)
test[::3] = True  # como en el tutorial: las muestras 0, 3, 6, ... son de prueba
X_train, y_train, X_test, y_test = X[~test], y[~test], X[test], y[test]

torch.manual_seed(42)
w = torch.rand(2, dtype=torch.float32)
b = torch.rand(1, dtype=torch.float32)
initial = {"weights": w.tolist(), "bias": b.item()}

def predict(X, w, b):
    return 1 / (1 + torch.exp(-(X @ w + b)))

def bce(y, p):
    return (-(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()).item()

lr, steps = 0.05, 100
losses = []
for step in range(steps):
    p = predict(X_train, w, b)
    losses.append(bce(y_train, p))  # pérdida antes de actualizar, como imprime el tutorial
    err = p - y_train
    w = w - lr * (err @ X_train) / len(y_train)
    b = b - lr * err.sum() / len(y_train)

p_test = predict(X_test, w, b)
result = {
    "source": "data/reference_regressor.py (PyTorch %s, float32)" % torch.__version__,
    "learning_rate": lr,
    "steps": steps,
    "train_count": int(len(y_train)),
    "test_count": int(len(y_test)),
    "initial": initial,
    "train_loss_before_step": losses,
    "final": {"weights": w.tolist(), "bias": b.item()},
    "test_loss": bce(y_test, p_test),
    "test_accuracy": ((p_test > 0.5).float() == y_test).float().mean().item(),
}
with open("data/reference-regressor.json", "w", encoding="utf-8") as f:
    json.dump(result, f, indent=2)
    f.write("\n")
print(json.dumps({k: result[k] for k in ("initial", "final", "test_loss", "test_accuracy")}))
