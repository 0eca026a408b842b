// Lo común a las dos comprobaciones: Chromium de Debian, capturas, y líneas «ok:»/«FALLO:» con su recuento.
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';

export const shots = process.env.SHOTS ?? '/tmp/capturas';
export const server = process.env.SERVER ?? 'http://127.0.0.1:8899';
export const token = process.env.TOKEN ?? 'tok';
export const work = process.env.WORK ?? '.';
fs.mkdirSync(shots, { recursive: true });

let passed = 0;
let failed = 0;
export const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);
export function report(ok, what) {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok' : 'FALLO'}: ${what}`);
}
export const pause = ms => new Promise(r => setTimeout(r, ms));

export async function launch() {
  return puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
    defaultViewport: { width: 1200, height: 900 },
    protocolTimeout: 300000,
  });
}

// Ejecuta fn; una espera agotada o un error cuenta como fallo con su motivo, y se sigue con lo demás.
export async function step(what, fn) {
  try {
    await fn();
  } catch (error) {
    report(false, `${what}: ${error.message.split('\n')[0]}`);
  }
}

export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
