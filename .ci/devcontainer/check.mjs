// Comprueba ficheros devcontainer.json: JSON con comentarios (JSONC) sin errores de sintaxis ni comas finales, y solo
// las propiedades y valores que admite schema.json. `devcontainer read-configuration` no basta: acepta claves
// desconocidas y hasta JSON roto sin avisar.
// Uso: node check.mjs <carpeta donde se instaló package.json> <devcontainer.json>...
// Termina con código 1 si algún fichero no pasa; dice cuál, dónde y por qué.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";

const [toolsFolder, ...files] = process.argv.slice(2);
if (!toolsFolder || files.length === 0) {
  console.error("Uso: node check.mjs <carpeta con node_modules> <devcontainer.json>...");
  process.exit(2);
}
const require = createRequire(resolve(toolsFolder, "package.json"));
const Ajv = require("ajv");
const jsonc = require("jsonc-parser");

const schema = JSON.parse(readFileSync(new URL("./schema.json", import.meta.url), "utf8"));
const validate = new Ajv({ allErrors: true }).compile(schema);

// «línea:columna» (desde 1) de una posición del texto.
function position(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

// Los errores de ajv, dichos en español para los casos que aparecen aquí.
function describe(error) {
  const where = error.instancePath || "(raíz)";
  switch (error.keyword) {
    case "additionalProperties":
      return `${where}: propiedad desconocida «${error.params.additionalProperty}» (¿una errata? ver schema.json)`;
    case "required":
      return `${where}: falta la propiedad «${error.params.missingProperty}»`;
    case "type":
      return `${where}: debe ser de tipo ${error.params.type}`;
    case "enum":
      return `${where}: debe ser uno de ${JSON.stringify(error.params.allowedValues)}`;
    case "oneOf":
      return `${where}: no tiene ninguna de las formas admitidas`;
    case "pattern":
      return `${where}: no tiene la forma esperada (${error.params.pattern})`;
    default:
      return `${where}: ${error.message}`;
  }
}

let failed = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const syntaxErrors = [];
  const value = jsonc.parse(text, syntaxErrors, { allowTrailingComma: false, disallowComments: false });
  const problems = syntaxErrors.map(
    (e) => `${position(text, e.offset)}: error de sintaxis (${jsonc.printParseErrorCode(e.error)})`,
  );
  if (problems.length === 0 && !validate(value)) problems.push(...validate.errors.map(describe));
  if (problems.length === 0) {
    console.log(`${file}: bien`);
  } else {
    failed++;
    for (const problem of problems) console.log(`${file}: ${problem}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
