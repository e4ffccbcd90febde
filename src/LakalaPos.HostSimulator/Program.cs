// The TCP server around AcquirerSimulator comes later; until then the program only explains itself.
Console.Error.WriteLine("LakalaPos host simulator: the acquirer host is a library for now (AcquirerSimulator).");
Console.Error.WriteLine("usage: lakalapos-host  (a TCP server mode comes in a later release)");
return 2;
