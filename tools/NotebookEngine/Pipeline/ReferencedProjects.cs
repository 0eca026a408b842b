using Microsoft.CodeAnalysis.CSharp;
using NotebookEngine.Loading;
using NotebookEngine.Scripting;

namespace NotebookEngine.Pipeline;

/// <summary>
/// Etapa de proyectos: cada <c>#r "ruta/X.dll"</c> de la celda que sea salida de un proyecto del repositorio se
/// compila antes si falta o es anterior a sus fuentes (ver <see cref="ProjectOutputBuilder"/>).
/// </summary>
internal static class ReferencedProjects
{
    /// <summary>El primer error de compilación de un proyecto, o <c>null</c> si todos están al día.</summary>
    public static async Task<ErrorOutput?> BuildAsync(
        string code,
        string workingDirectory,
        TextWriter? log,
        CancellationToken cancellationToken
    )
    {
        var root = CSharpSyntaxTree
            .ParseText(code, ScriptEnvironment.ParseOptions)
            .GetCompilationUnitRoot(cancellationToken);
        foreach (var directive in root.GetReferenceDirectives())
        {
            var file = directive.File.ValueText;
            if (!file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                continue;
            var path = Path.GetFullPath(file, workingDirectory);
            var error = await ProjectOutputBuilder.EnsureBuiltAsync(path, log, cancellationToken).ConfigureAwait(false);
            if (error is not null)
                return ErrorReport.Simple("ReferenceBuildError", error);
        }
        return null;
    }
}
