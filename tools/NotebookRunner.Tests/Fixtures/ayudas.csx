string Saludo(string nombre) => $"¡Hola, {nombre}!";
