namespace NotebookEngine.Packages;

/// <summary>
/// Una regla del anfitrión (el kernel, las pruebas) para los paquetes que pide una celda con <c>#r "nuget:"</c>: el
/// paquete <paramref name="Name"/> (solo en la versión <paramref name="Version"/>, si se da) se cambia por
/// <paramref name="Replacement"/>; una lista vacía quiere decir que no se restaura. Una versión <c>null</c> en el
/// reemplazo toma la que pidió la celda. El motor no sabe nada de ningún paquete en concreto: las reglas son datos.
/// </summary>
/// <param name="Name">El paquete pedido (sin distinguir mayúsculas).</param>
/// <param name="Version">La versión pedida a la que se aplica; <c>null</c>: cualquiera.</param>
/// <param name="Replacement">Lo que se restaura en su lugar.</param>
/// <param name="Reason">Por qué, para el registro: «solo la libtorch de Linux», «el motor dibuja los gráficos».</param>
public sealed record PackageRule(string Name, string? Version, IReadOnlyList<PackageRequest> Replacement, string Reason)
{
    /// <summary>Lo que se añade al mensaje de error si no se pueden restaurar los paquetes de esta regla.</summary>
    public string? RestoreFailureHint { get; init; }

    /// <summary>Si la regla se aplica al paquete pedido.</summary>
    public bool Matches(PackageRequest requested) =>
        requested.Name.Equals(Name, StringComparison.OrdinalIgnoreCase)
        && (Version is null || string.Equals(requested.Version, Version, StringComparison.OrdinalIgnoreCase));

    /// <summary>Los paquetes que sustituyen a <paramref name="requested"/>.</summary>
    public IReadOnlyList<PackageRequest> Apply(PackageRequest requested) =>
        [.. Replacement.Select(p => p.Version is null ? p with { Version = requested.Version } : p)];
}
