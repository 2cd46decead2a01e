// Lets WebApplicationFactory<Program> start the worker in-process in the tests.
public partial class Program;
