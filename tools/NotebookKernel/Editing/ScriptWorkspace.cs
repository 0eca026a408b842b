using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using NotebookKernel.Execution;

namespace NotebookKernel.Editing;

/// <summary>
/// Un espacio de trabajo de Roslyn que imita la sesión: cada celda ya ejecutada es un proyecto de envío de script
/// (<c>isSubmission</c>) que referencia al anterior, como hace la ventana interactiva de Visual Studio. La celda que
/// se está escribiendo es un proyecto más al final de la cadena, así que ve las variables, métodos y <c>using</c>
/// de las celdas previas. La cadena se amplía al ejecutar celdas nuevas y se rehace si la sesión se reinició.
/// No admite varios hilos: quien lo usa debe serializar las llamadas.
/// </summary>
internal sealed class ScriptWorkspace : IDisposable
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private readonly AdhocWorkspace _workspace = new(MefHostServices.DefaultHost);
    private Solution _solution;
    private ProjectId? _lastSubmission;
    private ScriptContext _built = ScriptContext.Empty;

    public ScriptWorkspace() => _solution = _workspace.CurrentSolution;

    /// <summary>Un documento con <paramref name="code"/> como la celda siguiente de la sesión descrita por <paramref name="context"/>.</summary>
    public Document DocumentFor(ScriptContext context, string code)
    {
        Synchronize(context);
        var (solution, documentId) = AddSubmission(_solution, context, code, _lastSubmission, "celda-actual");
        return solution.GetDocument(documentId)!;
    }

    private void Synchronize(ScriptContext context)
    {
        if (!Extends(context, _built))
        {
            _solution = _workspace.CurrentSolution;
            _lastSubmission = null;
            _built = ScriptContext.Empty;
        }
        for (int i = _built.Submissions.Count; i < context.Submissions.Count; i++)
        {
            var (solution, documentId) = AddSubmission(_solution, context, context.Submissions[i], _lastSubmission, $"celda-{i + 1}");
            _solution = solution;
            _lastSubmission = documentId.ProjectId;
        }
        _built = context;
    }

    // La sesión siguió desde lo ya construido (mismas celdas al principio, mismo objeto anfitrión) o es otra.
    private static bool Extends(ScriptContext now, ScriptContext before) =>
        now.GlobalsType == before.GlobalsType
        && now.MetadataResolver == before.MetadataResolver
        && now.Submissions.Count >= before.Submissions.Count
        && now.Submissions.Take(before.Submissions.Count).SequenceEqual(before.Submissions, StringComparer.Ordinal);

    private static (Solution, DocumentId) AddSubmission(
        Solution solution, ScriptContext context, string code, ProjectId? previous, string name)
    {
        var projectId = ProjectId.CreateNewId(name);
        var references = DocumentedReferences.For(
            context.ReferencePaths.Concat(context.GlobalsType is null ? [] : [context.GlobalsType.Assembly.Location]));
        var project = ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            name,
            name,
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: context.Imports)
                .WithMetadataReferenceResolver(context.MetadataResolver)
                .WithSourceReferenceResolver(context.SourceResolver),
            parseOptions: ParseOptions,
            metadataReferences: references,
            projectReferences: previous is null ? [] : [new ProjectReference(previous)],
            isSubmission: true,
            hostObjectType: context.GlobalsType);
        var documentId = DocumentId.CreateNewId(projectId, name);
        var document = DocumentInfo.Create(
            documentId,
            name + ".csx",
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(code), VersionStamp.Create())),
            sourceCodeKind: SourceCodeKind.Script);
        return (solution.AddProject(project).AddDocument(document), documentId);
    }

    public void Dispose() => _workspace.Dispose();
}
