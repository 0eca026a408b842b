using NotebookEngine;

namespace NotebookEngine.Tests;

/// <summary>
/// Una sesión con MathNet, TorchSharp (libtorch de CPU) y la biblioteca del curso, como la de los capítulos 4 y 5.
/// Los paquetes ya están en la caché de NuGet: no se descarga nada. TorchSharp se carga con el cargador de IntroNN
/// (<c>TorchDevices.Select()</c>), como en los cuadernos.
/// </summary>
public sealed class LibrarySessionFixture : IAsyncLifetime
{
    private readonly SessionFixture _inner = new();

    public NotebookSession Session => _inner.Session;

    public async Task InitializeAsync()
    {
        await _inner.InitializeAsync();
        var introNN = Path.Combine(RepositoryRoot(), "lib", "IntroNN", "bin", "Release", "net10.0", "IntroNN.dll");
        var setup = await Session.ExecuteAsync(
            "#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"nuget: TorchSharp, 0.107.0\"\n"
                + $"#r \"nuget: libtorch-cpu-linux-x64, 2.10.0\"\n#r \"{introNN}\"\n"
                + "using MathNet.Numerics.LinearAlgebra;\nusing TorchSharp;\nusing IntroNN;\n"
                + "var choice = IntroNN.Torch.TorchDevices.Select();"
        );
        if (!setup.Succeeded)
            throw new InvalidOperationException("No se pudo preparar la sesión: " + Outputs.Describe(setup.Outputs));
    }

    public Task DisposeAsync() => _inner.DisposeAsync();

    private static string RepositoryRoot()
    {
        for (
            var directory = AppContext.BaseDirectory;
            directory is not null;
            directory = Path.GetDirectoryName(directory)
        )
        {
            if (File.Exists(Path.Combine(directory, "lib", "IntroNN", "IntroNN.csproj")))
                return directory;
        }
        throw new DirectoryNotFoundException("No encuentro lib/IntroNN subiendo desde " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// Las excepciones de TorchSharp (con el texto en C++ de libtorch) y de MathNet llegan explicadas en español con el
/// original marcado; las de la biblioteca del curso, que ya habla español, llegan tal cual.
/// </summary>
public sealed class LibraryExceptionTextTests(LibrarySessionFixture fixture) : IClassFixture<LibrarySessionFixture>
{
    private const string FromTorchSharp = "Texto original de TorchSharp";

    [Theory]
    // código de la celda | excepción | explicación | marca | texto original
    [InlineData(
        "var a = torch.ones(3);\nvar b = a + torch.ones(4);",
        "ExternalException",
        "las formas (shape) de los tensores no encajan",
        FromTorchSharp,
        "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0"
    )]
    [InlineData(
        "var a = torch.ones(2, 3);\nvar b = a.mm(torch.ones(2, 3));",
        "ExternalException",
        "no encajan para multiplicar matrices",
        FromTorchSharp,
        "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"
    )]
    [InlineData(
        "var a = torch.ones(3);\nvar b = a.view(2, 2);",
        "ExternalException",
        "reshape y view no pueden cambiar el número de elementos",
        FromTorchSharp,
        "shape '[2, 2]' is invalid for input of size 3"
    )]
    [InlineData(
        "var a = torch.ones(3);\nvar b = torch.nn.functional.binary_cross_entropy(a, torch.ones(4));",
        "ExternalException",
        "la predicción y las etiquetas deben tener la misma forma",
        FromTorchSharp,
        "Using a target size ([4]) that is different to the input size ([3])"
    )]
    [InlineData(
        "var a = torch.ones(2, 3);\nvar b = a.sum(5);",
        "ExternalException",
        "un índice o una dimensión se sale del tensor",
        FromTorchSharp,
        "Dimension out of range (expected to be in range of [-2, 1], but got 5)"
    )]
    [InlineData(
        "var a = torch.ones(3);\nvar b = a[torch.tensor(new long[] { 7 })];",
        "ExternalException",
        "un índice se sale del tensor",
        FromTorchSharp,
        "index 7 is out of bounds for dimension 0 with size 3"
    )]
    [InlineData(
        "var a = torch.ones(3);\nvar b = a.ToDouble();",
        "ExternalException",
        "solo un tensor de un único elemento se convierte en número",
        FromTorchSharp,
        "a Tensor with 3 elements cannot be converted to Scalar"
    )]
    [InlineData(
        "var a = torch.ones(2, 3);\nvar b = a.mm(torch.ones(3, 2, dtype: torch.float64));",
        "ExternalException",
        "tipos de número distintos",
        FromTorchSharp,
        "expected m1 and m2 to have the same dtype, but got: float != double"
    )]
    [InlineData(
        "var a = torch.ones(3, device: torch.META);\nvar b = a + torch.ones(3);",
        "ExternalException",
        "dispositivos distintos",
        FromTorchSharp,
        "Expected all tensors to be on the same device"
    )]
    [InlineData(
        "var a = torch.ones(2, 3);\nvar b = a.mm(torch.ones(3));",
        "ExternalException",
        "libtorch, el motor en C++ de TorchSharp, rechazó la operación",
        FromTorchSharp,
        "mat2 must be a matrix"
    )]
    [InlineData(
        "var a = torch.ones(3);\nvar b = a.dot(torch.ones(4));",
        "InvalidOperationException",
        "los dos tensores deben tener la misma forma",
        FromTorchSharp,
        "dot arguments must have the same shape."
    )]
    [InlineData(
        "var a = Matrix<double>.Build.Dense(2, 3);\nvar b = a * Matrix<double>.Build.Dense(2, 3);",
        "ArgumentException",
        "las dimensiones de las matrices no encajan",
        "En inglés",
        "Matrix dimensions must agree: op1 is 2x3, op2 is 2x3."
    )]
    [InlineData(
        "var a = Vector<double>.Build.Dense(2);\nvar b = a + Vector<double>.Build.Dense(3);",
        "ArgumentException",
        "los vectores deben tener el mismo número de elementos",
        "En inglés",
        "All vectors must have the same dimensionality."
    )]
    public async Task Library_exceptions_in_english_are_explained_with_the_original_marked(
        string code,
        string name,
        string spanish,
        string label,
        string original
    )
    {
        var result = await fixture.Session.ExecuteAsync(code);

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal(name, error.Name);
        Assert.Equal(2, error.Line);
        Assert.StartsWith($"{name} en la línea 2 de la celda: ", error.Message);
        Assert.Contains(spanish, error.Message);
        var marked = error.Message.IndexOf($"({label}: «", StringComparison.Ordinal);
        Assert.True(marked > 0, error.Message);
        Assert.Contains(original, error.Message[marked..]);
        Assert.DoesNotContain("Exception raised from", error.Message); // la traza de C++ de libtorch sobra
        Assert.EndsWith("»)", error.Message);
    }

    [Fact]
    public async Task The_course_library_speaks_spanish_and_its_messages_pass_unchanged()
    {
        var result = await fixture.Session.ExecuteAsync(
            "var centros = new[] { new[] { 0.0 }, new[] { 1.0 } };\nDatasets.Blobs(1, centros, 1.0, 0)"
        );

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("InvalidArgumentException", error.Name);
        Assert.StartsWith("InvalidArgumentException en la línea 2 de la celda: ", error.Message); // la línea de la celda, no la de la biblioteca
        Assert.Contains("samples", error.Message);
        Assert.DoesNotContain("En inglés", error.Message);
        Assert.DoesNotContain("Texto original", error.Message);
        Assert.Contains(error.Traceback, line => line.Contains("Datasets.cs", StringComparison.Ordinal));
    }
}
