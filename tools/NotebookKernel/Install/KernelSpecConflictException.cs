namespace NotebookKernel.Install;

/// <summary>Ya hay un kernelspec con ese nombre que no instaló este kernel: no se toca sin <c>--force</c>.</summary>
internal sealed class KernelSpecConflictException(string message) : Exception(message);
