global using LakalaPos.Tests.Shared;
