// Una página mínima con el gestor de widgets de ipywidgets 8 (@jupyter-widgets/html-manager 1.0, controles 5.0:
// protocolo 2.1) conectado a un kernel por un servidor de Jupyter (@jupyterlab/services 7), como hace
// jupyterlab-manager en JupyterLab: el comm target jupyter.widget, _create_comm y _get_comm_info.
import { HTMLManager } from '@jupyter-widgets/html-manager';
import { shims } from '@jupyter-widgets/base';
import { KernelManager, KernelAPI, ServerConnection } from '@jupyterlab/services';
import '@jupyter-widgets/controls/css/widgets.css';
import '@jupyter-widgets/html-manager/css/output.css';

const WIDGET = 'application/vnd.jupyter.widget-view+json';

class LiveManager extends HTMLManager {
  constructor(kernel) {
    super();
    this.kernel = kernel;
    kernel.registerCommTarget('jupyter.widget', (comm, msg) => this.handle_comm_open(new shims.services.Comm(comm), msg));
  }
  async _create_comm(target, modelId, data, metadata, buffers) {
    const comm = this.kernel.createComm(target, modelId);
    if (data || metadata) comm.open(data, metadata, buffers);
    return new shims.services.Comm(comm);
  }
  async _loadFromKernelModels() {
    window.loadedWithoutControlComm = true; // el camino lento: comm_info y un request_state por control
    return super._loadFromKernelModels();
  }
  async _get_comm_info() {
    const reply = await this.kernel.requestCommInfo({ target_name: 'jupyter.widget' });
    return reply.content.comms;
  }
}

const params = new URLSearchParams(location.search);
const server = params.get('server') ?? 'http://127.0.0.1:8899';
const settings = ServerConnection.makeSettings({
  baseUrl: server + '/',
  wsUrl: server.replace('http', 'ws') + '/',
  token: params.get('token'),
  appendToken: true,
});

async function show(data, el) {
  const box = document.createElement('div');
  box.className = 'salida';
  el.appendChild(box);
  if (data[WIDGET]) {
    window.lastModel = data[WIDGET].model_id;
    const model = await window.manager.get_model(data[WIDGET].model_id);
    const view = await window.manager.create_view(model);
    await window.manager.display_view(view, box);
  } else if (data['text/html']) {
    const range = document.createRange();
    box.appendChild(range.createContextualFragment(data['text/html']));
  } else {
    box.textContent = data['text/plain'] ?? '';
  }
}

// Ejecuta una celda y muestra sus salidas en el elemento con id «el».
window.run = async (code, el) => {
  const target = document.getElementById(el);
  const future = window.kernel.requestExecute({ code });
  const pending = [];
  future.onIOPub = msg => {
    const type = msg.header.msg_type;
    if (type === 'display_data' || type === 'execute_result') pending.push(show(msg.content.data, target));
    else if (type === 'stream') target.insertAdjacentHTML('beforeend', `<pre>${msg.content.text}</pre>`);
    else if (type === 'error') target.insertAdjacentHTML('beforeend', `<pre class="error">${msg.content.evalue}</pre>`);
  };
  const reply = await future.done;
  await Promise.all(pending);
  return reply.content.status;
};

// Vuelve a mostrar un control ya creado (tras recargar la página: su estado se pide al kernel).
window.showModel = async (modelId, el) => show({ [WIDGET]: { model_id: modelId } }, document.getElementById(el));

const trace = (...a) => console.log('página:', ...a);
window.ready = (async () => {
  const kernels = new KernelManager({ serverSettings: settings });
  const existing = params.get('kernel_id');
  trace('conectando', existing ?? 'kernel nuevo');
  window.kernel = existing
    ? kernels.connectTo({ model: await KernelAPI.getKernelModel(existing, settings) })
    : await kernels.startNew({ name: params.get('kernel') });
  trace('kernel', window.kernel.id);
  await window.kernel.info;
  trace('kernel_info recibido');
  window.manager = new LiveManager(window.kernel);
  if (existing) await window.manager._loadFromKernel(); // lo que hace JupyterLab al volver a abrir el cuaderno
  trace('listo');
  return window.kernel.id;
})();
