namespace NotebookEngine.Packages;

/// <summary>Un <c>#r "nuget: ..."</c> que no se pudo restaurar; el mensaje nombra el paquete, la versión y el motivo.</summary>
public sealed class PackageRestoreException(string message) : Exception(message);
