Console.WriteLine("Kernel de Jupyter: en construcción.");
return 0;
