"""Mide el kernel C# con jupyter_client (el cliente de Jupyter de Debian), como lo usa un front end.

    export JUPYTER_DATA_DIR=...   # donde se instaló el kernelspec
    /usr/bin/python3 tools/NotebookKernel.Tests/conformance/measure_kernel.py

Imprime: arranque hasta kernel_info_reply (mediana de los arranques 2..N, «en caliente»: ficheros en la caché
del sistema), ida y vuelta de execute_request «1+1» (hasta execute_reply y hasta el status idle) tras calentar,
y el tiempo de respuesta de complete_request tras calentar.
"""

import os
import statistics
import time

from jupyter_client.manager import KernelManager

KERNEL = os.environ.get("KERNEL_NAME", "csharp-redes-neuronales")
# Las celdas medidas no van al historial del usuario.
os.environ.setdefault("NOTEBOOK_KERNEL_HISTORY", ":memory:")


def start_until_kernel_info():
    km = KernelManager(kernel_name=KERNEL)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    # Como wait_for_ready: kernel_info cada 50 ms hasta la primera respuesta (a cualquiera de ellos).
    sent = set()
    while True:
        sent.add(kc.kernel_info())
        try:
            reply = kc.get_shell_msg(timeout=0.05)
        except Exception:
            continue
        if reply["parent_header"].get("msg_id") in sent:
            break
    elapsed = time.perf_counter() - t0
    return km, kc, elapsed


def shell_reply(kc, msg_id):
    # Las respuestas a los kernel_info repetidos del arranque pueden llegar aún: se descartan.
    while True:
        reply = kc.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def wait_idle(kc, msg_id):
    while True:
        msg = kc.get_iopub_msg(timeout=30)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return


def execute(kc, code):
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    reply = shell_reply(kc, msg_id)
    t_reply = time.perf_counter() - t0
    wait_idle(kc, msg_id)
    t_idle = time.perf_counter() - t0
    assert reply["content"]["status"] == "ok", reply["content"]
    return t_reply, t_idle


def complete(kc, code):
    t0 = time.perf_counter()
    msg_id = kc.complete(code, len(code))
    reply = shell_reply(kc, msg_id)
    elapsed = time.perf_counter() - t0
    return elapsed, reply["content"]["matches"]


def cpu_seconds(km):
    """Tiempo de CPU (usuario + sistema) del proceso del kernel, de /proc: no depende de la carga de la máquina."""
    pid = km.provisioner.process.pid
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ms(values):
    return f"mediana {statistics.median(values) * 1000:.1f} ms (mín {min(values) * 1000:.1f}, máx {max(values) * 1000:.1f}, n={len(values)})"


def main():
    starts = []
    for _ in range(4):
        km, kc, elapsed = start_until_kernel_info()
        starts.append(elapsed)
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    print(f"carga de la máquina (1 min): {os.getloadavg()[0]:.1f} en {os.cpu_count()} núcleos")
    print(f"arranque → kernel_info_reply: en frío {starts[0] * 1000:.0f} ms; en caliente {ms(starts[1:])}")

    km, kc, _ = start_until_kernel_info()
    time.sleep(10)  # el kernel calienta el compilador y el completado cuando lleva 2 s ocioso
    first = execute(kc, "var contador = 41;")
    print(f"primera celda tras 10 s de ocio (calentado): {first[0] * 1000:.0f} ms hasta execute_reply")
    first_completion, _ = complete(kc, "Console.Wri")
    print(f"primera completación tras calentar: {first_completion * 1000:.0f} ms")
    kc.stop_channels()
    km.shutdown_kernel(now=False)

    km, kc, _ = start_until_kernel_info()
    try:
        first = execute(kc, "var contador = 41;")
        print(f"primera celda nada más arrancar (en frío): {first[0] * 1000:.0f} ms hasta execute_reply")
        for _ in range(10):
            execute(kc, "1+1")
        cpu0 = cpu_seconds(km)
        runs = [execute(kc, "1+1") for _ in range(50)]
        cpu_execute = (cpu_seconds(km) - cpu0) / len(runs)
        print(f"execute «1+1» hasta execute_reply: {ms([r[0] for r in runs])}")
        print(f"execute «1+1» hasta status idle:   {ms([r[1] for r in runs])}; CPU del kernel {cpu_execute * 1000:.0f} ms por celda")

        first_completion, _ = complete(kc, "Console.Wri")
        print(f"primera completación sin calentar: {first_completion * 1000:.0f} ms")
        for _ in range(5):
            complete(kc, "conta")
        samples = []
        cpu0 = cpu_seconds(km)
        for code in ["Console.Wri", "contador.CompareT", "Math.Sq", "conta", "Enumerable.Ran"] * 6:
            elapsed, matches = complete(kc, code)
            assert matches, code
            samples.append(elapsed)
        cpu_complete = (cpu_seconds(km) - cpu0) / len(samples)
        print(f"complete_request: {ms(samples)}; CPU del kernel {cpu_complete * 1000:.0f} ms por petición")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


if __name__ == "__main__":
    main()
