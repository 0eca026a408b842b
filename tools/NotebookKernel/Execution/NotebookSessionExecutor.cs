using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using NotebookEngine;

namespace NotebookKernel.Execution;

/// <summary>
/// Las celdas del kernel, ejecutadas por el motor: una <see cref="NotebookSession"/>. Con
/// <paramref name="cellTimeout"/>, cada celda se detiene si su código pasa de ese tiempo (sin contar restaurar
/// paquetes ni compilar proyectos), como si se interrumpiera.
/// </summary>
internal sealed class NotebookSessionExecutor(SessionOptions options, TimeSpan? cellTimeout = null) : ICellExecutor
{
    private readonly NotebookSession _session = NotebookSession.Create(options);

    public Task<CellResult> ExecuteAsync(
        string code,
        Action<CellOutput>? onOutput,
        CancellationToken cancellationToken
    ) => _session.ExecuteAsync(code, onOutput, cellTimeout, cancellationToken);

    // Compila (sin ejecutar) una celda suelta con las opciones de la sesión: fuera de la cadena de celdas.
    public void WarmUp() => CSharpScript.Create("Math.Sqrt(2.0)", _session.ScriptOptions).Compile();

    public ScriptContext Context =>
        new(
            [.. _session.Submissions],
            [
                .. _session
                    .MetadataReferences.OfType<PortableExecutableReference>()
                    .Select(r => r.FilePath)
                    .OfType<string>(),
            ],
            _session.DefaultImports,
            GlobalsType: null,
            _session.ScriptOptions.MetadataResolver,
            _session.ScriptOptions.SourceResolver
        );

    public void Dispose() => _session.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
