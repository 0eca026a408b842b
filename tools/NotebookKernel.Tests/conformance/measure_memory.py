"""Memoria del kernel C# por celda: RSS del proceso tras N celdas, con jupyter_client (el de Debian).

    /usr/bin/python3 tools/NotebookKernel.Tests/conformance/measure_memory.py RUTA/NotebookKernel.dll [celdas]

Lanza el kernel de esa DLL (con un kernelspec temporal), ejecuta celdas triviales que no guardan nada
(«Console.WriteLine(1);») y luego celdas que crean y sueltan un arreglo de 10 MB, y escribe la memoria residente
(VmRSS de /proc) cada 100 celdas. No es una prueba: es la medida que cita tools/NotebookKernel/README.md.
"""

import json
import os
import sys
import tempfile

from jupyter_client.manager import KernelManager

TRIVIAL = "Console.WriteLine(1);"
BIG_ARRAY = "new byte[10_000_000].Length"


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("sin VmRSS")


def run(kc, code):
    reply = kc.execute_interactive(code, timeout=120, output_hook=lambda msg: None)
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"la celda «{code}» falló: {reply['content']}")


def main():
    dll = os.path.abspath(sys.argv[1])
    cells = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    data = tempfile.mkdtemp(prefix="kernel-memoria-")
    spec = os.path.join(data, "kernels", "csharp-memoria")
    os.makedirs(spec)
    with open(os.path.join(spec, "kernel.json"), "w") as f:
        json.dump({"argv": ["dotnet", dll, "-f", "{connection_file}"], "display_name": "C#", "language": "C#"}, f)
    os.environ["JUPYTER_PATH"] = data
    os.environ.setdefault("NOTEBOOK_KERNEL_HISTORY", ":memory:")  # las celdas medidas no van al historial del usuario
    km = KernelManager(kernel_name="csharp-memoria")
    km.start_kernel(cwd=data)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    pid = km.provisioner.process.pid
    try:
        for label, code in (("triviales", TRIVIAL), ("arreglo de 10 MB", BIG_ARRAY)):
            run(kc, code)
            start = rss_mb(pid)
            print(f"{label}: tras 1 celda {start:.0f} MB", flush=True)
            for done in range(1, cells):
                run(kc, code)
                if (done + 1) % 100 == 0:
                    now = rss_mb(pid)
                    print(f"{label}: tras {done + 1} celdas {now:.0f} MB "
                          f"({(now - start) * 1024 / done:.0f} KB por celda)", flush=True)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
