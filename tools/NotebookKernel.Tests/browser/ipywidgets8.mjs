// Una página con el gestor de widgets de ipywidgets 8 (@jupyter-widgets/html-manager, protocolo 2.1) conectada al
// kernel C# por el servidor de Jupyter: los deslizadores del capítulo 1 se mueven y C# recalcula la curva; al recargar,
// el estado vuelve del kernel (jupyter.widget.control); otra pestaña con el mismo kernel mueve un deslizador y las dos
// lo ven; el deslizador de η del capítulo 4 vuelve a entrenar.
import fs from 'node:fs';
import { launch, log, report, step, finish, pause, shots, work } from './checks.mjs';

const page0 = process.env.PAGE ?? 'http://127.0.0.1:8900/index.html';
const token = process.env.TOKEN ?? 'tok';
const kernelName = process.env.KERNEL_NAME ?? 'csharp-navegador';
const url = `${page0}?token=${token}&server=${encodeURIComponent(process.env.SERVER ?? 'http://127.0.0.1:8899')}`;
const cells = name => JSON.parse(fs.readFileSync(`${work}/${name}`, 'utf8'));

const browser = await launch();
const page = await browser.newPage();
page.on('pageerror', e => log('error de la página:', e.message));
page.on('console', m => {
  if ((m.type() === 'error' && !m.text().includes('WebSocket')) || m.text().startsWith('página:')) log('consola:', m.text().slice(0, 300));
});
const title = sel => page.evaluate(s => document.querySelector(`${s} .gtitle`)?.textContent ?? '', sel);
const run = (code, target) => page.evaluate((c, t) => window.run(c, t), code, target);
// Espera a que la página tenga su kernel listo; si no llega en 60 s, el paso falla ahí (no a los 300 s de puppeteer).
const ready = p => p.evaluate(() => Promise.race([window.ready,
  new Promise((_, reject) => setTimeout(() => reject(new Error('la página no recibió kernel_info en 60 s')), 60000))]));

let kernelId;
let box;
await step('capítulo 1', async () => {
  await page.goto(`${url}&kernel=${kernelName}`, { waitUntil: 'networkidle2' });
  kernelId = await ready(page);
  const [first, sliders] = cells('capitulo1.json');
  report(await run(first, 'c1') === 'ok', 'la primera celda del capítulo 1 (paquetes e IntroNN)');
  await page.evaluate(() => document.getElementById('c1').replaceChildren());
  report(await run(sliders, 'c2') === 'ok', 'la celda de los deslizadores de w y b');
  box = await page.evaluate(() => window.lastModel);
  await page.waitForSelector('#c2 .js-plotly-plot .main-svg', { timeout: 60000 });
  report(await page.$$eval('#c2 .widget-slider', e => e.length) === 2 && (await title('#c2')) === 'σ(w·x + b) con w = 1, b = 0',
    'dos deslizadores de ipywidgets 8 y la curva calculada en C# con w = 1, b = 0');
  await pause(1000);
  await page.screenshot({ path: `${shots}/ipywidgets8-sigmoide-inicial.png` });
  const handles = await page.$$('#c2 .noUi-handle');
  await handles[0].focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await handles[1].focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('#c2 .gtitle')?.textContent === 'σ(w·x + b) con w = 2, b = -1.5', { timeout: 30000 }).catch(() => {});
  report((await title('#c2')) === 'σ(w·x + b) con w = 2, b = -1.5', '25 pulsaciones de flecha: la curva se recalcula con el último valor (w = 2, b = -1.5)');
  await pause(1000);
  await page.screenshot({ path: `${shots}/ipywidgets8-sigmoide-movida.png` });
});

