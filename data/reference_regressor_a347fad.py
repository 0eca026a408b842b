"""Valores de referencia para el capítulo 4: el cuaderno de Python que enlaza hoy el tutorial (multivacs/intro-nn,
notebooks/1_regresor.ipynb en la versión a347fad, del 19-02-2025), ejecutado con PyTorch (Debian python3-torch) sobre
data/blobs.csv. Guarda dos ejecuciones en data/reference-regressor-a347fad.json:

- "fresh": lo que imprime el cuaderno al ejecutarlo de arriba abajo en una sesión nueva (set_seed(42) y, sin ningún
  otro sorteo de torch por medio, regressor saca los pesos iniciales).
- "published": lo que muestran las salidas guardadas en el cuaderno publicado. No salen de una ejecución limpia: el
  guion prueba a gastar k números de torch.rand antes de regressor (k = 0, 1, ..., 199) y se queda con los k que
  reproducen EXACTAMENTE todas las líneas publicadas (las 30 del entrenamiento y las 3 de la prueba).

Las funciones son las del cuaderno, copiadas tal cual (float32, en la CPU). Ejecutar desde la raíz del repositorio:
    /usr/bin/python3 data/reference_regressor_a347fad.py
"""
import csv
import json

import numpy as np
import torch

# Salidas guardadas en el cuaderno publicado (a347fad): la celda de entrenamiento (execution_count 10) y la de
# prueba (execution_count 12), copiadas tal cual.
PUBLISHED_TRAINING = """\
Step [0/300], Train loss: 1.46, Val loss: 1.40
Step [10/300], Train loss: 0.93, Val loss: 0.88
Step [20/300], Train loss: 0.75, Val loss: 0.73
Step [30/300], Train loss: 0.71, Val loss: 0.70
Step [40/300], Train loss: 0.69, Val loss: 0.69
Step [50/300], Train loss: 0.66, Val loss: 0.67
Step [60/300], Train loss: 0.64, Val loss: 0.66
Step [70/300], Train loss: 0.63, Val loss: 0.65
Step [80/300], Train loss: 0.61, Val loss: 0.63
Step [90/300], Train loss: 0.59, Val loss: 0.62
Step [100/300], Train loss: 0.58, Val loss: 0.61
Step [110/300], Train loss: 0.57, Val loss: 0.60
Step [120/300], Train loss: 0.56, Val loss: 0.59
Step [130/300], Train loss: 0.55, Val loss: 0.58
Step [140/300], Train loss: 0.54, Val loss: 0.57
Step [150/300], Train loss: 0.53, Val loss: 0.56
Step [160/300], Train loss: 0.52, Val loss: 0.56
Step [170/300], Train loss: 0.51, Val loss: 0.55
Step [180/300], Train loss: 0.50, Val loss: 0.54
Step [190/300], Train loss: 0.49, Val loss: 0.53
Step [200/300], Train loss: 0.48, Val loss: 0.53
Step [210/300], Train loss: 0.48, Val loss: 0.52
Step [220/300], Train loss: 0.47, Val loss: 0.51
Step [230/300], Train loss: 0.46, Val loss: 0.51
Step [240/300], Train loss: 0.46, Val loss: 0.50
Step [250/300], Train loss: 0.45, Val loss: 0.49
Step [260/300], Train loss: 0.44, Val loss: 0.49
Step [270/300], Train loss: 0.44, Val loss: 0.48
Step [280/300], Train loss: 0.43, Val loss: 0.48
Step [290/300], Train loss: 0.43, Val loss: 0.47""".splitlines()
PUBLISHED_TEST = """\
Regresor logístico aprendido: y = σ(0.83*x1 + 0.09*x2 + -1.28)
Binary cross-entropy en el conjunto de test: 0.36
Precisión en el conjunto de test: 91.18%""".splitlines()

LEARNING_RATE, TRAINING_STEPS, VALID_STEPS, PATIENCE = 0.05, 300, 10, 10
SEED, SEARCHED_DRAWS = 42, 200

rows = list(csv.DictReader(open("data/blobs.csv", encoding="utf-8")))
# Como el cuaderno: torch.from_numpy(np.float32(Xn)). blobs.csv guarda los double de make_blobs con 17 cifras.
X = torch.from_numpy(np.float32([[float(r["x1"]), float(r["x2"])] for r in rows]))
y = torch.from_numpy(np.float32([float(r["y"]) for r in rows]))

# La división del cuaderno: 0 entrenamiento, 1 prueba (una de cada tres), 2 validación (una de cada cinco del resto).
mask = torch.zeros(X.shape[0], dtype=int)
mask[::3] = 1
mask[(mask == 0).nonzero().squeeze()[::5]] = 2
X_train, y_train = X[mask == 0], y[mask == 0]
X_test, y_test = X[mask == 1], y[mask == 1]
X_val, y_val = X[mask == 2], y[mask == 2]


# --- Las funciones del cuaderno (a347fad), sin cambios salvo que todo queda en la CPU. ---
def regressor(size):
    weights = torch.rand(size, dtype=torch.float32)
    bias = torch.rand(1, dtype=torch.float32)
    return weights, bias


def sigmoid(x):
    return 1 / (1 + torch.exp(-x))


def forward(X, weights, bias):
    return sigmoid(torch.matmul(X, weights) + bias)


def binary_cross_entropy(y_truth, y_pred):
    m = 1 / y_truth.shape[0]
    return -m * (y_truth * torch.log(y_pred) + (1 - y_truth) * torch.log(1 - y_pred)).sum()


