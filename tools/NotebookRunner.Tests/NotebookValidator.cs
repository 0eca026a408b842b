namespace NotebookRunner.Tests;

/// <summary>
/// Valida un cuaderno contra el esquema de nbformat 4 con el <c>nbformat</c> de Python de Debian
/// (<c>python3-nbformat</c>), un validador que no escribimos nosotros. Las pruebas que lo usan se saltan, diciendo
/// qué instalar, si no está (<see cref="RequiresPythonFactAttribute"/>); nunca se conforman con menos.
/// </summary>
internal static class NotebookValidator
{
    public static void AssertValid(string path)
    {
        var (exitCode, output) = Python.Run(
            "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))",
            [path]
        );
        Assert.True(exitCode == 0, $"nbformat rechaza {path}:\n{output}");
    }
}
