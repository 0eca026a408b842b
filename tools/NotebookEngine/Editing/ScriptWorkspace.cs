using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using NotebookEngine.Scripting;

namespace NotebookEngine.Editing;

/// <summary>
/// Un espacio de trabajo de Roslyn que imita la sesión, como la ventana interactiva de Visual Studio: las celdas ya
/// ejecutadas son proyectos de envío de script (<c>isSubmission</c>) encadenados, cada uno con varias celdas
/// (<see cref="SubmissionGroups"/>), y la celda que se está escribiendo es el último eslabón, así que ve las
/// variables, métodos y <c>using</c> de las anteriores. La cadena es la solución actual del espacio de trabajo, para
/// que Roslyn conserve sus compilaciones; al ejecutar celdas se rehace solo desde el primer grupo que cambió, y
/// entera si la sesión se reinició. No admite varios hilos: quien lo usa debe serializar las llamadas.
/// </summary>
internal sealed class ScriptWorkspace : IDisposable
{
    private readonly AdhocWorkspace _workspace = new(MefHostServices.DefaultHost);
    private readonly List<(string Text, ProjectId Project)> _groups = [];
    private DocumentId? _currentCell;
    private ScriptContext? _built;

    /// <summary>Un documento con <paramref name="code"/> como la celda siguiente de la sesión descrita por <paramref name="context"/>.</summary>
    public Document DocumentFor(ScriptContext context, string code)
    {
        Synchronize(context);
        // Cambiar solo el texto de la celda actual es el camino que Roslyn optimiza (el de cada pulsación en un
        // editor): las compilaciones de los grupos anteriores se reutilizan tal cual.
        return _workspace
            .CurrentSolution.WithDocumentText(_currentCell!, SourceText.From(code))
            .GetDocument(_currentCell!)!;
    }

    /// <summary>Cuántos proyectos encadenados representan ahora las celdas ejecutadas (para las pruebas).</summary>
    internal int GroupCount => _groups.Count;

    private void Synchronize(ScriptContext context)
    {
        if (_built is not null && SameSession(context, _built))
            return;
        bool compatible =
            _built is not null
            && context.GlobalsType == _built.GlobalsType
            && context.MetadataResolver == _built.MetadataResolver
            && context.SourceResolver == _built.SourceResolver
            && context.Imports.SequenceEqual(_built.Imports, StringComparer.Ordinal);
        var groups = SubmissionGroups.Build(context.Submissions);
        int keep = 0;
        if (compatible)
            while (keep < groups.Count && keep < _groups.Count && groups[keep] == _groups[keep].Text)
                keep++;

        var solution = _workspace.CurrentSolution;
        if (_currentCell is not null)
            solution = solution.RemoveProject(_currentCell.ProjectId);
        for (int i = _groups.Count - 1; i >= keep; i--)
            solution = solution.RemoveProject(_groups[i].Project);
        _groups.RemoveRange(keep, _groups.Count - keep);
        for (int i = keep; i < groups.Count; i++)
        {
            (solution, var document) = AddSubmission(solution, context, groups[i], Previous, $"celdas-{i + 1}");
            _groups.Add((groups[i], document.ProjectId));
        }
        (solution, _currentCell) = AddSubmission(solution, context, "", Previous, "celda-actual");
        if (!_workspace.TryApplyChanges(solution))
            throw new InvalidOperationException("Roslyn no aceptó los cambios en el espacio de trabajo del editor.");
        _built = context;
    }

    private ProjectId? Previous => _groups.Count == 0 ? null : _groups[^1].Project;

    // El cliente pregunta muchas veces seguidas sin ejecutar nada: entonces no hay que tocar la cadena.
    private static bool SameSession(ScriptContext a, ScriptContext b) =>
        a.GlobalsType == b.GlobalsType
        && a.MetadataResolver == b.MetadataResolver
        && a.SourceResolver == b.SourceResolver
        && a.Submissions.SequenceEqual(b.Submissions, StringComparer.Ordinal)
        && a.ReferencePaths.SequenceEqual(b.ReferencePaths, StringComparer.Ordinal)
        && a.Imports.SequenceEqual(b.Imports, StringComparer.Ordinal);

    private static (Solution, DocumentId) AddSubmission(
        Solution solution,
        ScriptContext context,
        string code,
        ProjectId? previous,
        string name
    )
    {
        var projectId = ProjectId.CreateNewId(name);
        var references = DocumentedReferences.For(
            context.ReferencePaths.Concat(context.GlobalsType is null ? [] : [context.GlobalsType.Assembly.Location])
        );
        var project = ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            name,
            name,
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                usings: context.Imports
            )
                .WithMetadataReferenceResolver(context.MetadataResolver)
                .WithSourceReferenceResolver(context.SourceResolver),
            parseOptions: ScriptEnvironment.ParseOptions,
            metadataReferences: references,
            projectReferences: previous is null ? [] : [new ProjectReference(previous)],
            isSubmission: true,
            hostObjectType: context.GlobalsType
        );
        var documentId = DocumentId.CreateNewId(projectId, name);
        var document = DocumentInfo.Create(
            documentId,
            name + ".csx",
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(code), VersionStamp.Create())),
            sourceCodeKind: SourceCodeKind.Script
        );
        return (solution.AddProject(project).AddDocument(document), documentId);
    }

    public void Dispose() => _workspace.Dispose();
}
