"""Conformidad del kernel C# con el protocolo de Jupyter, con la batería de Debian (python3-jupyter-kernel-test).

Uso: instalar el kernelspec en una carpeta de datos temporal y ejecutar con el Python de Debian:

    export JUPYTER_DATA_DIR=$(mktemp -d) NOTEBOOK_KERNEL_HISTORY=$(mktemp -d)/history.sqlite
    dotnet run --project tools/NotebookKernel -- install --name csharp-redes-neuronales
    /usr/bin/python3 -m unittest -v tools/NotebookKernel.Tests/conformance/test_kernel.py

El nombre del kernel se puede cambiar con la variable KERNEL_NAME.
"""

import os
import unittest

import jupyter_kernel_test


class CSharpKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("KERNEL_NAME", "csharp-redes-neuronales")
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("esto va a stderr");'

    # Una excepción sin capturar: un único mensaje "error" y execute_reply con status "error".
    code_generate_error = 'throw new InvalidOperationException("fallo a propósito");'

    # La última expresión sin punto y coma es el resultado de la celda.
    code_execute_result = [
        {"code": "1 + 1", "result": "2"},
        {"code": '"hola".ToUpper()', "result": "HOLA"},
        {"code": "var x = 6 * 7;\nx", "result": "42"},
    ]

    code_display_data = [
        {"code": 'display("visto");', "mime": "text/plain"},
    ]

    completion_samples = [
        # Tras una variable declarada en la misma celda y miembros de un tipo del framework.
        {"text": "var numero = 3; numero.CompareT", "matches": {"CompareTo"}},
        {"text": "Console.WriteL", "matches": {"WriteLine"}},
        {"text": "Math.Sqr", "matches": {"Sqrt"}},
    ]

    complete_code_samples = [
        "1 + 1",
        "var x = 1;",
        'Console.WriteLine("hola");',
        "for (int i = 0; i < 3; i++) { Console.WriteLine(i); }",
        "#!csharp\nvar y = 2;",
    ]
    incomplete_code_samples = [
        "for (int i = 0; i < 3; i++) {",
        "int Doble(int n)\n{\n    return 2 * n;",
        "var lista = new List<int> {",
        "Console.WriteLine(",
    ]
    invalid_code_samples = [
        "var x = = 2;",
        "Console.WriteLine(1));",
        "int x = );",
    ]

    code_inspect_sample = "Console.WriteLine"

    # Historial (guardado en SQLite como el de IPython; run.sh lo pone en una carpeta temporal con
    # NOTEBOOK_KERNEL_HISTORY). El patrón es un glob sobre el código entero y encaja con una de code_execute_result.
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = '"hola"*'

    code_clear_output = "ClearOutput();"

    # Sin probar, a propósito: code_page_something (el pager es la convención «objeto?» de IPython, que este kernel no
    # tiene: la ayuda de un símbolo está en inspect_request, Mayús+Tab).


if __name__ == "__main__":
    unittest.main()
