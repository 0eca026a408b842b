// Notebook 6.4 de Debian en Chromium con el kernel C#: el capítulo 4 (la pérdida que crece, el deslizador de η con su
// respaldo), los tres fallos que encontró un navegador y la sección 1.7 del capítulo 1. Notebook 6 trae ipywidgets 6
// (protocolo 1, destino jupyter.widget.version): no dibuja los controles de ipywidgets 8; debe verse el respaldo.
import { launch, log, report, step, finish, pause, shots, server, token } from './checks.mjs';

const browser = await launch();
const connected = () => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected();

async function open(page, name) {
  await page.goto(`${server}/notebooks/notebooks/${name}?token=${token}`, { waitUntil: 'networkidle2', timeout: 120000 });
  await page.waitForFunction(connected, { timeout: 120000 });
}
async function runAll(page) {
  await page.evaluate(() => Jupyter.notebook.execute_all_cells());
  await page.waitForFunction(
    () => Jupyter.notebook.get_cells().every(c => c.cell_type !== 'code' || c.input_prompt_number !== '*'),
    { timeout: 900000, polling: 1000 });
}
const cellInfo = (page, index) => page.evaluate(i => {
  const element = Jupyter.notebook.get_cell(i).element[0];
  return {
    prompt: element.querySelector('.input_prompt').innerText.replace(/\s+/g, ' ').trim(),
    plots: element.querySelectorAll('.js-plotly-plot').length,
    errors: element.querySelectorAll('.output_error').length,
  };
}, index);
async function shotCell(page, index, file) {
  const handle = await page.evaluateHandle(i => Jupyter.notebook.get_cell(i).element[0], index);
  await handle.evaluate(e => e.scrollIntoView());
  await pause(1500);
  await handle.screenshot({ path: `${shots}/${file}` });
  log('captura', `${shots}/${file}`);
}
// Deja el cuaderno como estaba (el servidor lo guarda solo) y apaga su kernel.
const close = page => page.evaluate(() => {
  Jupyter.notebook.clear_all_output();
  Jupyter.notebook.save_notebook();
  Jupyter.notebook.kernel.kill();
});
const indexOf = (page, text) => page.evaluate(t => Jupyter.notebook.get_cells().findIndex(c => c.get_text().includes(t)), text);

await step('capítulo 4', async () => {
  const page = await browser.newPage();
  await open(page, '04-descenso-por-gradiente.ipynb');
  await runAll(page);
  const infos = await page.evaluate(() => Jupyter.notebook.get_cells().map((c, i) => [i, c.cell_type]).filter(([, t]) => t === 'code').map(([i]) => i));
  let errors = 0;
  for (const i of infos) errors += (await cellInfo(page, i)).errors;
  report(errors === 0, `capítulo 4 en Notebook 6: ${infos.length} celdas de código sin errores`);
  const training = await indexOf(page, 'Train(\n    XTrain, yTrain, XVal, yVal, weights, bias');
  const eta = await indexOf(page, 'lrSlider = new FloatSlider');
  report((await cellInfo(page, training)).plots === 1, 'la pérdida que crece mientras entrena queda dibujada (update_display_data)');
  report((await cellInfo(page, eta)).plots === 1, 'el deslizador de η se ve como su respaldo (el gráfico con η = 0.5)');
  await shotCell(page, training, 'notebook6-cap4-perdida-en-vivo.png');
  await shotCell(page, eta, 'notebook6-cap4-eta-respaldo.png');

  // Fallo 2: tras recargar la página (el kernel sigue) y sin salidas anteriores, un gráfico se dibuja solo.
  const boundary = await indexOf(page, 'Charts.DecisionBoundary');
  await page.evaluate(() => { Jupyter.notebook.clear_all_output(); Jupyter.notebook.save_notebook(); });
  await pause(2000);
  await page.reload({ waitUntil: 'networkidle2' });
  await page.waitForFunction(connected, { timeout: 120000 });
  await page.evaluate(i => { Jupyter.notebook.select(i); Jupyter.notebook.execute_selected_cells(); }, boundary);
  await page.waitForFunction(i => Jupyter.notebook.get_cell(i).output_area.outputs.length > 0, { timeout: 120000 }, boundary);
  await page.waitForFunction(i => Jupyter.notebook.get_cell(i).element[0].querySelector('.js-plotly-plot .main-svg'), { timeout: 30000 }, boundary)
    .catch(() => {});
  report((await cellInfo(page, boundary)).plots === 1, 'tras recargar la página, un gráfico vuelto a ejecutar se dibuja solo');
  await shotCell(page, boundary, 'notebook6-fallo2-grafico-tras-recargar.png');
  await close(page);
  await page.close();
});

await step('fallos 1 y 3', async () => {
  const page = await browser.newPage();
  await open(page, 'fallos.ipynb');
  await page.evaluate(() => Jupyter.notebook.execute_cells([0, 1, 2, 3]));
  await page.waitForFunction(() => [0, 1, 2, 3].every(i => Jupyter.notebook.get_cell(i).input_prompt_number !== '*'), { timeout: 120000 });
  await pause(1000);
  const prompts = [];
  for (let i = 0; i < 4; i++) prompts.push((await cellInfo(page, i)).prompt);
  report(prompts[0] === 'In [1]:' && prompts[1] === 'In [2]:' && prompts[2] === 'In [ ]:' && prompts[3] === 'In [ ]:',
    `las celdas que no se ejecutaron tras el error quedan «In [ ]:» (${prompts.join(' ')})`);
  await page.screenshot({ path: `${shots}/notebook6-fallo1-celdas-abortadas.png` });
  await page.evaluate(() => {
    const cell = Jupyter.notebook.get_cell(4);
    Jupyter.notebook.select(4);
    cell.code_mirror.focus();
    cell.code_mirror.setCursor({ line: 0, ch: cell.code_mirror.getLine(0).length });
  });
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  await page.waitForFunction(() => document.querySelector('#tooltip')?.innerText.includes('Sqrt'), { timeout: 30000 }).catch(() => {});
  const tooltip = await page.evaluate(() => document.querySelector('#tooltip')?.innerText ?? '');
  report(tooltip.includes('double Math.Sqrt(double d)'), 'Mayús+Tab justo después de «Math.Sqrt(» muestra la firma');
  await page.screenshot({ path: `${shots}/notebook6-fallo3-mayus-tab.png` });
  await close(page);
  await page.close();
});

await step('capítulo 1', async () => {
  const page = await browser.newPage();
  const console = [];
  page.on('console', m => console.push(m.text()));
  await open(page, '01-sigmoide.ipynb');
  await runAll(page);
  const sliders = await indexOf(page, 'wSlider = new FloatSlider');
  const info = await cellInfo(page, sliders);
  report(info.errors === 0 && info.plots === 1, 'la sección 1.7 muestra su respaldo: el gráfico con deslizadores de Plotly');
  log('ipywidgets 6 de Notebook:', console.filter(t => t.includes('cross validate')).length > 0
    ? 'pidió jupyter.widget.version (protocolo 1) y el kernel lo cerró' : 'sin aviso de versión');
  await shotCell(page, sliders, 'notebook6-cap1-deslizadores-respaldo.png');
  await close(page);
  await page.close();
});

await pause(2000);
await browser.close();
finish();