// Una recarga de verdad (F5), no una navegación: Chromium guardaría la página vieja en su caché de ida y vuelta con
// el websocket abierto. La dirección lleva ya el kernel_id, como la de un cuaderno abierto.
await step('recargar la página', async () => {
  await page.evaluate(id => history.replaceState(null, '', `${location.href.replace(/&kernel=[^&]*/, '')}&kernel_id=${id}`), kernelId);
  await page.reload({ waitUntil: 'networkidle2' });
  await ready(page);
  await page.evaluate(id => window.showModel(id, 'c1'), box);
  await page.waitForSelector('#c1 .js-plotly-plot .main-svg', { timeout: 60000 });
  const readouts = await page.$$eval('#c1 .widget-readout', e => e.map(x => x.textContent));
  report((await title('#c1')) === 'σ(w·x + b) con w = 2, b = -1.5' && readouts[0] === '2.0',
    `tras recargar, los controles y su salida vuelven del kernel (lecturas ${readouts.join(', ')}), y el gráfico se dibuja solo`);
  report(await page.evaluate(() => window.loadedWithoutControlComm !== true), 'el estado vino de una vez por jupyter.widget.control (request_states)');
  await pause(1000);
  await page.screenshot({ path: `${shots}/ipywidgets8-tras-recargar.png` });
});

// Otra pestaña con el mismo kernel mientras la primera sigue abierta. Notebook 6.4 da a los canales zmq de cada
// página la identidad de su session_id, y los cierra y reabre en milisegundos (Chromium rechaza el primer websocket
// porque el servidor no elige subprotocolo): el kernel debe aceptar los canales nuevos con esa identidad.
await step('otra pestaña con el mismo kernel', async () => {
  const other = await browser.newPage();
  other.on('pageerror', e => log('error de la otra pestaña:', e.message));
  await other.goto(await page.evaluate(() => location.href), { waitUntil: 'networkidle2' });
  await ready(other);
  await other.evaluate(id => window.showModel(id, 'c1'), box);
  await other.waitForSelector('#c1 .js-plotly-plot .main-svg', { timeout: 60000 });
  const handles = await other.$$('#c1 .noUi-handle');
  await handles[0].focus();
  for (let i = 0; i < 5; i++) await other.keyboard.press('ArrowRight');
  const moved = 'σ(w·x + b) con w = 2.5, b = -1.5';
  await other.waitForFunction(t => document.querySelector('#c1 .gtitle')?.textContent === t, { timeout: 30000 }, moved).catch(() => {});
  await page.waitForFunction(t => document.querySelector('#c1 .gtitle')?.textContent === t, { timeout: 30000 }, moved).catch(() => {});
  const titles = [await title('#c1'), await other.evaluate(() => document.querySelector('#c1 .gtitle')?.textContent ?? '')];
  report(titles.every(t => t === moved), `w movido en la otra pestaña: las dos dibujan la curva nueva (${titles.join(' | ')})`);
  await pause(1000);
  await other.screenshot({ path: `${shots}/ipywidgets8-otra-pestana.png` });
  await other.close();
  await page.evaluate(() => window.kernel.shutdown());
});

await step('capítulo 4', async () => {
  const chapter = cells('capitulo4.json');
  await page.goto(`${url}&kernel=${kernelName}`, { waitUntil: 'networkidle2' });
  await ready(page);
  let failures = 0;
  for (const [i, code] of chapter.entries()) {
    await page.evaluate(() => document.getElementById('c1').replaceChildren());
    if (await run(code, i === chapter.length - 1 ? 'c2' : 'c1') !== 'ok') failures++;
  }
  report(failures === 0, `las ${chapter.length} primeras celdas de código del capítulo 4, hasta el deslizador de η`);
  await page.waitForSelector('#c2 .js-plotly-plot .main-svg', { timeout: 60000 });
  const tenth = () => page.evaluate(() => [...document.querySelectorAll('#c2 pre')].map(p => p.textContent)
    .join('').split('\n').find(l => l.startsWith('Step [10/300]')) ?? '');
  const before = await tenth();
  await page.screenshot({ path: `${shots}/ipywidgets8-cap4-eta-inicial.png` });
  const eta = await page.$('#c2 .noUi-handle');
  await eta.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(b => {
    const text = [...document.querySelectorAll('#c2 pre')].map(p => p.textContent).join('');
    return text.includes('Step [290/300]') && !text.includes(b);
  }, { timeout: 60000 }, before).catch(() => {});
  const after = await tenth();
  report(before !== '' && after !== '' && before !== after,
    `mover η de 0.50 a 0.30 vuelve a entrenar en C#: «${before}» → «${after}»`);
  await pause(1500);
  await page.screenshot({ path: `${shots}/ipywidgets8-cap4-eta-0.3.png` });
  await page.evaluate(() => window.kernel.shutdown());
});

await browser.close();
finish();
