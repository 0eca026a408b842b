using NotebookEngine.Editing;

namespace NotebookEngine.Tests.Editing;

/// <summary>Contextos de sesión como los que daría el motor: el framework compartido y unos <c>using</c>.</summary>
internal static class Sessions
{
    private static readonly string[] Framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetDirectoryName(p) == Path.GetDirectoryName(typeof(object).Assembly.Location))
        .ToArray();

    public static ScriptContext After(params string[] submissions) =>
        new(submissions, Framework, ["System", "System.Linq", "System.Collections.Generic"]);
}
