using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using NotebookEngine;

namespace NotebookKernel.Execution;

/// <summary>Las celdas del kernel, ejecutadas por el mismo motor que el ejecutor de cuadernos: una <see cref="NotebookSession"/>.</summary>
internal sealed class NotebookSessionExecutor(SessionOptions options) : ICellExecutor
{
    private readonly NotebookSession _session = NotebookSession.Create(options);

    public Task<CellResult> ExecuteAsync(
        string code,
        Action<CellOutput>? onOutput,
        CancellationToken cancellationToken
    ) => _session.ExecuteAsync(code, onOutput, cancellationToken);

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
