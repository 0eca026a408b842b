namespace NotebookEngine.Packages;

/// <summary>Aplica las <see cref="PackageRule"/> del anfitrión a los paquetes que pide una celda.</summary>
internal static class PackageRules
{
    /// <summary>
    /// Los paquetes que hay que restaurar y, por cada cambio, una nota para el registro y la pista de error de su
    /// regla. La primera regla que encaja con un paquete es la que vale; sin regla, el paquete se restaura tal cual.
    /// </summary>
    public static (List<PackageRequest> Wanted, List<string> Notes, List<string> FailureHints) Apply(
        IEnumerable<PackageRequest> requested,
        IReadOnlyList<PackageRule> rules
    )
    {
        var wanted = new List<PackageRequest>();
        var notes = new List<string>();
        var hints = new List<string>();
        foreach (var package in requested)
        {
            if (rules.FirstOrDefault(r => r.Matches(package)) is not { } rule)
            {
                wanted.Add(package);
                continue;
            }
            var replacement = rule.Apply(package);
            wanted.AddRange(replacement);
            notes.Add(
                replacement.Count == 0
                    ? $"{package}: no se restaura ({rule.Reason})."
                    : $"{package} → {string.Join(" + ", replacement)} ({rule.Reason})."
            );
            if (rule.RestoreFailureHint is { } hint && !hints.Contains(hint))
                hints.Add(hint);
        }
        return (wanted, notes, hints);
    }
}
