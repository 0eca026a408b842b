using NotebookEngine;

namespace NotebookEngine.Tests;

/// <summary>
/// Las excepciones del runtime de .NET llegan en español, con el texto original detrás y marcado, y con la línea de
/// la celda; una por entrada de la tabla de <c>ExceptionExplanations</c>, provocada de verdad en una celda.
/// </summary>
public sealed class ExceptionTextTests(SessionFixture fixture) : IClassFixture<SessionFixture>
{
    [Theory]
    // código de la celda | excepción | línea | explicación en español | texto original del runtime
    [InlineData(
        "int x = int.MaxValue;\nchecked(x + 1)",
        "OverflowException",
        2,
        "no cabe en su tipo numérico (int llega hasta 2147483647",
        "Arithmetic operation resulted in an overflow."
    )]
    [InlineData(
        "int zero = 0;\n1 / zero",
        "DivideByZeroException",
        2,
        "división entera entre cero",
        "Attempted to divide by zero."
    )]
    [InlineData(
        "object o = \"texto\";\n(int)o",
        "InvalidCastException",
        2,
        "esa conversión de tipo no es posible",
        "Unable to cast object of type 'System.String' to type 'System.Int32'."
    )]
    [InlineData(
        "var texto = \"tres\";\nint.Parse(texto)",
        "FormatException",
        2,
        "un texto no tiene el formato esperado",
        "The input string 'tres' was not in a correct format."
    )]
    [InlineData(
        "int[] a = new int[2];\na[5]",
        "IndexOutOfRangeException",
        2,
        "el índice se sale del array",
        "Index was outside the bounds of the array."
    )]
    [InlineData(
        "var lista = new List<int> { 1, 2 };\nlista[5]",
        "ArgumentOutOfRangeException",
        2,
        "se sale del rango que admite el método (parámetro «index»)",
        "Index was out of range."
    )]
    [InlineData(
        "var d = new Dictionary<string, int>();\nd[\"falta\"]",
        "KeyNotFoundException",
        2,
        "esa clave no está en el diccionario",
        "The given key 'falta' was not present in the dictionary."
    )]
    [InlineData(
        "var vacia = new List<double>();\nvacia.Max()",
        "InvalidOperationException",
        2,
        "la secuencia está vacía",
        "Sequence contains no elements"
    )]
    [InlineData(
        "var numeros = new[] { 1, 2 };\nnumeros.First(n => n > 5)",
        "InvalidOperationException",
        2,
        "ningún elemento cumple la condición",
        "Sequence contains no matching element"
    )]
    [InlineData(
        "var numeros = new[] { 1, 2 };\nnumeros.Single()",
        "InvalidOperationException",
        2,
        "Single espera exactamente un elemento",
        "Sequence contains more than one element"
    )]
    [InlineData(
        "var lista = new List<int> { 1, 2 };\nforeach (var n in lista)\n    lista.Add(n);",
        "InvalidOperationException",
        2,
        "mientras un foreach la recorría",
        "Collection was modified"
    )]
    [InlineData(
        "int? quizas = null;\nquizas.Value",
        "InvalidOperationException",
        2,
        "se leyó .Value de un valor que puede faltar",
        "Nullable object must have a value."
    )]
    [InlineData(
        "var pila = new Stack<int>();\npila.Pop()",
        "InvalidOperationException",
        2,
        "la operación no se puede hacer en el estado",
        "Stack empty."
    )]
    [InlineData(
        "string s = null;\ns.Length",
        "NullReferenceException",
        2,
        "se usó algo que vale null",
        "Object reference not set to an instance of an object."
    )]
    [InlineData(
        "string s = null;\nint.Parse(s)",
        "ArgumentNullException",
        2,
        "se pasó null a un método que necesita un objeto (parámetro «s»)",
        "Value cannot be null."
    )]
    [InlineData(
        "var d = new Dictionary<int, int> { [1] = 10 };\nd.Add(1, 20);",
        "ArgumentException",
        2,
        "esa clave ya está en el diccionario",
        "An item with the same key has already been added."
    )]
    [InlineData(
        "var dia = \"Lunes\";\nEnum.Parse<DayOfWeek>(dia)",
        "ArgumentException",
        2,
        "un argumento no es válido para ese método",
        "Requested value 'Lunes' was not found."
    )]
    [InlineData(
        "IList<int> fija = new int[1];\nfija.Add(2);",
        "NotSupportedException",
        2,
        "esa operación no está disponible",
        "Collection was of a fixed size."
    )]
    [InlineData(
        "var ruta = \"no-existe.csv\";\nSystem.IO.File.ReadAllText(ruta)",
        "FileNotFoundException",
        2,
        "no existe el archivo «",
        "Could not find file"
    )]
    [InlineData(
        "var ruta = \"no-existe/datos.csv\";\nSystem.IO.File.ReadAllText(ruta)",
        "DirectoryNotFoundException",
        2,
        "no existe alguna carpeta de esa ruta",
        "Could not find a part of the path"
    )]
    [InlineData(
        "var nombre = \"NoExisteEsteEnsamblado\";\nSystem.Reflection.Assembly.Load(nombre)",
        "FileNotFoundException",
        2,
        "no se pudo cargar una DLL que hace falta",
        "Could not load file or assembly 'NoExisteEsteEnsamblado"
    )]
    [InlineData(
        "double MiSolucion()\n{\n    throw new NotImplementedException();\n}\nMiSolucion()",
        "NotImplementedException",
        3,
        "ese método todavía no está escrito",
        "The method or operation is not implemented."
    )]
    [InlineData(
        "int enorme = int.MaxValue;\nvar datos = new double[enorme];",
        "OutOfMemoryException",
        2,
        "no queda memoria para crear ese objeto",
        "Array dimensions exceeded supported range."
    )]
    [InlineData(
        "int SinFin(int n) => SinFin(n + 1) + 1;\nSinFin(0)",
        "InsufficientExecutionStackException",
        1,
        "la pila de llamadas se agotó",
        "Insufficient stack to continue executing the program safely."
    )]
    [InlineData(
        "class Roto { public static int Valor = int.Parse(\"x\"); }\nRoto.Valor",
        "TypeInitializationException",
        2,
        "no se pudo preparar el tipo",
        "The type initializer for"
    )]
    [InlineData(
        "var datos = new int[1];\nParallel.For(0, 2, i => datos[i + 5] = 1);",
        "AggregateException",
        2,
        "falló el trabajo hecho en paralelo",
        "One or more errors occurred."
    )]
    [InlineData(
        "var sinMensaje = true;\nthrow new Exception();",
        "Exception",
        2,
        "error sin explicación en español todavía",
        "Exception of type 'System.Exception' was thrown."
    )]
    public async Task Runtime_exceptions_are_explained_in_spanish_with_the_original_marked_and_the_cell_line(
        string code,
        string name,
        int line,
        string spanish,
        string original
    )
    {
        var result = await fixture.Session.ExecuteAsync(code);

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal(name, error.Name);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"{name} en la línea {line} de la celda: ", error.Message);
        Assert.Contains(spanish, error.Message);
        var marked = error.Message.IndexOf("(En inglés: «", StringComparison.Ordinal);
        Assert.True(marked > 0, error.Message);
        Assert.Contains(original, error.Message[marked..]);
        Assert.EndsWith("»)", error.Message);
        Assert.DoesNotContain(original, error.Message[..marked]); // el inglés solo dentro de su marca
    }

    [Fact]
    public async Task The_cause_of_a_wrapping_exception_is_explained_too()
    {
        var result = await fixture.Session.ExecuteAsync(
            "var datos = new int[1];\nParallel.For(0, 1, i => datos[i + 5] = 1);"
        );

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Contains(
            "Causa: IndexOutOfRangeException: el índice se sale del array: con Length elementos, los índices válidos van "
                + "de 0 a Length - 1. (En inglés: «Index was outside the bounds of the array.»)",
            error.Traceback
        );
    }

    [Theory]
    [InlineData("throw new InvalidOperationException(\"mi propio mensaje\");")]
    [InlineData("throw new ArgumentException(\"nada de inglés aquí\", \"valor\");")]
    public async Task A_message_written_in_the_cell_is_shown_as_it_is(string code)
    {
        var result = await fixture.Session.ExecuteAsync(code);

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        var text = error.Message[(error.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        Assert.StartsWith(code.Contains("propio") ? "mi propio mensaje" : "nada de inglés aquí", text);
        Assert.DoesNotContain("En inglés", error.Message);
        Assert.DoesNotContain("Texto original", error.Message);
    }

    [Fact]
    public async Task An_error_inside_a_method_of_an_earlier_cell_names_that_cell_and_its_line()
    {
        var declared = await fixture.Session.ExecuteAsync("int Third(int[] values)\n{\n    return values[2];\n}");
        Assert.True(declared.Succeeded);

        var result = await fixture.Session.ExecuteAsync("var corto = new int[1];\nThird(corto)");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal(2, error.Line); // la línea de la celda actual que llamó
        Assert.Matches(
            @"^IndexOutOfRangeException en la línea 3 de la celda ejecutada en el paso \d+: ",
            error.Message
        );
        Assert.Contains("   en Third, línea 3 de la celda ejecutada en el paso", string.Join("\n", error.Traceback));
        Assert.Contains("   en la línea 2 de la celda", string.Join("\n", error.Traceback));
        Assert.DoesNotContain("MoveNext", string.Join("\n", error.Traceback));
    }

    [Theory]
    [InlineData("Func<int, int> f = x => 10 / x;\nf(0)", "   en una lambda de la celda, línea 1 de la celda")]
    [InlineData(
        "int Outer(int x)\n{\n    int Inner(int y) => 10 / y;\n    return Inner(x);\n}\nOuter(0)",
        "   en Inner, línea 3 de la celda"
    )]
    [InlineData(
        "async Task<int> Later(int x)\n{\n    await Task.Yield();\n    return 10 / x;\n}\nawait Later(0)",
        "   en Later, línea 4 de la celda"
    )]
    public async Task Trace_lines_name_methods_as_the_cell_wrote_them_not_as_the_compiler_did(
        string code,
        string expected
    )
    {
        var result = await fixture.Session.ExecuteAsync(code);

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        var traceback = string.Join("\n", error.Traceback);
        Assert.Contains(expected, traceback);
        Assert.DoesNotContain("MoveNext", traceback);
        Assert.DoesNotContain("__", traceback);
    }
}