def loss_backward(y_truth, y_pred, X):
    err = y_pred - y_truth
    grad_w = (1 / y_truth.shape[0]) * torch.matmul(err, X)
    grad_b = (1 / y_truth.shape[0]) * torch.sum(err)
    return grad_w, grad_b


def optimizer_step(weights, bias, grad_w, grad_b, lr=0.01):
    weights = weights - lr * grad_w
    bias = bias - lr * grad_b
    return weights, bias


def train(X, y_truth, X_val, y_val, weights, bias, lr=0.01, training_steps=1000, valid_steps=100, patience=10):
    """El train del cuaderno; en vez de imprimir, devuelve las líneas que imprimiría."""
    train_losses, val_losses, lines = [], [], []
    best_val_loss, patience_counter, stopped_at = float("inf"), 0, None
    for i in range(training_steps):
        y_pred = forward(X, weights, bias)
        grad_w, grad_b = loss_backward(y_truth, y_pred, X)
        weights, bias = optimizer_step(weights, bias, grad_w, grad_b, lr)
        if i % valid_steps == 0:
            train_loss = binary_cross_entropy(y_truth, y_pred).item()  # predicciones de ANTES del paso
            val_loss = binary_cross_entropy(y_val, forward(X_val, weights, bias)).item()  # pesos de DESPUÉS
            train_losses.append(train_loss)
            val_losses.append(val_loss)
            lines.append(f"Step [{i}/{training_steps}], Train loss: {train_loss:.2f}, Val loss: {val_loss:.2f}")
            if val_loss < best_val_loss:
                best_val_loss, patience_counter = val_loss, 0
            else:
                patience_counter += 1
            if patience_counter >= patience:
                lines.append(f"Early stopping en iteración {i}")
                stopped_at = i
                break
    return weights, bias, train_losses, val_losses, lines, stopped_at


def run(draws_before_regressor):
    """set_seed(42), k números de torch.rand gastados, regressor, train y la celda de prueba."""
    torch.manual_seed(SEED)
    if draws_before_regressor:
        torch.rand(draws_before_regressor)
    weights, bias = regressor(X_train.shape[1])
    initial = {"weights": weights.tolist(), "bias": bias.item()}
    weights, bias, train_losses, val_losses, lines, stopped_at = train(
        X_train, y_train, X_val, y_val, weights, bias, LEARNING_RATE, TRAINING_STEPS, VALID_STEPS, PATIENCE
    )
    y_pred = forward(X_test, weights, bias)
    test_loss = binary_cross_entropy(y_test, y_pred).item()
    accuracy = ((torch.sum((y_pred > 0.5) == y_test) / y_test.shape[0]) * 100).item()
    test_lines = [
        f"Regresor logístico aprendido: y = σ({weights[0]:.2f}*x1 + {weights[1]:.2f}*x2 + {bias.item():.2f})",
        f"Binary cross-entropy en el conjunto de test: {test_loss:.2f}",
        f"Precisión en el conjunto de test: {accuracy:.2f}%",
    ]
    return {
        "draws_before_regressor": draws_before_regressor,
        "initial": initial,
        "logged_steps": list(range(0, VALID_STEPS * len(train_losses), VALID_STEPS)),
        "train_loss": train_losses,
        "val_loss": val_losses,
        "early_stopping_step": stopped_at,
        "final": {"weights": weights.tolist(), "bias": bias.item()},
        "test_loss": test_loss,
        "test_accuracy_percent": accuracy,
        "printed_training": lines,
        "printed_test": test_lines,
    }


# ¿Es el flujo de torch.rand el de siempre? Los primeros números tras manual_seed(42), para compararlos con TorchSharp.
torch.manual_seed(SEED)
rand_stream = torch.rand(12, dtype=torch.float32).tolist()

fresh = run(0)
matches = [k for k in range(SEARCHED_DRAWS) if (r := run(k))["printed_training"] == PUBLISHED_TRAINING
           and r["printed_test"] == PUBLISHED_TEST]
if len(matches) != 1:
    raise SystemExit(f"Se esperaba un único k que reprodujera las salidas publicadas; salieron {matches}")
published = run(matches[0])

result = {
    "source": "data/reference_regressor_a347fad.py (PyTorch %s, float32, CPU)" % torch.__version__,
    "python_notebook": "multivacs/intro-nn a347fad notebooks/1_regresor.ipynb",
    "seed": SEED,
    "rand_stream_after_seed": rand_stream,
    "learning_rate": LEARNING_RATE,
    "training_steps": TRAINING_STEPS,
    "valid_steps": VALID_STEPS,
    "patience": PATIENCE,
    "split": {
        "train_indices": (mask == 0).nonzero().squeeze().tolist(),
        "test_indices": (mask == 1).nonzero().squeeze().tolist(),
        "validation_indices": (mask == 2).nonzero().squeeze().tolist(),
    },
    "search": {
        "draws_tried": f"0..{SEARCHED_DRAWS - 1}",
        "draws_that_reproduce_the_published_output": matches,
    },
    "fresh": fresh,
    "published": published,
}
with open("data/reference-regressor-a347fad.json", "w", encoding="utf-8") as f:
    json.dump(result, f, indent=2, ensure_ascii=False)
    f.write("\n")
for name, r in (("fresh", fresh), ("published", published)):
    print(f"{name}: k = {r['draws_before_regressor']}; {r['printed_training'][0]} ... {r['printed_training'][-1]}")
    print("   " + " | ".join(r["printed_test"]))
