Console.WriteLine("Ejecutor de cuadernos: en construcción.");
return 0;
