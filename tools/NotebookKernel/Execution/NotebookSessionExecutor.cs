using Microsoft.CodeAnalysis;
using NotebookEngine;

namespace NotebookKernel.Execution;

/// <summary>Las celdas del kernel, ejecutadas por el mismo motor que el ejecutor de cuadernos: una <see cref="NotebookSession"/>.</summary>
internal sealed class NotebookSessionExecutor(SessionOptions options) : ICellExecutor
{
    private readonly NotebookSession _session = NotebookSession.Create(options);

    public Task<CellResult> ExecuteAsync(string code, Action<CellOutput>? onOutput, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(code, onOutput, cancellationToken);

    public ScriptContext Context => new(
        [.. _session.Submissions],
        [.. _session.MetadataReferences.OfType<PortableExecutableReference>().Select(r => r.FilePath).OfType<string>()],
        _session.DefaultImports,
        GlobalsType: null,
        _session.ScriptOptions.MetadataResolver,
        _session.ScriptOptions.SourceResolver);

    public void Dispose() => _session.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
