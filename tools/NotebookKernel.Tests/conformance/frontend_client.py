"""Un front end de mentira escrito con jupyter_client (el cliente de Jupyter de Debian, no el nuestro) que habla con
el kernel C# como lo haría un cuaderno con controles: displays que se actualizan, clear_output, el protocolo de
widgets de ipywidgets 8 (2.1), los tres fallos que encontró un navegador de verdad y otra página que se conecta al
kernel (o la misma, recargada). También mide y escribe las latencias (sin aprobar ni suspender por ellas: los
objetivos de velocidad están en benchmarks/).

    /usr/bin/python3 tools/NotebookKernel.Tests/conformance/frontend_client.py [--kernel-dll RUTA] [--moves N]

Instala el kernelspec en una carpeta de datos temporal (no toca la del usuario) con la DLL de Release del kernel
(por defecto tools/NotebookKernel/bin/Release/net10.0/NotebookKernel.dll; «dotnet build -c Release
tools/NotebookKernel» la crea). Imprime «ok: …» o «FALLO: …» por comprobación, las latencias medidas y termina con
«N passed, N failed».
"""

import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone

from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
KERNEL_NAME = "csharp-frontend-client"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
passed = failed = 0


def report(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok: {what}", flush=True)
    else:
        failed += 1
        print(f"FALLO: {what}", flush=True)


class FrontEnd:
    """Un cuaderno abierto: manda celdas y mensajes de comm, y lee todo lo que publica el kernel por iopub."""

    def __init__(self, kc):
        self.kc = kc

    def send(self, msg_type, content):
        msg = self.kc.session.msg(msg_type, content)
        self.kc.shell_channel.send(msg)
        return msg["header"]["msg_id"]

    def iopub(self, timeout=60):
        return self.kc.get_iopub_msg(timeout=timeout)

    def shell_reply(self, msg_id, timeout=120):
        while True:
            reply = self.kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def execute(self, code, stop_on_error=True):
        """Ejecuta una celda; devuelve su execute_reply y lo que publicó hasta su idle."""
        msg_id = self.kc.execute(code, stop_on_error=stop_on_error)
        published = self.until_idle(msg_id)
        return self.shell_reply(msg_id), published

    def until_idle(self, msg_id, timeout=120):
        published = []
        while True:
            msg = self.iopub(timeout)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            published.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return published

    def comm_msg(self, comm_id, data):
        return self.send("comm_msg", {"comm_id": comm_id, "data": data})

    def wait_comm(self, comm_id, predicate, timeout=30):
        """El siguiente comm_msg del kernel para comm_id que cumple predicate(data); lo demás se descarta."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no llegó el comm_msg esperado para {comm_id}")
            msg = self.iopub(left)
            if msg["msg_type"] == "comm_msg" and msg["content"]["comm_id"] == comm_id:
                if predicate(msg["content"]["data"]):
                    return msg

    def drain(self, seconds=0.3):
        try:
            while True:
                self.iopub(seconds)
        except queue.Empty:
            pass


def opened(published):
    """Los comm_open publicados, por comm_id."""
    return {m["content"]["comm_id"]: m for m in published if m["msg_type"] == "comm_open"}


def shown_widget(published):
    results = [m for m in published if m["msg_type"] in ("execute_result", "display_data")]
    return results[-1]["content"]["data"][WIDGET_VIEW]["model_id"] if results else None


def children(comms, box_id):
    return [ref.removeprefix("IPY_MODEL_") for ref in comms[box_id]["content"]["data"]["state"]["children"]]


def output_texts(data):
    outputs = data["state"]["outputs"]
    return [o.get("data", {}).get("text/plain") or o.get("text") or o.get("ename") for o in outputs]


def update(state):
    return {"method": "update", "state": state, "buffer_paths": []}


def ms(values):
    return (f"mediana {statistics.median(values) * 1000:.1f} ms, p90 {sorted(values)[int(len(values) * 0.9)] * 1000:.1f} ms, "
            f"máx {max(values) * 1000:.1f} ms (n={len(values)})")


def check_live_displays(fe):
    reply, published = fe.execute('var d = display("uno");\nd.Update("dos");\nClearOutput(wait: true);\nConsole.WriteLine("tres");')
    shown = [m for m in published if m["msg_type"] == "display_data"]
    updates = [m for m in published if m["msg_type"] == "update_display_data"]
    clears = [m for m in published if m["msg_type"] == "clear_output"]
    display_id = shown[0]["content"].get("transient", {}).get("display_id") if shown else None
    report(reply["content"]["status"] == "ok" and display_id is not None,
           "display(x) llega como display_data con transient.display_id")
    report(len(updates) == 1 and updates[0]["content"]["transient"]["display_id"] == display_id
           and updates[0]["content"]["data"]["text/plain"] == "dos",
           "d.Update(y) llega como update_display_data con el mismo display_id y el contenido nuevo")
    report(len(clears) == 1 and clears[0]["content"]["wait"] is True, "ClearOutput(wait: true) llega como clear_output con wait")

    # Una celda posterior actualiza la salida de otra anterior.
    _, later = fe.execute('d.Update("cuatro");')
    report([m["content"]["transient"]["display_id"] for m in later if m["msg_type"] == "update_display_data"] == [display_id],
           "otra celda actualiza la salida de la primera por su display_id")


def measure_display_latency(fe, samples):
    """De la llamada a Update (hora UTC del kernel, en el propio contenido) a que llega por iopub."""
    fe.execute("var reloj = display(\"\");\nstring Ahora() => DateTime.UtcNow.ToString(\"O\");")
    latencies = []
    for _ in range(samples):
        time.sleep(0.3)  # más que el intervalo mínimo entre actualizaciones (250 ms): mide la que sale en el acto
        msg_id = fe.kc.execute("reloj.Update(Ahora());")
        while True:
            msg = fe.iopub(60)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "update_display_data":
                arrived = datetime.now(timezone.utc)
                called = datetime.fromisoformat(msg["content"]["data"]["text/plain"][:26] + "+00:00")
                latencies.append((arrived - called).total_seconds())
                break
        fe.until_idle(msg_id)
        fe.shell_reply(msg_id)
    return latencies


def check_widgets(fe, moves):
    reply, published = fe.execute(
        'var w = new FloatSlider("w", min: -5, max: 5, step: 0.5, value: 1);\n'
        'Interact(() => $"σ({w.Value:F1} · 2) = {1 / (1 + Math.Exp(-2 * w.Value)):F4}", w)')
    comms = opened(published)
    box = shown_widget(published)
    report(reply["content"]["status"] == "ok" and box in comms, "Interact se muestra como widget-view con un model_id abierto")
    report(all(m["content"]["target_name"] == "jupyter.widget" and m["metadata"].get("version") == "2.1.0"
               for m in comms.values()),
           f"{len(comms)} comm_open al destino jupyter.widget con metadata.version 2.1.0")
    states = {cid: m["content"]["data"]["state"] for cid, m in comms.items()}
    slider, output = children(comms, box)
    report(states[slider]["_model_name"] == "FloatSliderModel" and states[slider]["_model_module"] == "@jupyter-widgets/controls"
           and states[slider]["_model_module_version"] == "2.0.0" and states[slider]["value"] == 1.0
           and states[slider]["layout"].removeprefix("IPY_MODEL_") in comms
           and states[slider]["style"].removeprefix("IPY_MODEL_") in comms,
           "el deslizador llega en el formato de ipywidgets 8 (FloatSliderModel 2.0.0, layout y style abiertos antes)")
    report(states[output]["_model_module"] == "@jupyter-widgets/output"
           and output_texts({"state": states[output]}) == ["σ(1.0 · 2) = 0.8808"],
           "el área de salida trae ya el resultado con el valor inicial")
    expected_comms = set(comms)

    info_id = fe.send("comm_info_request", {"target_name": "jupyter.widget"})
    info = fe.shell_reply(info_id)["content"]
    report(set(info["comms"]) == expected_comms and all(c["target_name"] == "jupyter.widget" for c in info["comms"].values()),
           f"comm_info_request lista los {len(expected_comms)} comms abiertos")
    fe.drain()

    # El usuario mueve el deslizador: eco y salida nueva, calculada en C#. Los 3 primeros calientan (JIT).
    latencies = []
    for i in range(moves + 3):
        value = -5 + (i % 21) * 0.5
        expected = f"σ({value:.1f} · 2) = {1 / (1 + 2.718281828459045 ** (-2 * value)):.4f}"
        t0 = time.perf_counter()
        fe.comm_msg(slider, update({"value": value}))
        msg = fe.wait_comm(output, lambda d: d.get("method") == "update" and "outputs" in d.get("state", {}))
        latencies.append(time.perf_counter() - t0)
        if i == 0:
            report(output_texts(msg["content"]["data"]) == [expected], f"mover w a {value} da «{expected}» en el área de salida")
        time.sleep(0.3)  # un usuario, no una ráfaga: cada movimiento se ve entero
    latencies = latencies[3:]
    fe.drain()

    fe.comm_msg(slider, update({"value": 2.5}))
    echo = fe.wait_comm(slider, lambda d: d.get("method") == "echo_update")
    report(echo["content"]["data"]["state"] == {"value": 2.5}, "el kernel devuelve echo_update con el valor aceptado")
    fe.drain()
    _, read = fe.execute("w.Value")
    report([m["content"]["data"]["text/plain"] for m in read if m["msg_type"] == "execute_result"] == ["2.5"],
           "la celda siguiente lee en C# el valor que puso el cliente")

    fe.comm_msg(slider, {"method": "request_state"})
    full = fe.wait_comm(slider, lambda d: d.get("method") == "update")["content"]["data"]["state"]
    report(full["_model_name"] == "FloatSliderModel" and full["value"] == 2.5, "request_state devuelve el estado completo")

    # Tras recargar la página, ipywidgets 8 pide todos los estados de una vez por jupyter.widget.control.
    fe.send("comm_open", {"comm_id": "control-1", "target_name": "jupyter.widget.control", "data": {}})
    fe.comm_msg("control-1", {"method": "request_states"})
    states = fe.wait_comm("control-1", lambda d: d.get("method") == "update_states")["content"]["data"]["states"]
    report(set(states) == expected_comms and states[slider]["state"]["value"] == 2.5,
           "request_states por jupyter.widget.control devuelve el estado de todos los controles")
    fe.send("comm_open", {"comm_id": "otro", "target_name": "no.existe", "data": {}})
    while True:
        msg = fe.iopub(30)
        if msg["msg_type"] == "comm_close" and msg["content"]["comm_id"] == "otro":
            break
    report(True, "un comm_open a un destino que no existe se contesta con comm_close")

    _, published = fe.execute("w.Close();")
    info = fe.shell_reply(fe.send("comm_info_request", {"target_name": "jupyter.widget"}))["content"]
    report(any(m["msg_type"] == "comm_close" and m["content"]["comm_id"] == slider for m in published)
           and slider not in info["comms"], "w.Close() manda comm_close y comm_info ya no lista el deslizador")
    return latencies


def check_last_value_wins(fe):
    _, published = fe.execute(
        'var ejecuciones = new List<int>();\nvar n = new IntSlider("n", 0, 100);\n'
        'Interact(() => { ejecuciones.Add(n.Value); System.Threading.Thread.Sleep(200); return n.Value; }, n)')
    comms = opened(published)
    slider, output = children(comms, shown_widget(published))
    fe.drain()
    for value in range(1, 21):
        fe.comm_msg(slider, update({"value": value}))
    fe.wait_comm(output, lambda d: "outputs" in d.get("state", {}) and output_texts(d) == ["20"], timeout=30)
    fe.drain(0.5)
    _, read = fe.execute('string.Join(",", ejecuciones)')
    runs = [int(v) for v in [m for m in read if m["msg_type"] == "execute_result"][0]["content"]["data"]["text/plain"].split(",")]
    report(runs[0] == 0 and runs[-1] == 20 and len(runs) <= 4,
           f"20 movimientos seguidos con una función de 200 ms: se ejecutó {len(runs)} veces ({runs}) y ganó el último")


def check_button(fe):
    _, published = fe.execute(
        'var salida = new OutputArea();\nvar boton = new Button("Saluda");\nint veces = 0;\n'
        'boton.OnClick(() => Console.WriteLine($"hola {++veces}"), salida);\nnew Box(boton, salida)')
    comms = opened(published)
    button, output = children(comms, shown_widget(published))
    report(comms[button]["content"]["data"]["state"]["_model_name"] == "ButtonModel", "un botón se abre como ButtonModel")
    fe.drain()
    fe.comm_msg(button, {"method": "custom", "content": {"event": "click"}})
    msg = fe.wait_comm(output, lambda d: "outputs" in d.get("state", {}))
    report(output_texts(msg["content"]["data"]) == ["hola 1\n"], "un clic (custom) ejecuta el manejador y su salida va al área")


def check_browser_bugs(fe):
    # 1. Tras un error, las celdas en cola se abortan sin execution_count (Notebook 6 las dejaría como «In [4]:»).
    ids = [fe.kc.execute(code, stop_on_error=True) for code in ('throw new Exception("a propósito");', "1 + 1", "2 + 2")]
    replies = [fe.shell_reply(i)["content"] for i in ids]
    report([r["status"] for r in replies] == ["error", "aborted", "aborted"]
           and "execution_count" in replies[0] and not any("execution_count" in r for r in replies[1:]),
           "las celdas abortadas tras un error responden sin execution_count")
    fe.drain()

    # 3. Mayús+Tab justo después de abrir el paréntesis muestra la firma.
    code = "var raiz = Math.Sqrt("
    reply = fe.shell_reply(fe.kc.inspect(code, len(code)))["content"]
    report(reply["found"] and "double Math.Sqrt(double d)" in reply["data"]["text/plain"],
           "inspect_request tras «Math.Sqrt(» encuentra la firma")

    # 2. Cada gráfico lleva su plotly.js: tras recargar la página se dibuja aunque no esté el primero.
    reply, _ = fe.execute('#r "nuget: Plotly.NET, 6.0.0"\n#r "nuget: Plotly.NET.CSharp, 0.14.0"')
    if reply["content"]["status"] != "ok":
        report(False, f"no se pudo cargar Plotly.NET: {reply['content'].get('evalue')}")
        return
    _, published = fe.execute(
        "display(Plotly.NET.CSharp.Chart.Line<double, double, string>(x: new[] { 1.0, 2 }, y: new[] { 1.0, 4 }));\n"
        "display(Plotly.NET.CSharp.Chart.Line<double, double, string>(x: new[] { 1.0, 2 }, y: new[] { 2.0, 3 }));")
    html = [m["content"]["data"].get("text/html", "") for m in published if m["msg_type"] == "display_data"]
    report(len(html) == 2 and all('plotlyGzip = "H4sI' in h for h in html),
           "los dos gráficos llevan su propio plotly.js (gzip en base64), no solo el primero de la sesión")


def check_reconnection(km):
    """Otra página abre el mismo kernel (o la misma, recargada): una sesión nueva, y canales nuevos con la identidad
    zmq de unos que el kernel aún cree conectados. Notebook 6.4 da a los canales de una página la identidad de su
    session_id; al recargar los cierra y los reabre en milisegundos (Chromium rechaza el primer websocket porque el
    servidor no elige subprotocolo)."""
    kc2 = km.client(session=Session(key=km.session.key))
    kc2.start_channels()
    try:
        kc2.wait_for_ready(timeout=60)
        for channel in ("shell", "control"):
            request = kc2.session.msg("kernel_info_request")
            getattr(kc2, f"{channel}_channel").send(request)
            while True:
                reply = getattr(kc2, f"get_{channel}_msg")(timeout=30)
                if reply["parent_header"].get("msg_id") == request["header"]["msg_id"]:
                    break
            states = [m["content"]["execution_state"] for m in FrontEnd(kc2).until_idle(request["header"]["msg_id"], 30)]
            report(reply["msg_type"] == "kernel_info_reply" and states == ["busy", "idle"],
                   f"una sesión nueva (otra página) recibe kernel_info_reply por {channel} y su busy/idle por iopub")
    finally:
        kc2.stop_channels()

    for channel, connect in (("shell", km.connect_shell), ("control", km.connect_control)):
        identity = uuid.uuid4().hex.encode()
        old = connect(identity=identity)
        answers = [kernel_info(kc2.session, old)]
        new = connect(identity=identity)  # el viejo sigue abierto: el kernel aún tiene su identidad
        answers.append(kernel_info(kc2.session, new))
        old.close(linger=0)
        answers.append(kernel_info(kc2.session, new))
        new.close(linger=0)
        report(answers == ["kernel_info_reply"] * 3,
               f"unos canales nuevos con la identidad de otros aún conectados se quedan con ella ({channel}: {answers})")


def check_restore_progress_in_cell(fe):
    """La primera celda que restaura paquetes cuenta su avance en la propia celda (stdout), no en el registro."""
    reply, published = fe.execute('#r "nuget: Sep, 0.18.0"')
    shown = "".join(m["content"]["text"] for m in published
                    if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
    report(reply["content"]["status"] == "ok" and "Restaurando paquetes NuGet: Sep" in shown,
           f"la celda que restaura paquetes dice en ella misma qué restaura ({shown.strip()[:80]!r})")


def kernel_info(session, socket, timeout=10):
    """El tipo de la respuesta a un kernel_info_request por un socket zmq suelto, o None si no llega."""
    session.send(socket, "kernel_info_request")
    if not socket.poll(timeout * 1000):
        return None
    _, frames = session.feed_identities(socket.recv_multipart())
    return session.deserialize(frames)["msg_type"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel-dll", default=os.path.join(ROOT, "tools/NotebookKernel/bin/Release/net10.0/NotebookKernel.dll"))
    parser.add_argument("--moves", type=int, default=30, help="movimientos del deslizador para medir la latencia")
    args = parser.parse_args()
    if not os.path.exists(args.kernel_dll):
        report(False, f"no está {args.kernel_dll}: compila antes con «dotnet build -c Release tools/NotebookKernel»")
        print(f"{passed} passed, {failed} failed")
        return 1

    data_dir = tempfile.mkdtemp(prefix="jupyter-frontend-")
    workdir = tempfile.mkdtemp(prefix="cuaderno-")
    os.environ["JUPYTER_DATA_DIR"] = data_dir
    # Una caché de restauraciones vacía: la primera celda con #r "nuget:" restaura de verdad (sin red: Sep ya está en
    # la caché de NuGet, porque IntroNN lo usa).
    os.environ["NOTEBOOK_CACHE_DIR"] = os.path.join(workdir, "cache")
    install = subprocess.run(["dotnet", args.kernel_dll, "install", "--name", KERNEL_NAME], capture_output=True, text=True)
    report(install.returncode == 0, f"kernelspec instalado en {data_dir}")
    km = KernelManager(kernel_name=KERNEL_NAME)
    kernel_log = open(os.path.join(workdir, "kernel.log"), "w")  # el registro del kernel, por si algo falla
    km.start_kernel(cwd=workdir, stderr=kernel_log)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        fe = FrontEnd(kc)
        print(f"carga de la máquina (1 min): {os.getloadavg()[0]:.1f} en {os.cpu_count()} núcleos", flush=True)
        check_restore_progress_in_cell(fe)
        check_live_displays(fe)
        move_latencies = check_widgets(fe, args.moves)
        check_last_value_wins(fe)
        check_button(fe)
        check_reconnection(km)
        display_latencies = measure_display_latency(fe, args.moves)
        check_browser_bugs(fe)
        print(f"latencia Update → iopub (de la llamada en el kernel a la llegada aquí): {ms(display_latencies)}")
        # Solo se miden y se escriben: los objetivos (20 ms y 100 ms de mediana) son de benchmarks/, no de CI.
        print(f"latencia deslizador → salida nueva (comm_msg update → comm_msg con los outputs): {ms(move_latencies)}")
    except Exception as error:  # una espera agotada o un mensaje inesperado es un fallo, con su motivo
        report(False, f"{type(error).__name__}: {error}")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
        kernel_log.close()
        if failed:
            with open(kernel_log.name) as log:
                print("registro del kernel (últimas líneas):\n" + "".join(log.readlines()[-20:]))
        shutil.rmtree(data_dir, ignore_errors=True)
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
