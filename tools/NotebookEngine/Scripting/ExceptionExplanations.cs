using System.Runtime.InteropServices;

namespace NotebookEngine.Scripting;

/// <summary>
/// Qué quiere decir, en español y en los términos de quien aprende, una excepción cuyo texto viene en inglés: del
/// runtime de .NET, de TorchSharp y libtorch (su motor en C++) o de MathNet. Una sola tabla: gana la primera entrada
/// cuyo tipo encaja y, si la entrada lo pide, cuyo texto original contiene <see cref="Entry.Containing"/>; por eso
/// las entradas concretas van antes que las generales. <see cref="ErrorReport"/> decide cuándo se usa (solo con
/// textos que no son nuestros) y añade detrás el original, marcado, para poder buscarlo.
/// </summary>
internal static class ExceptionExplanations
{
    private sealed record Entry(Type Type, string? Containing, Func<Exception, string> Explain);

    private static Entry E<T>(Func<T, string> explain)
        where T : Exception => new(typeof(T), null, e => explain((T)e));

    private static Entry E<T>(string containing, string explanation)
        where T : Exception => new(typeof(T), containing, _ => explanation);

    private static Entry E<T>(string explanation)
        where T : Exception => new(typeof(T), null, _ => explanation);

    private static readonly Entry[] Table =
    [
        // Cuentas y conversiones.
        E<OverflowException>(
            "el resultado no cabe en su tipo numérico (int llega hasta 2147483647; long, hasta 9223372036854775807): "
                + "usa un tipo más grande (long, double) o revisa la cuenta"
        ),
        E<DivideByZeroException>(
            "división entera entre cero: con int o long es un error (con double no lo es: 1.0 / 0 da infinito)"
        ),
        E<InvalidCastException>(
            "esa conversión de tipo no es posible: el valor es de otro tipo (por ejemplo, un object que guarda un "
                + "string no se convierte en int con (int))"
        ),
        E<FormatException>(
            "un texto no tiene el formato esperado: al convertir texto en número (int.Parse, double.Parse: solo "
                + "dígitos, signo y punto decimal) o en una cadena de formato (las llaves {0} de string.Format)"
        ),
        // Índices y colecciones.
        E<IndexOutOfRangeException>(
            "el índice se sale del array: con Length elementos, los índices válidos van de 0 a Length - 1"
        ),
        E<ArgumentOutOfRangeException>(e =>
            $"un argumento se sale del rango que admite el método{Parameter(e.ParamName)}; en una List o un string, "
            + "los índices válidos van de 0 a Count - 1 (o Length - 1)"
        ),
        E<KeyNotFoundException>(
            "esa clave no está en el diccionario: compruébalo antes con ContainsKey o usa TryGetValue"
        ),
        E<InvalidOperationException>(
            "contains no elements",
            "la secuencia está vacía: First, Last, Single, Min, Max, Average y Aggregate necesitan al menos un "
                + "elemento (FirstOrDefault, LastOrDefault y SingleOrDefault devuelven el valor por defecto en su lugar)"
        ),
        E<InvalidOperationException>(
            "contains no matching element",
            "ningún elemento cumple la condición que se dio a First, Last o Single"
        ),
        E<InvalidOperationException>(
            "contains more than one",
            "Single espera exactamente un elemento (o uno que cumpla la condición) y hay más de uno"
        ),
        E<InvalidOperationException>(
            "Collection was modified",
            "la colección cambió (Add, Remove...) mientras un foreach la recorría: recorre una copia (.ToList()) "
                + "o guarda los cambios y hazlos al terminar"
        ),
        E<InvalidOperationException>(
            "Nullable object must have a value",
            "se leyó .Value de un valor que puede faltar (int?, double?) y falta: compruébalo antes con .HasValue"
        ),
        // Objetos que faltan.
        E<NullReferenceException>(
            "se usó algo que vale null: una variable, un campo o un elemento de array que todavía no apunta a ningún "
                + "objeto; dale un valor antes de usar sus miembros (.Length, sus métodos...)"
        ),
        E<ArgumentException>(
            "same key has already been added",
            "esa clave ya está en el diccionario: Add no admite claves repetidas (d[clave] = valor la reemplaza)"
        ),
        E<ArgumentNullException>(e => $"se pasó null a un método que necesita un objeto{Parameter(e.ParamName)}"),
        // Archivos.
        E<FileNotFoundException>(
            "Could not load file or assembly",
            "no se pudo cargar una DLL que hace falta: ¿falta un #r, o el paquete no la trae para este sistema?"
        ),
        E<FileNotFoundException>(e =>
            $"no existe el archivo{Quoted(e.FileName)}; una ruta relativa se busca desde la carpeta del cuaderno "
            + $"({Environment.CurrentDirectory})"
        ),
        E<DirectoryNotFoundException>(_ =>
            "no existe alguna carpeta de esa ruta; una ruta relativa se busca desde la carpeta del cuaderno "
            + $"({Environment.CurrentDirectory})"
        ),
        // Código sin escribir, memoria, pila.
        E<NotImplementedException>(
            "ese método todavía no está escrito: su cuerpo es throw new NotImplementedException() (si es un "
                + "ejercicio, escribe tu solución en su lugar)"
        ),
        E<OutOfMemoryException>(
            "no queda memoria para crear ese objeto: seguramente un array, una matriz o un tensor demasiado grande; "
                + "revisa sus dimensiones"
        ),
        E<InsufficientExecutionStackException>(
            "la pila de llamadas se agotó: ¿la celda se llama a sí misma sin fin (recursión infinita) o anida "
                + "demasiadas llamadas?"
        ),
        // Tensores de TorchSharp: libtorch contesta con excepciones externas con el texto de C++.
        E<ExternalException>(
            "must match the size of tensor",
            "las formas (shape) de los tensores no encajan: para operar elemento a elemento, cada dimensión debe "
                + "ser igual en los dos o valer 1 (broadcasting); compara sus .shape"
        ),
        E<ExternalException>(
            "shapes cannot be multiplied",
            "las formas (shape) no encajan para multiplicar matrices: en A.mm(B), A necesita tantas columnas como "
                + "filas tiene B; compara sus .shape"
        ),
        E<ExternalException>(
            "is invalid for input of size",
            "reshape y view no pueden cambiar el número de elementos: el producto de la forma nueva debe ser igual "
                + "al número de elementos del tensor"
        ),
        E<ExternalException>(
            "target size",
            "la predicción y las etiquetas deben tener la misma forma (shape) para calcular la pérdida"
        ),
        E<ExternalException>(
            "out of range",
            "un índice o una dimensión se sale del tensor: .shape dice cuántas dimensiones tiene y su tamaño en "
                + "cada una, y los índices empiezan en 0"
        ),
        E<ExternalException>(
            "out of bounds",
            "un índice se sale del tensor: en una dimensión de tamaño n, los índices válidos van de 0 a n - 1"
        ),
        E<ExternalException>(
            "cannot be converted to Scalar",
            "solo un tensor de un único elemento se convierte en número (ToDouble, item): elige un elemento con un "
                + "índice o resume el tensor con sum o mean"
        ),
        E<ExternalException>(
            "dtype",
            "los tensores tienen tipos de número distintos (float32 y float64): conviértelos al mismo con "
                + ".to(torch.float64) o créalos con el mismo dtype"
        ),
        E<ExternalException>(
            "on the same device",
            "los tensores están en dispositivos distintos (CPU y GPU): pásalos todos al mismo con .to(device)"
        ),
        E<ExternalException>("libtorch, el motor en C++ de TorchSharp, rechazó la operación"),
        E<InvalidOperationException>(
            "must have the same shape",
            "los dos tensores deben tener la misma forma (shape) para esta operación; compara sus .shape"
        ),
        // MathNet.
        E<ArgumentException>(
            "dimensions must agree",
            "las dimensiones de las matrices no encajan: en A * B, A necesita tantas columnas como filas tiene B; "
                + "para sumar o restar, las dos deben tener las mismas dimensiones"
        ),
        E<ArgumentException>(
            "same dimensionality",
            "los vectores deben tener el mismo número de elementos para esta operación"
        ),
        // Lo general, al final: el tipo dice al menos de qué clase de error se trata.
        E<ArgumentException>(e => $"un argumento no es válido para ese método{Parameter(e.ParamName)}"),
        E<InvalidOperationException>("la operación no se puede hacer en el estado en que está el objeto"),
        E<NotSupportedException>("esa operación no está disponible para este tipo de objeto"),
        E<TypeInitializationException>(e =>
            $"no se pudo preparar el tipo {e.TypeName} (falló su inicialización); la causa va en la línea «Causa»"
        ),
        E<AggregateException>(
            "falló el trabajo hecho en paralelo o en segundo plano; la primera causa va en la línea «Causa»"
        ),
        E<Exception>("error sin explicación en español todavía; el texto original dice qué pasó"),
    ];

    /// <summary>La explicación en español de <paramref name="exception"/> según la tabla.</summary>
    public static string For(Exception exception, string originalText) =>
        Table
            .First(entry =>
                entry.Type.IsInstanceOfType(exception)
                && (entry.Containing is null || originalText.Contains(entry.Containing, StringComparison.Ordinal))
            )
            .Explain(exception);

    private static string Parameter(string? name) => name is null ? "" : $" (parámetro «{name}»)";

    private static string Quoted(string? fileName) => fileName is null ? "" : $" «{fileName}»";
}
